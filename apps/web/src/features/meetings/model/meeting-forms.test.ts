import { describe, expect, it } from 'vitest';
import { buildAnswer, buildDecision, buildPerson, buildSchedule, emptySchedule, scheduleTypingErrors } from './meeting-forms';

describe('scheduling a meeting', () => {
  it('joins the day and the hour into Israel’s wall-clock time', () => {
    const built = buildSchedule({ ...emptySchedule, startsAt: '2027-03-01', time: '18:30', place: ' בית האשכול ', onlineUrl: '' });
    expect(built).toEqual({ ok: true, body: { startsAt: '2027-03-01T18:30', durationMinutes: 120, place: 'בית האשכול', onlineUrl: null, public: false } });
  });

  it('refuses a day that does not exist, an hour out of range, a link that is not a web address and an empty duration, sending nothing', () => {
    expect(buildSchedule({ ...emptySchedule, startsAt: '2027-02-30', time: '18:00' })).toEqual({ ok: false, errors: { startsAt: 'date' } });
    expect(scheduleTypingErrors({ ...emptySchedule, time: '24:00' })).toEqual({ time: 'time' });
    expect(scheduleTypingErrors({ ...emptySchedule, onlineUrl: 'ftp://x.example' })).toEqual({ onlineUrl: 'url' });
    expect(scheduleTypingErrors({ ...emptySchedule, startsAt: '27-03-01' })).toEqual({ startsAt: 'date' });
    expect(buildSchedule({ ...emptySchedule, durationMinutes: null })).toEqual({ ok: false, errors: { startsAt: 'required', time: 'required', durationMinutes: 'required' } });
  });
});

describe('the meeting’s other forms', () => {
  it('records a decision with its due day, or none', () => {
    expect(buildDecision({ text: ' לאשר ', owner: '', ownerAuthorityId: '', dueOn: '' })).toEqual({ ok: true, body: { text: 'לאשר', owner: '', ownerAuthorityId: null, dueOn: null } });
    expect(buildDecision({ text: 'לאשר', owner: ' מהנדס הרשות ', ownerAuthorityId: 'loc-31', dueOn: '2027-01-31' })).toEqual({
      ok: true,
      body: { text: 'לאשר', owner: 'מהנדס הרשות', ownerAuthorityId: 'loc-31', dueOn: '2027-01-31' },
    });
    expect(buildDecision({ text: '', owner: '', ownerAuthorityId: '', dueOn: '2027-13-01' })).toEqual({ ok: false, errors: { text: 'required', dueOn: 'date' } });
  });

  it('records a person for an authority or an organisation', () => {
    expect(buildPerson({ personName: 'ממלא מקום', title: '', role: 'alternate', unit: 'a:loc-31' })).toEqual({
      ok: true,
      body: { personName: 'ממלא מקום', title: '', role: 'alternate', authorityId: 'loc-31', organisation: null },
    });
    expect(buildPerson({ personName: 'א', title: '', role: 'invitee', unit: '' })).toEqual({ ok: false, errors: { personName: 'tooShort', unit: 'required' } });
  });

  it('names an alternate, and only an alternate', () => {
    expect(buildAnswer('a:loc-31', { answer: 'alternate', alternateName: '', note: '' })).toEqual({ ok: false, errors: { alternateName: 'required' } });
    expect(buildAnswer('a:loc-31', { answer: 'excused', alternateName: 'שכחו למחוק', note: '' })).toEqual({
      ok: true,
      body: { authorityId: 'loc-31', organisation: null, answer: 'excused', alternateName: null, note: '' },
    });
  });
});
