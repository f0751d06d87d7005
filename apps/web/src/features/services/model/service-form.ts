import type { Domain } from '@eshkol/contracts/participation';
import type { CreateService, ServiceKind } from '@eshkol/contracts/services';

/** The new-service form as the staff fill it in. */
export type ServiceForm = {
  nameHe: string;
  nameEn: string;
  domain: Domain | null;
  kind: ServiceKind;
  funders: string[];
  description: string;
  invited: string[];
};

export const emptyServiceForm: ServiceForm = { nameHe: '', nameEn: '', domain: null, kind: 'core', funders: [], description: '', invited: [] };

export type ServiceFormErrors = Partial<Record<keyof ServiceForm, string>>;

export const serviceFormLimits = { name: 200, funder: 200, funders: 20, description: 5000 } as const;

/**
 * The request that creates the service, or each field's problem as a translation key. Funders
 * belong to a regional project only; a core service is funded by the programme.
 */
export function validateServiceForm(form: ServiceForm): { body: CreateService | null; errors: ServiceFormErrors } {
  const errors: ServiceFormErrors = {};
  const nameHe = form.nameHe.trim();
  const nameEn = form.nameEn.trim();
  const funders = form.kind === 'regional' ? form.funders.map((f) => f.trim()).filter((f) => f.length > 0) : [];
  if (nameHe.length < 2) errors.nameHe = nameHe.length === 0 ? 'common:forms.required' : 'common:forms.nameTooShort';
  else if (nameHe.length > serviceFormLimits.name) errors.nameHe = 'services:form.tooLong';
  if (nameEn.length === 1) errors.nameEn = 'common:forms.nameTooShort';
  else if (nameEn.length > serviceFormLimits.name) errors.nameEn = 'services:form.tooLong';
  if (!form.domain) errors.domain = 'common:forms.required';
  if (funders.some((f) => f.length < 2 || f.length > serviceFormLimits.funder) || funders.length > serviceFormLimits.funders) errors.funders = 'services:form.fundersInvalid';
  if (form.description.trim().length > serviceFormLimits.description) errors.description = 'services:form.tooLong';
  if (form.invited.length === 0) errors.invited = 'services:form.inviteSomeone';
  if (Object.keys(errors).length > 0 || !form.domain) return { body: null, errors };
  return {
    body: {
      nameHe,
      nameEn: nameEn || null,
      domain: form.domain,
      kind: form.kind,
      funders,
      description: form.description.trim(),
      invited: [...form.invited],
    },
    errors,
  };
}
