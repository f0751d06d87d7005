import { describe, expect, it } from 'vitest';
import { emptyApprovalForm, sizeInUnits, todayInIsrael, validateApprovalForm, type ApprovalForm } from './approval-form';

const today = '2026-03-10';
const filled: ApprovalForm = { body: 'council', decidedOn: '2026-03-01', resolutionNumber: ' 12/2026 ', file: { name: 'החלטה.pdf', size: 2048 } };

describe('validateApprovalForm', () => {
  it('needs every field', () => {
    expect(validateApprovalForm(emptyApprovalForm, today)).toEqual({
      body: { key: 'common:forms.required' },
      decidedOn: { key: 'common:forms.required' },
      resolutionNumber: { key: 'common:forms.required' },
      file: { key: 'services:join.fileRequired' },
    });
  });

  it('accepts a complete approval dated today or earlier', () => {
    expect(validateApprovalForm(filled, today)).toEqual({});
    expect(validateApprovalForm({ ...filled, decidedOn: today }, today)).toEqual({});
  });

  it('refuses a future date, an empty file and one over 10 MB, with its size', () => {
    expect(validateApprovalForm({ ...filled, decidedOn: '2026-03-11' }, today)).toEqual({ decidedOn: { key: 'services:join.futureDate' } });
    expect(validateApprovalForm({ ...filled, file: { name: 'a.pdf', size: 0 } }, today)).toEqual({ file: { key: 'services:join.fileEmpty' } });
    expect(validateApprovalForm({ ...filled, file: { name: 'a.pdf', size: 12 * 1024 * 1024 } }, today)).toEqual({
      file: { key: 'services:join.fileTooLarge', values: { size: 12 * 1024 * 1024, max: 10 * 1024 * 1024 } },
    });
  });
});

describe('helpers', () => {
  it('gives a size in bytes, kilobytes or megabytes', () => {
    expect(sizeInUnits(6)).toEqual({ value: 6, unit: 'byte' });
    expect(sizeInUnits(2048)).toEqual({ value: 2, unit: 'kilobyte' });
    expect(sizeInUnits(1.5 * 1024 * 1024)).toEqual({ value: 1.5, unit: 'megabyte' });
  });
  it("gives Israel's date, which runs ahead of UTC in the evening", () => expect(todayInIsrael(new Date('2026-03-10T22:30:00Z'))).toBe('2026-03-11'));
});
