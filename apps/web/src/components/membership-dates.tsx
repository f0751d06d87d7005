import type { Membership } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';

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

/** "still a member", the leave date, or "left at an unknown date". */
export function MembershipEnd({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (membership.leftOn) return <>{format.date(membership.leftOn)}</>;
  return <>{membership.current ? t('membership.current') : t('membership.leftUnknown')}</>;
}
