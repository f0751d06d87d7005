import { Anchor, Table, Text } from '@mantine/core';
import type { Participant } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';

export const documentHref = (id: string) => `/api/v1/documents/${encodeURIComponent(id)}`;

/** The participants as submitted: each authority's answer and the approval behind it, with its document. */
export function PackageParticipants({ participants }: { participants: Participant[] }) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const names = useNames();
  if (participants.length === 0) return <Text c="dimmed">{t('package.noParticipants')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder striped data-testid="package-participants">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('package.authority')}</Table.Th>
            <Table.Th>{t('package.status')}</Table.Th>
            <Table.Th>{t('package.since')}</Table.Th>
            <Table.Th>{t('package.approval')}</Table.Th>
            <Table.Th>{t('package.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.authorityId} data-authority-id={p.authorityId}>
              <Table.Th scope="row">{names.authority(p)}</Table.Th>
              <Table.Td>{t(`participantStatus.${p.status}`)}</Table.Td>
              <Table.Td>{p.since ? format.date(p.since) : '—'}</Table.Td>
              <Table.Td>
                {p.approval
                  ? t('package.approvalText', {
                      body: t(`approvalBodies.${p.approval.body}`),
                      date: format.date(p.approval.decidedOn),
                      number: p.approval.resolutionNumber,
                    })
                  : p.status === 'joined'
                    ? <Text span c="red.9" size="sm">{t('package.approvalMissing')}</Text>
                    : '—'}
              </Table.Td>
              <Table.Td>
                {p.approval?.documentId ? (
                  <Anchor href={documentHref(p.approval.documentId)} target="_blank" rel="noreferrer">
                    {p.approval.documentName ?? t('package.documentLink')}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
