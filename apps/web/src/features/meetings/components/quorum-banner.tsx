import { Alert, Text } from '@mantine/core';
import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { quorumView } from '../model/quorum';
import { countsOrganisations } from '../model/units';

/** The quorum now, counted by the authorities (or organisations) present, not persons: shown first, and again after each change. */
export function QuorumBanner({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const format = useFormat();
  const view = quorumView(meeting);
  if (!view) return <Alert variant="outline" color="gray">{t('quorum.noRules')}</Alert>;
  const units = countsOrganisations(meeting.members) ? 'organisations' : 'authorities';
  const counts = { present: format.number(view.present), count: view.members, members: format.number(view.members) };
  const line =
    view.kind === 'count'
      ? t(`quorum.${units}`, { ...counts, needed: format.number(view.needed) })
      : `${t(`quorum.${units}Present`, counts)}; ${t(view.strict ? 'quorum.weightedMoreThan' : 'quorum.weightedAtLeast', {
          present: format.number(view.weightPresent),
          required: format.number(view.weightRequired, { maximumFractionDigits: 1 }),
        })}`;
  return (
    <Alert
      variant="light"
      color={view.met ? 'green' : 'red'}
      title={view.met ? t('quorum.met') : t('quorum.notMet')}
      role="status"
      aria-live="polite"
      data-testid="quorum"
      data-met={view.met}
    >
      <Text size="lg" fw={700} data-testid="quorum-line">
        {line}
      </Text>
      <Text size="sm" mt={4}>
        {t('quorum.explain')}
      </Text>
    </Alert>
  );
}
