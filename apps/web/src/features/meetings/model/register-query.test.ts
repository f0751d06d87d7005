import { describe, expect, it } from 'vitest';
import { filtersOf, paramsOf, registerQuery } from './register-query';

describe('the register’s filters', () => {
  it('read an address and ignore what they do not know', () => {
    expect(filtersOf(new URLSearchParams('status=done&body=4&q=פסולת&overdue=true'))).toEqual({ status: 'done', body: 4, q: 'פסולת', overdue: true });
    expect(filtersOf(new URLSearchParams('status=lost&body=-2&overdue=yes'))).toEqual({ status: null, body: null, q: '', overdue: false });
  });

  it('ask the server for the scope with only the filters set', () => {
    expect(registerQuery('negev-maaravi', { status: null, body: null, q: '  ', overdue: false })).toEqual({ scope: 'negev-maaravi' });
    expect(registerQuery('programme', { status: 'open', body: 2, q: ' מכרז ', overdue: true })).toEqual({ scope: 'programme', status: 'open', body: '2', q: 'מכרז', overdue: 'true' });
    expect(paramsOf(filtersOf(new URLSearchParams('overdue=true')))).toEqual({ overdue: 'true' });
  });
});
