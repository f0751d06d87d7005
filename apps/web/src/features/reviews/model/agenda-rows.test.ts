import { describe, expect, it } from 'vitest';
import { agendaShareRows } from './agenda-rows';

const share = (player: string, shareAgorot: number, savingPercent: number | null) => ({
  player,
  share: shareAgorot / 100,
  shareAgorot,
  standardError: null,
  standAlone: 0,
  saving: 0,
  savingPercent,
  individuallyRational: true,
});
const allocation = (method: 'proportional' | 'shapley', shares: ReturnType<typeof share>[]) => ({
  method,
  shares,
  individuallyRational: true,
  core: { inCore: true, blockingCoalition: null, maxExcess: null },
  epsilon: null,
  sampling: null,
  linearPrograms: null,
  explanation: null,
});
const participant = (authorityId: string, status: 'joined' | 'declined') => ({
  authorityId,
  nameHe: authorityId,
  nameEn: null,
  status,
  since: null,
  leftOn: null,
  approval: null,
  history: [],
});

function pkg(proposedMethod: 'proportional' | 'shapley', participants = [participant('loc-1', 'joined'), participant('loc-2', 'joined')]) {
  return {
    package: {
      requestedGrantAgorot: 0,
      cover: '',
      participants,
      study: {
        serviceId: 1,
        version: 2,
        createdAt: '',
        createdBy: null,
        submitted: true,
        input: { proposedMethod },
        result: {
          players: ['loc-1', 'loc-2'],
          standAlone: [
            { player: 'loc-1', value: 100 },
            { player: 'loc-2', value: 300 },
          ],
          allocations: [allocation('proportional', [share('loc-1', 6000, 40), share('loc-2', 18000, 40)]), allocation('shapley', [share('loc-1', 5000, 50), share('loc-2', 19000, null)])],
        },
      },
    },
  };
}

describe('agendaShareRows', () => {
  it('takes the shares of the proposed method', () => {
    expect(agendaShareRows(pkg('shapley'))).toEqual([
      { authorityId: 'loc-1', standAlone: 100, shareAgorot: 5000, saving: 0.5 },
      { authorityId: 'loc-2', standAlone: 300, shareAgorot: 19000, saving: null },
    ]);
  });

  it('falls back to the first method when the proposed one was not computed', () => {
    const p = pkg('shapley');
    p.package.study.result.allocations = p.package.study.result.allocations.slice(0, 1);
    expect(agendaShareRows(p)[0]).toEqual({ authorityId: 'loc-1', standAlone: 100, shareAgorot: 6000, saving: 0.4 });
  });

  it('lists a joined authority missing from the study with unknown figures, and no one who declined', () => {
    const rows = agendaShareRows(pkg('proportional', [participant('loc-1', 'joined'), participant('loc-2', 'joined'), participant('loc-3', 'joined'), participant('loc-4', 'declined')]));
    expect(rows.map((r) => r.authorityId)).toEqual(['loc-1', 'loc-2', 'loc-3']);
    expect(rows[2]).toEqual({ authorityId: 'loc-3', standAlone: null, shareAgorot: null, saving: null });
  });

  it('gives every joined authority unknown figures when the study is void', () => {
    const p = pkg('shapley', [participant('loc-1', 'joined'), participant('loc-2', 'declined')]);
    const study = { ...p.package.study, input: null, result: null };
    expect(agendaShareRows({ package: { ...p.package, study } })).toEqual([{ authorityId: 'loc-1', standAlone: null, shareAgorot: null, saving: null }]);
  });
});
