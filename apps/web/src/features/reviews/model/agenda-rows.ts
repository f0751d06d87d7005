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

type Study = Submission['package']['study'];

/** What the rows are read from: the frozen package's participants and its study's proposal and results. */
export type AgendaSource = {
  package: {
    participants: Pick<Submission['package']['participants'][number], 'authorityId' | 'status'>[];
    study: { input: Pick<Study['input'], 'proposedMethod'>; result: Pick<Study['result'], 'players' | 'standAlone' | 'allocations'> };
  };
};

/**
 * One row per participant of the frozen study, under the method the study proposes (the first
 * computed method when the proposed one is missing); authorities that joined but are not in the
 * study still get a row, with unknown figures.
 */
export function agendaShareRows(submission: AgendaSource): AgendaShareRow[] {
  const { study, participants } = submission.package;
  const allocation = study.result.allocations.find((a) => a.method === study.input.proposedMethod) ?? study.result.allocations[0];
  const standAlone = new Map(study.result.standAlone.map((s) => [s.player, s.value]));
  const ids = [...study.result.players, ...participants.filter((p) => p.status === 'joined' && !study.result.players.includes(p.authorityId)).map((p) => p.authorityId)];
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
