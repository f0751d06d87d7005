import { describe, expect, it } from 'vitest';
import { emptyServiceForm, validateServiceForm, type ServiceForm } from './service-form';

const filled: ServiceForm = {
  nameHe: '  פינוי פסולת  ',
  nameEn: '',
  domain: 'environment_waste',
  kind: 'core',
  funders: ['משרד הפנים'],
  description: ' תיאור ',
  invited: ['loc-1', 'rc-2'],
};

describe('validateServiceForm', () => {
  it('names every missing field of an empty form, and asks to invite someone', () => {
    const { body, errors } = validateServiceForm(emptyServiceForm);
    expect(body).toBeNull();
    expect(errors).toEqual({ nameHe: 'common:forms.required', domain: 'common:forms.required', invited: 'services:form.inviteSomeone' });
  });

  it('trims, sends an empty English name as null and drops the funders of a core service', () => {
    expect(validateServiceForm(filled)).toEqual({
      body: { nameHe: 'פינוי פסולת', nameEn: null, domain: 'environment_waste', kind: 'core', funders: [], description: 'תיאור', invited: ['loc-1', 'rc-2'] },
      errors: {},
    });
  });

  it('keeps the funders of a regional project, without blank ones, and refuses a one-letter funder', () => {
    expect(validateServiceForm({ ...filled, kind: 'regional', funders: ['משרד התיירות', ' '] }).body?.funders).toEqual(['משרד התיירות']);
    expect(validateServiceForm({ ...filled, kind: 'regional', funders: ['א'] }).errors).toEqual({ funders: 'services:form.fundersInvalid' });
  });

  it('refuses a one-letter name and names that are too long', () => {
    expect(validateServiceForm({ ...filled, nameHe: 'א', nameEn: 'x'.repeat(201) }).errors).toEqual({
      nameHe: 'common:forms.nameTooShort',
      nameEn: 'services:form.tooLong',
    });
  });
});
