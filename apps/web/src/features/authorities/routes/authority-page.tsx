import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuthority } from '../../../api/get-authority';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { CitationLine } from '../../../components/source-list';
import { useNames } from '../../../lib/names';
import { AuthorityFacts } from '../components/authority-facts';
import { AuthorityMemberships } from '../components/authority-memberships';

type Props = { id: string; domains?: ReactNode };

export function AuthorityPage({ id, domains }: Props) {
  const { t } = useTranslation('authorities');
  const names = useNames();
  const authority = useAuthority(id);
  const title = authority.data ? names.authority(authority.data) : t('authority.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);

  if (authority.error) return <ErrorAlert error={authority.error} />;
  if (!authority.data) return <PageLoader />;
  const a = authority.data;

  return (
    <Stack gap="xl">
      <div>
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs mb="xs">
            <Anchor component={Link} to="/authorities">
              {t('title')}
            </Anchor>
            <Text span>{title}</Text>
          </Breadcrumbs>
        </nav>
        <Title order={1}>{title}</Title>
        <Text mt={4}>{t(`authorityType.${a.type}`)}</Text>
      </div>
      <AuthorityFacts authority={a} />
      <section aria-labelledby="memberships-title">
        <Title order={2} size="h3" id="memberships-title" mb="sm">
          {t('authority.membershipsTitle')}
        </Title>
        <AuthorityMemberships memberships={a.memberships} />
      </section>
      {domains}
      {a.citations.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="authority-source">
          {t('authority.sourceLabel')}{' '}
          {a.citations.map((c, i) => (
            <Fragment key={i}>
              {i > 0 && '; '}
              <bdi>
                <CitationLine citation={c} />
              </bdi>
            </Fragment>
          ))}
        </Text>
      )}
    </Stack>
  );
}
