import { Anchor, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { obligationStatuses, type Obligation, type ObligationStatus } from '@eshkol/contracts/compliance';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { statusColor } from '../model/obligations';

export function StatusBadge({ status }: { status: ObligationStatus }) {
  const { t } = useTranslation('compliance');
  return (
    <Badge color={statusColor[status]} variant="filled" data-status={status} tt="none" style={{ flexShrink: 0, maxWidth: 'none' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** What an obligation is, in words: a body's meetings in a year, or a milestone's progress report (linked to its service). */
function What({ o }: { o: Obligation }) {
  const { t } = useTranslation('compliance');
  const format = useFormat();
  if (o.kind === 'progress_report') {
    return (
      <Text size="sm">
        {t('kinds.progress', { milestone: o.title })}{' '}
        <Anchor component={Link} to={`/services/${o.serviceId}`} size="sm">
          {o.serviceName}
        </Anchor>
      </Text>
    );
  }
  if (o.kind === 'financial_report') {
    return <Text size="sm">{t('kinds.financial', { year: String(o.fiscalYear), state: t(`reportStates.${o.reportState ?? 'none'}`) })}</Text>;
  }
  if (o.kind === 'positions_approved') {
    return (
      <Text size="sm">
        {o.breaches > 0 ? t('kinds.positionsBroken', { count: o.breaches, n: format.number(o.breaches), people: format.number(o.people) }) : t('kinds.positions', { people: format.number(o.people) })}
      </Text>
    );
  }
  return <Text size="sm">{t(`kinds.${o.kind === 'board_meetings' ? 'board' : 'steering'}`, { year: String(o.year), held: format.number(o.held), required: format.number(o.required) })}</Text>;
}

/** An obligation's lasting name among a cluster's. */
function keyOf(o: Obligation): string {
  switch (o.kind) {
    case 'progress_report':
      return `m${o.milestoneId}`;
    case 'financial_report':
      return `f${o.fiscalYear}`;
    case 'positions_approved':
      return 'positions';
    default:
      return `${o.kind}${o.year}`;
  }
}

/** Obligations, the worst first: each with its light, what it is and its due day. */
export function ObligationsList({ obligations }: { obligations: readonly Obligation[] }) {
  const { t } = useTranslation('compliance');
  const format = useFormat();
  const rank = (o: Obligation) => obligationStatuses.indexOf(o.status);
  const sorted = [...obligations].sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  if (sorted.length === 0) return <Text size="sm">{t('none')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="obligations">
      {sorted.map((o) => (
        <Group component="li" key={keyOf(o)} gap="sm" wrap="nowrap" align="flex-start" data-kind={o.kind} data-status={o.status}>
          <Box w={112} style={{ flexShrink: 0 }}>
            <StatusBadge status={o.status} />
          </Box>
          <Stack gap={0}>
            <What o={o} />
            {o.dueOn !== null && <Text size="xs">{t(o.kind === 'positions_approved' ? 'since' : 'due', { date: format.date(o.dueOn) })}</Text>}
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
