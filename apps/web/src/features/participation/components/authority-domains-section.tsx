import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuthority } from '../../../api/get-authority';
import { DomainsForm } from './domains-form';

/** The domains the authority takes part in, when the viewer may see them; a form for its own representative. */
export function AuthorityDomainsSection({ authorityId }: { authorityId: string }) {
  const { t } = useTranslation('participation');
  const authority = useAuthority(authorityId).data;
  if (!authority) return null;
  const editable = !!authority?.actions.includes('set_domains');
  const domains = authority.domains;

  return (
    <section aria-labelledby="domains-title" data-testid="authority-domains">
      <Title order={2} size="h3" id="domains-title" mb="sm">
        {t('domainsTitle')}
      </Title>
      <Paper withBorder p="md">
        {editable ? (
          <DomainsForm authorityId={authorityId} current={domains ?? []} />
        ) : domains === null ? (
          <Text>{t('hidden')}</Text>
        ) : domains.length === 0 ? (
          <Text>{t('none')}</Text>
        ) : (
          <Group gap="xs">
            {domains.map((d) => (
              <Badge key={d} variant="outline" color="blue.9" size="lg">
                {t(`domains.${d}`, { defaultValue: d })}
              </Badge>
            ))}
          </Group>
        )}
      </Paper>
    </section>
  );
}
