import { describe, expect, it } from 'vitest';
import { gateStudy, submissionChecks, submissionRefusal, type SubmissionFacts } from './submission-gates';

const joined = (authorityId: string, over: Partial<SubmissionFacts['participants'][number]> = {}) => ({ authorityId, status: 'joined', hasApproval: true, hasDocument: true, ...over });

const ready: SubmissionFacts = {
  state: 'planning',
  role: 'cluster_staff',
  kind: 'core',
  participants: [joined('loc-1'), joined('loc-2'), { authorityId: 'loc-3', status: 'declined', hasApproval: false, hasDocument: false }],
  study: { void: false, authorities: ['loc-2', 'loc-1'] },
  requestedGrantAgorot: 50_000_000,
  availableAgorot: 50_000_000,
  board: null,
};

describe('the gates of a submission', () => {
  it.each<[string, Partial<SubmissionFacts>, ReturnType<typeof submissionRefusal>]>([
    ['a ready service', {}, null],
    ['a returned service, resubmitted', { state: 'returned' }, null],
    ['a project without a grant needs no programme', { kind: 'regional', requestedGrantAgorot: 0, availableAgorot: null }, null],
    ['already submitted', { state: 'submitted' }, 'TRANSITION_NOT_ALLOWED'],
    ['approved', { state: 'approved' }, 'TRANSITION_NOT_ALLOWED'],
    ['rejected', { state: 'rejected' }, 'TRANSITION_NOT_ALLOWED'],
    ['not the staff', { role: 'committee' }, 'FORBIDDEN'],
    ['an open invitation', { participants: [...ready.participants, { authorityId: 'loc-4', status: 'invited', hasApproval: false, hasDocument: false }] }, 'APPROVALS_MISSING'],
    ['a joined authority without its approval', { participants: [joined('loc-1'), joined('loc-2', { hasApproval: false })] }, 'APPROVALS_MISSING'],
    ['a joined authority without the document', { participants: [joined('loc-1'), joined('loc-2', { hasDocument: false })] }, 'APPROVALS_MISSING'],
    ['nobody joined', { participants: [{ authorityId: 'loc-3', status: 'declined', hasApproval: false, hasDocument: false }] }, 'NO_PARTICIPANTS'],
    ['everyone left', { participants: [{ authorityId: 'loc-1', status: 'left', hasApproval: true, hasDocument: true }] }, 'NO_PARTICIPANTS'],
    ['no study', { study: null }, 'STUDY_REQUIRED'],
    ['a study missing a joined authority', { study: { void: false, authorities: ['loc-1'] } }, 'STUDY_PARTICIPANTS_MISMATCH'],
    ['a study whose figures are beyond range', { study: { void: true } }, 'STUDY_OUT_OF_RANGE'],
    ['a study with one that declined', { study: { void: false, authorities: ['loc-1', 'loc-2', 'loc-3'] } }, 'STUDY_PARTICIPANTS_MISMATCH'],
    ['a grant for a regional project', { kind: 'regional' }, 'GRANT_ONLY_FOR_CORE'],
    ['a grant without a programme', { availableAgorot: null }, 'NO_PROGRAMME'],
    ['a grant one agora beyond the allocation', { availableAgorot: 49_999_999 }, 'BUDGET_EXCEEDS_ALLOCATION'],
    ['a cluster that requires its board’s approval, given', { board: { met: true } }, null],
    ['a cluster that requires its board’s approval, not given', { board: { met: false } }, 'BOARD_APPROVAL_MISSING'],
    ['no board approval and a grant beyond the allocation: the board first', { board: { met: false }, availableAgorot: 1 }, 'BOARD_APPROVAL_MISSING'],
  ])('%s', (_name, over, expected) => {
    expect(submissionRefusal({ ...ready, ...over })).toBe(expected);
  });

  it('reports the earliest gate a service has not met', () => {
    expect(submissionRefusal({ ...ready, state: 'submitted', study: null, kind: 'regional' })).toBe('TRANSITION_NOT_ALLOWED');
    expect(submissionRefusal({ ...ready, study: null, kind: 'regional', availableAgorot: null })).toBe('STUDY_REQUIRED');
    expect(submissionRefusal({ ...ready, kind: 'regional', availableAgorot: null })).toBe('GRANT_ONLY_FOR_CORE');
  });

  it('lists the board gate only where the cluster requires it', () => {
    expect(submissionChecks(ready).map((c) => c.gate)).toEqual(['answers', 'approvals', 'participants', 'study']);
    expect(submissionChecks({ ...ready, board: { met: false } }).at(-1)).toEqual({ gate: 'board', met: false, authorities: [] });
  });

  it('holds the study gate back for a void study, naming no authority', () => {
    expect(submissionChecks({ ...ready, study: { void: true } }).find((c) => c.gate === 'study')).toEqual({ gate: 'study', met: false, authorities: [] });
  });

  it('sees a stored version as void when its figures fail the contracts, and no version as no study', () => {
    const baseline = [{ authorityId: 'loc-1', quantity: 10, currentCost: 1e23 }];
    expect(gateStudy({ input: { baseline }, result: {} })).toEqual({ void: true });
    expect(gateStudy(null)).toBeNull();
  });
});
