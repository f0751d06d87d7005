import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { Cluster } from '@eshkol/contracts/clusters';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { clusterColors, noClusterColor } from '../../../lib/cluster-colors';
import { useNames } from '../../../lib/names';

function Swatch({ color }: { color: string }) {
  return (
    <svg width="18" height="14" aria-hidden="true" style={{ flexShrink: 0 }}>
      <rect x="1" y="1" width="16" height="12" rx="2" fill={color} fillOpacity={0.6} stroke={color} />
    </svg>
  );
}

function Marker({ derived }: { derived: boolean }) {
  return (
    <svg width="18" height="14" aria-hidden="true" style={{ flexShrink: 0 }}>
      {derived ? (
        <circle cx="9" cy="7" r="5" fill="#fff" stroke="#333" strokeWidth="1.5" strokeDasharray="2.5 1.5" />
      ) : (
        <circle cx="9" cy="7" r="5" fill="#333" />
      )}
    </svg>
  );
}

export function MapLegend({ clusters }: { clusters: Cluster[] }) {
  const { t } = useTranslation('home');
  const names = useNames();
  const colors = clusterColors(clusters.map((c) => c.slug));
  const item = (key: string, icon: ReactNode, label: string) => (
    <Group component="li" key={key} gap="xs" wrap="nowrap">
      {icon}
      <Text size="sm">{label}</Text>
    </Group>
  );
  return (
    <Stack gap="sm" data-testid="map-legend">
      <Title order={3} size="h5">
        {t('map.legendTitle')}
      </Title>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {clusters.map((c) => item(c.slug, <Swatch color={colors.get(c.slug) ?? noClusterColor} />, names.cluster(c)))}
        {item('none', <Swatch color={noClusterColor} />, t('map.noCluster'))}
      </Stack>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {item('located', <Marker derived={false} />, t('map.markerLocality'))}
        {item('derived', <Marker derived />, t('map.markerDerived'))}
      </Stack>
      <Text size="sm">{t('map.note')}</Text>
      <Anchor component={Link} to="/authorities" data-testid="map-table-link">
        {t('map.viewAsTable')}
      </Anchor>
    </Stack>
  );
}
