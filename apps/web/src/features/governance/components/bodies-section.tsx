import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCluster } from '../../../api/get-cluster';
import { Section } from '../../../components/section';
import { useNames } from '../../../lib/names';
import { BodiesList } from './bodies-list';

/** The cluster page's bodies: its board, heads' forum and professional forums. */
export function BodiesSection({ slug }: { slug: string }) {
  const { t } = useTranslation('governance');
  const names = useNames();
  const cluster = useCluster(slug).data;
  return (
    <Section id="bodies-title" title={t('bodies.title')}>
      <Text size="sm" mb="sm">
        {t('bodies.explain')}
      </Text>
      <BodiesList clusterSlug={slug} caption={t('bodies.caption', { cluster: cluster ? names.cluster(cluster) : '' })} />
    </Section>
  );
}
