import { describe, expect, it } from 'vitest';
import { messageArgs, safeLink } from './notification-message';

describe('messageArgs', () => {
  it('names the service of an invitation', () => {
    expect(messageArgs({ kind: 'invitation', params: { service: 'פינוי אשפה', cluster: 'גליל מזרחי' } }, '?')).toEqual({
      key: 'notifications:messages.invitation',
      values: { service: 'פינוי אשפה', cluster: 'גליל מזרחי' },
    });
  });

  it.each(['approve', 'approve_with_conditions', 'return', 'reject'])('gives a decision its outcome %s', (outcome) => {
    expect(messageArgs({ kind: 'decision', params: { service: 'x', outcome } }, '?').key).toBe(`notifications:messages.decision.${outcome}`);
  });

  it('reads an unknown outcome as a plain decision', () => {
    expect(messageArgs({ kind: 'decision', params: { service: 'x', outcome: 'maybe' } }, '?').key).toBe('notifications:messages.decision.unknown');
    expect(messageArgs({ kind: 'decision', params: {} }, '?').key).toBe('notifications:messages.decision.unknown');
  });

  it('fills missing or blank names with the fallback', () => {
    expect(messageArgs({ kind: 'milestone_done', params: { service: ' ' } }, 'לא ידוע').values).toEqual({
      service: 'לא ידוע',
      milestone: 'לא ידוע',
      cluster: 'לא ידוע',
    });
  });

  it('covers a submission', () => {
    expect(messageArgs({ kind: 'submission', params: { service: 's', cluster: 'c' } }, '?')).toEqual({
      key: 'notifications:messages.submission',
      values: { service: 's', cluster: 'c' },
    });
  });
});

describe('a financial report’s review', () => {
  it('tells its cluster’s staff the year accepted or returned', () => {
    expect(messageArgs({ kind: 'financial_report_reviewed', params: { year: '2024', outcome: 'accepted' } }, '?')).toEqual({ key: 'notifications:messages.financialReportAccepted', values: { year: '2024' } });
    expect(messageArgs({ kind: 'financial_report_reviewed', params: { year: '2024', outcome: 'returned' } }, '?').key).toBe('notifications:messages.financialReportReturned');
  });
});

describe('safeLink', () => {
  it('keeps paths inside the app', () => {
    expect(safeLink('/services/12')).toBe('/services/12');
    expect(safeLink('/submissions/3?x=1')).toBe('/submissions/3?x=1');
  });

  it('sends other addresses home', () => {
    expect(safeLink('https://example.com')).toBe('/');
    expect(safeLink('//example.com/x')).toBe('/');
    expect(safeLink('javascript:alert(1)')).toBe('/');
  });
});
