import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Order } from '@eshkol/contracts/standing';
import { useTranslation } from 'react-i18next';
import { documentPath } from '../../../api/upload-document';
import { useFormat } from '../../../lib/format';

/** The orders that set the cluster up and amend it, by their dates: each with what it did, where it was published and its source. */
export function OrdersList({ orders }: { orders: readonly Order[] }) {
  const { t } = useTranslation('standing');
  const format = useFormat();
  if (orders.length === 0) return <Text size="sm">{t('orders.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="orders">
      {orders.map((o) => (
        <Paper component="li" key={o.id} withBorder p="sm" data-kind={o.kind} data-draft={o.draft}>
          <Group gap="xs" mb={4} wrap="wrap">
            <Badge color="indigo.9" variant="filled" tt="none" style={{ flexShrink: 0 }}>
              {t(`orders.kinds.${o.kind}`)}
            </Badge>
            {o.draft && (
              <Badge color="gray.7" variant="filled" tt="none" style={{ flexShrink: 0 }}>
                {t('orders.draft')}
              </Badge>
            )}
            <Text size="sm">{o.datedOn ? t('orders.dated', { date: format.asOf(o.datedOn) }) : t('orders.undated')}</Text>
          </Group>
          <Text fw={600} size="sm" dir="auto">
            {o.title}
          </Text>
          {o.effect && (
            <Text size="sm" dir="auto">
              {o.effect}
            </Text>
          )}
          {o.publication && (
            <Text size="sm" dir="auto">
              {t('orders.publication', { ref: o.publication })}
            </Text>
          )}
          <Group gap="md" mt={4}>
            {o.sourceUrl && (
              <Anchor href={o.sourceUrl} target="_blank" rel="noreferrer" size="sm">
                {t('orders.source')}
              </Anchor>
            )}
            {o.document && (
              <Anchor href={documentPath(o.document.id)} target="_blank" rel="noopener" size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('orders.document', { name: o.document.fileName })}
              </Anchor>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
