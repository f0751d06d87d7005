import { isoDateSchema } from '@eshkol/contracts/common';
import { seatRoles, type SeatRole } from '@eshkol/contracts/governance';
import {
  localDateTimeSchema, meetingLimits, scheduleMeetingSchema, type Answer, type RecordAttendance, type RecordDecision, type ScheduleMeeting,
} from '@eshkol/contracts/meetings';
import type { NumberRule } from '../../../lib/numbers';
import { unitOfKey } from './units';

export type FieldError = 'required' | 'tooShort' | 'date' | 'time' | 'url';
type Errors<F extends string> = Partial<Record<F, FieldError>>;
type Result<T, F extends string> = { ok: true; body: T } | { ok: false; errors: Errors<F> };
const result = <T, F extends string>(errors: Errors<F>, body: () => T): Result<T, F> => (Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body: body() });

/** A meeting's length in minutes, as the contract bounds it. */
export const durationRule: NumberRule = { min: 15, max: meetingLimits.duration, decimals: 0 };

/** A day as a date field gives it (`YYYY-MM-DD`), checked as the contract checks it. */
export const dateError = (value: string): FieldError | null => (value === '' || isoDateSchema.safeParse(value).success ? null : 'date');
/** An hour as a time field gives it (`HH:mm`). */
export const timeError = (value: string): FieldError | null => (value === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : 'time');
const urlError = (value: string): FieldError | null => (value.trim() === '' || scheduleMeetingSchema.shape.onlineUrl.safeParse(value.trim()).success ? null : 'url');

/** `startsAt` is the day (the server's refusals of the moment are worded beside it), `time` its hour in Israel. */
export type ScheduleFields = { startsAt: string; time: string; durationMinutes: number | null; place: string; onlineUrl: string; public: boolean };
export const emptySchedule: ScheduleFields = { startsAt: '', time: '', durationMinutes: 120, place: '', onlineUrl: '', public: false };

/** What is wrong with the fields as they are typed, before any attempt to save. */
export function scheduleTypingErrors(f: ScheduleFields): Errors<keyof ScheduleFields> {
  const errors: Errors<keyof ScheduleFields> = {};
  const day = dateError(f.startsAt);
  const time = timeError(f.time);
  const url = urlError(f.onlineUrl);
  if (day) errors.startsAt = day;
  if (time) errors.time = time;
  if (url) errors.onlineUrl = url;
  return errors;
}

export function buildSchedule(f: ScheduleFields): Result<ScheduleMeeting, keyof ScheduleFields> {
  const errors = scheduleTypingErrors(f);
  if (!f.startsAt) errors.startsAt = 'required';
  if (!f.time) errors.time = 'required';
  if (f.durationMinutes === null) errors.durationMinutes = 'required';
  const startsAt = `${f.startsAt}T${f.time}`;
  if (!errors.startsAt && !errors.time && !localDateTimeSchema.safeParse(startsAt).success) errors.startsAt = 'date';
  return result(errors, () => ({ startsAt, durationMinutes: f.durationMinutes ?? 0, place: f.place.trim(), onlineUrl: f.onlineUrl.trim() || null, public: f.public }));
}

export type ItemFields = { title: string; presenter: string; description: string; needsDecision: boolean };
export const emptyItem: ItemFields = { title: '', presenter: '', description: '', needsDecision: false };

/** An item's own fields, as adding and editing both send them. */
export function buildItem(f: ItemFields): Result<ItemFields, keyof ItemFields> {
  const title = f.title.trim();
  return result<ItemFields, keyof ItemFields>(title ? {} : { title: 'required' }, () => ({
    title,
    presenter: f.presenter.trim(),
    description: f.description.trim(),
    needsDecision: f.needsDecision,
  }));
}

/** `ownerAuthorityId`: the member authority that carries it out, or '' for none. */
export type DecisionFields = { text: string; owner: string; ownerAuthorityId: string; dueOn: string };
export const emptyDecision: DecisionFields = { text: '', owner: '', ownerAuthorityId: '', dueOn: '' };

export function buildDecision(f: DecisionFields): Result<RecordDecision, keyof DecisionFields> {
  const errors: Errors<keyof DecisionFields> = {};
  const text = f.text.trim();
  if (!text) errors.text = 'required';
  const due = dateError(f.dueOn);
  if (due) errors.dueOn = due;
  return result(errors, () => ({ text, owner: f.owner.trim(), ownerAuthorityId: f.ownerAuthorityId || null, dueOn: f.dueOn || null }));
}

/** Someone present who holds no seat of the body: an alternate, a guest, on behalf of a unit (its key). */
export type PersonFields = { personName: string; title: string; role: SeatRole; unit: string };
export const emptyPerson: PersonFields = { personName: '', title: '', role: 'alternate', unit: '' };
export const attendanceRoles = seatRoles;

export function buildPerson(f: PersonFields): Result<RecordAttendance, keyof PersonFields> {
  const errors: Errors<keyof PersonFields> = {};
  const personName = f.personName.trim();
  if (personName.length < 2) errors.personName = personName ? 'tooShort' : 'required';
  if (!f.unit) errors.unit = 'required';
  return result(errors, () => ({ personName, title: f.title.trim(), role: f.role, ...unitOfKey(f.unit) }));
}

export type AnswerFields = { answer: Answer['answer'] | null; alternateName: string; note: string };
export const emptyAnswer: AnswerFields = { answer: null, alternateName: '', note: '' };

/** An answer for one unit (its key): an alternate has a name, and only an alternate. */
export function buildAnswer(unit: string, f: AnswerFields): Result<Answer, keyof AnswerFields> {
  const errors: Errors<keyof AnswerFields> = {};
  const alternateName = f.alternateName.trim();
  if (f.answer === null) errors.answer = 'required';
  if (f.answer === 'alternate' && alternateName.length < 2) errors.alternateName = alternateName ? 'tooShort' : 'required';
  return result(errors, () => ({
    ...unitOfKey(unit),
    answer: f.answer ?? 'attending',
    alternateName: f.answer === 'alternate' ? alternateName : null,
    note: f.note.trim(),
  }));
}
