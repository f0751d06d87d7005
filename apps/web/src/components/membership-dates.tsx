import { Text } from '@mantine/core';
import type { Membership, MembershipEndReason } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';
import { endReasonText } from '../lib/membership-words';
import { useNames } from '../lib/names';

/** The join date or, when only a source attests the membership, "member as of 2016". */
export function MembershipSince({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = membership.joinedOn
    ? format.date(membership.joinedOn)
    : membership.observedAsOf
      ? t('membership.asOf', { date: format.asOf(membership.observedAsOf) })
      : t('common.unknown');
  return <>{text}</>;
}

/** Why an import ended a period at an unknown date, in the page's words. */
function useEndReasonText() {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useNames();
  return (reason: MembershipEndReason) => endReasonText(t, { asOf: format.asOf, cluster: names.cluster }, reason);
}

/** "still a member", the leave date, or "left at an unknown date" with why, when an import said. */
export function MembershipEnd({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useEndReasonText();
  if (membership.leftOn) return <>{format.date(membership.leftOn)}</>;
  if (membership.current) return <>{t('membership.current')}</>;
  return (
    <>
      {t('membership.leftUnknown')}
      {membership.endReason && (
        <Text size="xs" c="gray.7" data-testid="membership-end-reason">
          {reasonText(membership.endReason)}
        </Text>
      )}
    </>
  );
}
