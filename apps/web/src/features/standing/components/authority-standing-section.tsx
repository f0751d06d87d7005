import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Section } from '../../../components/section';
import { useFormat } from '../../../lib/format';
import { pickName } from '../../../lib/names';
import { useAuthorityStanding } from '../api/standing';
import { cellsOf, columnsOf } from '../model/standing';
import { DelegationLine } from './delegation-line';

/** The authority page's delegations: for each cluster it belongs or belonged to, every power with what is in force today and its history. */
export function AuthorityStandingSection({ authorityId }: { authorityId: string }) {
  const { t, i18n } = useTranslation('standing');
  const format = useFormat();
  const standing = useAuthorityStanding(authorityId);
  const s = standing.data;
  if (standing.error) return <ErrorAlert error={standing.error} />;
  if (!s || s.clusters.length === 0) return null;
  const powers = columnsOf(s.powers);
  return (
    <Section id="delegations-title" title={t('authority.title')}>
      <Text size="sm" mb="sm">
        {t('authority.intro', { date: format.date(s.asOf) })}
      </Text>
      <Stack gap="md" data-testid="authority-delegations">
        {s.clusters.map((c) => {
          const cells = cellsOf(
            s.cells.filter((x) => x.clusterSlug === c.slug),
            powers,
            s.delegations,
          );
          const name = pickName(c, i18n.language) ?? c.slug;
          const delegated = cells.filter((cell) => cell.history.length > 0);
          const others = cells.filter((cell) => cell.history.length === 0);
          return (
            <Paper key={c.slug} withBorder p="sm" component="section" aria-label={t('authority.toCluster', { cluster: name })} data-cluster={c.slug}>
              <Title order={3} size="h5" mb="xs">
                <Anchor component={Link} to={`/clusters/${c.slug}#standing-title`}>
                  {t('authority.toCluster', { cluster: name })}
                </Anchor>
              </Title>
              {delegated.length === 0 ? (
                <Text size="sm">{t('authority.none')}</Text>
              ) : (
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {delegated.map((cell) => (
                    <li key={cell.power.id} data-power={cell.power.id} data-on={cell.current !== null}>
                      <Text size="sm" fw={600}>
                        {pickName(cell.power, i18n.language)}
                        {cell.power.retiredOn && ` (${t('matrix.retired')})`}
                      </Text>
                      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {cell.history.map((d) => (
                          <DelegationLine key={d.id} d={d} />
                        ))}
                      </Stack>
                    </li>
                  ))}
                </Stack>
              )}
              {others.length > 0 && (
                <Text size="sm" mt="xs">
                  {t('authority.notDelegated', { powers: format.list(others.map((cell) => pickName(cell.power, i18n.language) ?? '')) })}
                </Text>
              )}
            </Paper>
          );
        })}
      </Stack>
    </Section>
  );
}
