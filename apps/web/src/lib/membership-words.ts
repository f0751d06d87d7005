import type { MembershipEndReason } from '@eshkol/contracts/authorities';
import type { TFunction } from 'i18next';

type Words = {
  /** A source's partial date as the page formats dates. */
  asOf: (value: string) => string;
  /** A cluster by its name in the page's language. */
  cluster: (c: Extract<MembershipEndReason, { kind: 'moved' }>['cluster']) => string;
};

/** Why an import ended a membership at an unknown date, as a sentence: never a slug nor an ISO date. */
export function endReasonText(t: TFunction, words: Words, reason: MembershipEndReason): string {
  if (reason.kind === 'not_listed') return t('common:membership.endReason.not_listed', { asOf: words.asOf(reason.asOf) });
  const cluster = words.cluster(reason.cluster);
  return reason.asOf ? t('common:membership.endReason.moved', { asOf: words.asOf(reason.asOf), cluster }) : t('common:membership.endReason.movedUndated', { cluster });
}
