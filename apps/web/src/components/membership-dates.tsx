import { Text } from '@mantine/core';
import type { Membership } from '@eshkol/contracts/authorities';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format';

/** The join date, or when only a source attests the membership: "member as of 2016", with the source. */
export function MembershipSince({ membership, withSources = true }: { membership: Membership; withSources?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = membership.joinedOn
    ? format.date(membership.joinedOn)
    : membership.observedAsOf
      ? t('membership.asOf', { date: format.asOf(membership.observedAsOf) })
      : t('common.unknown');
  return (
    <>
      <span>{text}</span>
      {withSources && !membership.joinedOn && membership.sources.length > 0 && (
        <Text component="span" size="xs" c="dimmed" display="block">
          {t('membership.source', { sources: membership.sources.join('; ') })}
        </Text>
      )}
    </>
  );
}

/** "still a member", the leave date, or "left at an unknown date". */
export function MembershipEnd({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (membership.leftOn) return <>{format.date(membership.leftOn)}</>;
  return <>{membership.current ? t('membership.current') : t('membership.leftUnknown')}</>;
}
