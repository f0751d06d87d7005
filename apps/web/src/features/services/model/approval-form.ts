import { documentLimits } from '@eshkol/contracts/documents';
import type { Approval } from '@eshkol/contracts/services';

/** What a representative records when their authority joins: the approval behind it and its document. */
export type ApprovalForm = {
  body: Approval['body'] | null;
  decidedOn: string;
  resolutionNumber: string;
  file: { name: string; size: number } | null;
};

/** Each field's problem as a translation key; `size` and `max` values are in bytes. */
export type ApprovalFormErrors = Partial<Record<keyof ApprovalForm, { key: string; values?: Record<string, number> }>>;

export const emptyApprovalForm: ApprovalForm = { body: null, decidedOn: '', resolutionNumber: '', file: null };

/** A file's size in the largest unit that keeps it at 1 or more, for `Intl.NumberFormat`'s unit style. */
export function sizeInUnits(bytes: number): { value: number; unit: 'byte' | 'kilobyte' | 'megabyte' } {
  if (bytes >= 1024 * 1024) return { value: bytes / (1024 * 1024), unit: 'megabyte' };
  if (bytes >= 1024) return { value: bytes / 1024, unit: 'kilobyte' };
  return { value: bytes, unit: 'byte' };
}

/**
 * Each field's problem before anything is sent. The file's type is checked by the server, by its
 * content; only an empty or oversized file is refused here, to spare a long upload.
 */
export function validateApprovalForm(form: ApprovalForm, today: string): ApprovalFormErrors {
  const errors: ApprovalFormErrors = {};
  if (!form.body) errors.body = { key: 'common:forms.required' };
  if (!form.decidedOn) errors.decidedOn = { key: 'common:forms.required' };
  else if (form.decidedOn > today) errors.decidedOn = { key: 'services:join.futureDate' };
  const resolution = form.resolutionNumber.trim();
  if (!resolution) errors.resolutionNumber = { key: 'common:forms.required' };
  else if (resolution.length > 60) errors.resolutionNumber = { key: 'services:form.tooLong' };
  if (!form.file) errors.file = { key: 'services:join.fileRequired' };
  else if (form.file.size === 0) errors.file = { key: 'services:join.fileEmpty' };
  else if (form.file.size > documentLimits.maxBytes)
    errors.file = { key: 'services:join.fileTooLarge', values: { size: form.file.size, max: documentLimits.maxBytes } };
  return errors;
}

/** Today in Israel, `YYYY-MM-DD`: the latest date an approval can carry. */
export function todayInIsrael(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jerusalem', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
