import type { Study } from '@eshkol/contracts/feasibility';
import type { Submission } from '@eshkol/contracts/reviews';

export type AgendaShareRow = {
  authorityId: string;
  /** What the authority pays alone today (₪). */
  standAlone: number | null;
  /** Its share of the joint cost under the study's proposed method (agorot). */
  shareAgorot: number | null;
  /** Its saving against standing alone, as a fraction (0.12 = 12%). */
  saving: number | null;
};


/** What the rows are read from: the frozen package's participants and its study's proposal and results. */
export type AgendaSource = {
  package: {
    participants: Pick<Submission['package']['participants'][number], 'authorityId' | 'status'>[];
    study: { input: Pick<Study['input'], 'proposedMethod'> | null; result: Pick<Study['result'], 'players' | 'standAlone' | 'allocations'> | null };
  };
};

/**
 * One row per participant of the frozen study, under the method the study proposes (the first
 * computed method when the proposed one is missing); authorities that joined but are not in the
 * study still get a row, with unknown figures — as every authority does when the study is void.
 */
export function agendaShareRows(submission: AgendaSource): AgendaShareRow[] {
  const { participants } = submission.package;
  const { input, result } = submission.package.study;
  if (!input || !result) {
    return participants.filter((p) => p.status === 'joined').map((p) => ({ authorityId: p.authorityId, standAlone: null, shareAgorot: null, saving: null }));
  }
  const allocation = result.allocations.find((a) => a.method === input.proposedMethod) ?? result.allocations[0];
  const standAlone = new Map(result.standAlone.map((s) => [s.player, s.value]));
  const ids = [...result.players, ...participants.filter((p) => p.status === 'joined' && !result.players.includes(p.authorityId)).map((p) => p.authorityId)];
  return ids.map((authorityId) => {
    const share = allocation?.shares.find((s) => s.player === authorityId);
    return {
      authorityId,
      standAlone: standAlone.get(authorityId) ?? null,
      shareAgorot: share?.shareAgorot ?? null,
      saving: share?.savingPercent === null || share?.savingPercent === undefined ? null : share.savingPercent / 100,
    };
  });
}
