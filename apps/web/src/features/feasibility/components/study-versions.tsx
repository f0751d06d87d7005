import { Badge, Button, Table, Text } from '@mantine/core';
import type { StudyListItem } from '@eshkol/contracts/feasibility';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useShekels } from './use-shekels';

type Props = { items: StudyListItem[]; shown: number | null; onShow: (version: number) => void };

/** Every saved version, newest first: its joint cost and saving (none for a void version), whether it went to the committee. */
export function StudyVersions({ items, shown, onShow }: Props) {
  const { t } = useTranslation('feasibility');
  const format = useFormat();
  const money = useShekels();
  const sorted = [...items].sort((a, b) => b.version - a.version);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped data-testid="study-versions">
        <Table.Caption>{t('versions.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('versions.version')}</Table.Th>
            <Table.Th scope="col">{t('versions.savedAt')}</Table.Th>
            <Table.Th scope="col">{t('versions.total')}</Table.Th>
            <Table.Th scope="col">{t('versions.saving')}</Table.Th>
            <Table.Th scope="col">{t('versions.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((v) => (
            <Table.Tr key={v.version} data-version={v.version} data-void={v.void || undefined} bg={v.version === shown ? 'blue.0' : undefined}>
              <Table.Th scope="row">{t('versions.versionN', { version: v.version })}</Table.Th>
              <Table.Td>{format.dateTime(v.createdAt)}</Table.Td>
              {v.void ? (
                <Table.Td colSpan={2}>
                  <Text size="sm" c="#8f3f00" fw={500}>
                    {t('versions.outOfRange')}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>{money(v.total)}</Table.Td>
                  <Table.Td>{money(v.saving)}</Table.Td>
                </>
              )}
              <Table.Td>
                {v.submitted ? (
                  <Badge color="blue.9" variant="filled">
                    {t('versions.submitted')}
                  </Badge>
                ) : (
                  t('versions.draft')
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant={v.version === shown ? 'filled' : 'outline'}
                  onClick={() => onShow(v.version)}
                  aria-pressed={v.version === shown}
                  aria-label={t('versions.showN', { version: v.version })}
                >
                  {t('versions.show')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
