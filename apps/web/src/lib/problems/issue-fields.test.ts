import type { Problem } from '@eshkol/contracts/errors';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api-client';
import { fieldOf, issuesByField, requestPath } from './issue-fields';

// The API client reads the page's language; these tests run without a page.
vi.mock('../../i18n/setup', () => ({ i18n: { language: 'he' } }));

const failure = (issues: Problem['issues']) =>
  new ApiError(400, { type: 'about:blank', title: 'Invalid', status: 400, code: 'VALIDATION_FAILED', detail: 'Invalid', issues });

describe('issues beside a form’s fields', () => {
  it('reads the request path of an issue', () => {
    expect(requestPath('body.requestedGrant')).toBe('requestedGrant');
    expect(requestPath('querystring.authorityId')).toBe('authorityId');
    expect(requestPath('invited')).toBe('invited');
    expect(requestPath('cbs_code')).toBe('cbs_code');
  });

  it('finds the field by the longest path the form knows', () => {
    const fields = ['tiers', 'tiers.1.from', 'invited', 'requestedGrant'] as const;
    expect(fieldOf('body.requestedGrant', fields)).toBe('requestedGrant');
    expect(fieldOf('body.invited.2', fields)).toBe('invited');
    expect(fieldOf('invited', fields)).toBe('invited');
    expect(fieldOf('body.tiers.1.from', fields)).toBe('tiers.1.from');
    expect(fieldOf('body.tiers.0.from', fields)).toBe('tiers');
    expect(fieldOf('body.cover', fields)).toBeNull();
    expect(fieldOf('body.requestedGrantNote', fields)).toBeNull();
  });

  it('groups a failure’s issues by field and leaves out the rest and file rows', () => {
    const error = failure([
      { path: 'body.nameHe', code: 'too_small', params: { minimum: 2, origin: 'string' }, message: 'short' },
      { path: 'invited', code: 'not_cluster_member', params: { authorityId: 'loc-1' }, message: 'not a member' },
      { path: 'invited', code: 'not_cluster_member', params: { authorityId: 'loc-2' }, message: 'not a member' },
      { path: 'body.other', code: 'custom', message: 'other' },
      { path: 'nameHe', line: 3, code: 'empty', message: 'a row of a file' },
    ]);
    const byField = issuesByField(error, ['nameHe', 'invited']);
    expect(byField.nameHe?.map((i) => i.code)).toEqual(['too_small']);
    expect(byField.invited?.map((i) => i.params?.authorityId)).toEqual(['loc-1', 'loc-2']);
    expect(Object.keys(byField).sort()).toEqual(['invited', 'nameHe']);
  });

  it('has nothing for a failure without a problem, or no failure', () => {
    expect(issuesByField(new Error('network'), ['nameHe'])).toEqual({});
    expect(issuesByField(null, ['nameHe'])).toEqual({});
  });
});
