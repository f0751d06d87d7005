import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { Delegation, DelegationStatus } from '@eshkol/contracts/standing';
import { useTranslation } from 'react-i18next';
import { documentPath } from '../../../api/upload-document';
import { useFormat } from '../../../lib/format';

const statusColor: Record<DelegationStatus, string> = { in_force: 'teal.9', upcoming: 'blue.9', ended: 'gray.7' };

export function DelegationStatusBadge({ status }: { status: DelegationStatus }) {
  const { t } = useTranslation('standing');
  return (
    <Badge color={statusColor[status]} variant="filled" tt="none" style={{ flexShrink: 0 }} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** A delegation's council decision in words: its number and day, and its document for a reader who may open it. */
export function DecisionText({ decision }: { decision: Delegation['decision'] }) {
  const { t } = useTranslation('standing');
  const format = useFormat();
  const date = format.date(decision.decidedOn);
  return (
    <Text size="sm" span>
      {decision.number ? t('delegation.decision', { number: decision.number, date }) : t('delegation.decisionOn', { date })}
      {decision.document && (
        <>
          {' · '}
          <Anchor href={documentPath(decision.document.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
            {decision.document.fileName}
          </Anchor>
        </>
      )}
    </Text>
  );
}

/** A delegation's period: from its first day, to its last or until it is ended. */
export function PeriodText({ d }: { d: Pick<Delegation, 'fromDay' | 'untilDay'> }) {
  const { t } = useTranslation('standing');
  const format = useFormat();
  return (
    <Text size="sm" span>
      {d.untilDay ? t('delegation.period', { from: format.date(d.fromDay), until: format.date(d.untilDay) }) : t('delegation.since', { date: format.date(d.fromDay) })}
    </Text>
  );
}

/** One delegation of a history: its status, period and decision, and (where the reader may) a button to end it. */
export function DelegationLine({ d, title, onEnd }: { d: Delegation; title?: string; onEnd?: (d: Delegation) => void }) {
  const { t } = useTranslation('standing');
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" data-delegation={d.id} data-status={d.status}>
      <DelegationStatusBadge status={d.status} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        {title && (
          <Text size="sm" fw={600}>
            {title}
          </Text>
        )}
        <PeriodText d={d} />
        <DecisionText decision={d.decision} />
      </Stack>
      {onEnd && d.actions.includes('end') && (
        <Button size="compact-sm" variant="outline" color="red.9" onClick={() => onEnd(d)} style={{ flexShrink: 0 }} data-testid="end-delegation">
          {t('delegation.end')}
        </Button>
      )}
    </Group>
  );
}
