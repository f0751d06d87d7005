import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Crumb = { to: string; label: string };

/** Where a meeting's page sits: the cluster (or the programme), the body, then the page itself. */
export function MeetingCrumbs({ trail, current }: { trail: readonly Crumb[]; current: string }) {
  const { t } = useTranslation('meetings');
  return (
    <nav aria-label={t('nav.breadcrumbs')}>
      <Breadcrumbs mb="xs" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
        {trail.map((c) => (
          <Anchor key={c.to} component={Link} to={c.to}>
            {c.label}
          </Anchor>
        ))}
        <Text span>{current}</Text>
      </Breadcrumbs>
    </nav>
  );
}
