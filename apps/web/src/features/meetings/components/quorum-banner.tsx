import { Alert, Badge, Group, Paper, Text } from '@mantine/core';
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
  // Dark shades: white text on them meets WCAG AA.
  const tone = view.met ? 'teal.9' : 'red.9';
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
    <Paper
      withBorder
      p="md"
      role="status"
      aria-live="polite"
      style={{ borderColor: `var(--mantine-color-${view.met ? 'teal' : 'red'}-9)`, borderWidth: 2, borderInlineStartWidth: 8 }}
      data-testid="quorum"
      data-met={view.met}
    >
      <Group gap="sm" align="center">
        <Badge size="lg" variant="filled" color={tone}>
          {view.met ? t('quorum.met') : t('quorum.notMet')}
        </Badge>
        {/* Balanced, so that a narrow screen never leaves the quorum's figure alone on a line. */}
        <Text size="lg" fw={700} style={{ textWrap: 'balance' }} data-testid="quorum-line">
          {line}
        </Text>
      </Group>
      <Text size="sm" mt="xs">
        {t('quorum.explain')}
      </Text>
    </Paper>
  );
}
