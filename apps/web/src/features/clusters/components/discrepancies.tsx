import { Alert, Stack } from '@mantine/core';
import type { ClusterDetail } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import { citationText } from '../../../lib/citations';
import { useFormat } from '../../../lib/format';

/** Where a source's stated member count differs from the list it gives: both are shown, neither forced. */
export function Discrepancies({ items }: { items: ClusterDetail['discrepancies'] }) {
  const { t, i18n } = useTranslation('clusters');
  const format = useFormat();
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="discrepancies">
      {items.map((d) => (
        <Alert key={`${d.source}-${d.asOf}`} color="#8f3f00" variant="outline" title={t('cluster.discrepancyTitle')}>
          {t('cluster.discrepancy', {
            source: d.citations.map((c) => citationText(c, i18n.language)).join('; '),
            asOf: format.asOf(d.asOf),
            stated: format.number(d.statedMemberCount),
            listed: format.number(d.listedMemberCount),
          })}
        </Alert>
      ))}
    </Stack>
  );
}
