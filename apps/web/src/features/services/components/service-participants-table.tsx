import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import type { Participant, Service } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { ApprovalDetails } from './approval-details';
import { ParticipantStatusBadge } from './status-badges';

export type ParticipantAction = 'join' | 'decline' | 'leave' | 'history';

type Props = {
  service: Service;
  /** The signed-in representative's authority: only its row carries the answers. */
  ownAuthorityId: string | null;
  onAction: (action: ParticipantAction, participant: Participant) => void;
};

const answers = ['join', 'decline', 'leave'] as const;

/** Each invited authority: its answer, since when, the approval behind it, its history; answers for its own representative. */
export function ServiceParticipantsTable({ service, ownAuthorityId, onAction }: Props) {
  const { t } = useTranslation('services');
  const names = useNames();
  const format = useFormat();
  const full = service.detail === 'full';
  const mine = answers.filter((a) => service.actions.includes(a));
  const withActions = ownAuthorityId !== null && mine.length > 0;
  const rows = [...service.participants].sort((a, b) => names.authority(a).localeCompare(names.authority(b), format.locale));

  return (
    <Table.ScrollContainer minWidth={full ? 980 : 480}>
      <Table withTableBorder striped verticalSpacing="sm" data-testid="service-participants">
        <Table.Caption>{full ? t('participants.caption') : t('participants.publicCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('authority.name')}</Table.Th>
            {full && <Table.Th scope="col">{t('participants.status')}</Table.Th>}
            <Table.Th scope="col">{t('participants.since')}</Table.Th>
            {full && <Table.Th scope="col">{t('participants.leftOn')}</Table.Th>}
            {full && <Table.Th scope="col">{t('participants.approval')}</Table.Th>}
            {full && <Table.Th scope="col">{t('participants.history')}</Table.Th>}
            {withActions && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => {
            const name = names.authority(p);
            const own = p.authorityId === ownAuthorityId;
            return (
              <Table.Tr key={p.authorityId} data-authority-id={p.authorityId} data-own={own || undefined} bg={own ? 'blue.0' : undefined}>
                <Table.Th scope="row" fw={500}>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/authorities/${p.authorityId}`}>
                      {name}
                    </Anchor>
                    {own && (
                      <Badge size="sm" color="blue.9" variant="outline">
                        {t('participants.yours')}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                {full && (
                  <Table.Td>
                    <ParticipantStatusBadge status={p.status} />
                  </Table.Td>
                )}
                <Table.Td>{p.since ? format.date(p.since) : p.status === 'joined' ? format.unknown : '—'}</Table.Td>
                {full && <Table.Td>{p.leftOn ? format.date(p.leftOn) : '—'}</Table.Td>}
                {full && (
                  <Table.Td maw={280}>
                    {p.approval || p.status === 'joined' ? <ApprovalDetails approval={p.approval} /> : '—'}
                  </Table.Td>
                )}
                {full && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => onAction('history', p)}
                      disabled={p.history.length === 0}
                    >
                      {t('history.open', { count: p.history.length })}
                    </Button>
                  </Table.Td>
                )}
                {withActions && (
                  <Table.Td>
                    {own && (
                      <Group gap="xs" wrap="nowrap">
                        {mine.map((a) => (
                          <Button
                            key={a}
                            size="compact-sm"
                            variant={a === 'join' ? 'filled' : 'outline'}
                            color={a === 'join' ? 'teal.9' : 'red.9'}
                            onClick={() => onAction(a, p)}
                            data-testid={`${a}-open`}
                          >
                            {t(`${a}.open`)}
                          </Button>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
