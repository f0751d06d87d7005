import { Anchor, Button, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import type { BodySummary } from '@eshkol/contracts/governance';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { pickName } from '../../../lib/names';
import { useBodies } from '../api/get-bodies';
import { todayInIsrael } from '../model/today';
import { BodyForm } from './body-form';

/** A cluster's bodies (or, `clusterSlug` null, the programme's), each linked to its page, and a new one for those who may. */
export function BodiesList({ clusterSlug, caption }: { clusterSlug: string | null; caption: string }) {
  const { t, i18n } = useTranslation(['governance', 'common']);
  const bodies = useBodies(clusterSlug);
  const [adding, { toggle }] = useDisclosure(false);
  if (bodies.error) return <ErrorAlert error={bodies.error} />;
  if (!bodies.data) return <PageLoader />;
  const kindOf = (b: BodySummary) => (b.domain ? `${t(`kinds.${b.kind}`)} · ${t(`common:domains.${b.domain}`)}` : t(`kinds.${b.kind}`));
  return (
    <Stack>
      {bodies.data.items.length === 0 ? (
        <Text>{t('bodies.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped verticalSpacing="xs" data-testid="bodies-table">
            <caption className="visually-hidden">{caption}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bodies.name')}</Table.Th>
                <Table.Th>{t('bodies.kind')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bodies.data.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/bodies/${b.id}`}>
                      {pickName(b, i18n.language)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{kindOf(b)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {bodies.data.actions.includes('create') && (
        <Group>
          <Button variant="outline" onClick={toggle} aria-expanded={adding} data-testid="new-body">
            {t('bodies.new')}
          </Button>
        </Group>
      )}
      {bodies.data.actions.includes('create') && (
        <Collapse expanded={adding}>
          <BodyForm clusterSlug={clusterSlug} today={todayInIsrael()} />
        </Collapse>
      )}
    </Stack>
  );
}
