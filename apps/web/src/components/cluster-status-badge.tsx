import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ClusterStatusBadge({ status }: { status: 'active' | 'in_establishment' }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'active' ? 'teal.9' : '#8f3f00'} variant="filled" data-status={status}>
      {t(`clusterStatus.${status}`)}
    </Badge>
  );
}
