import { Button, Table, Text, useMatches } from '@mantine/core';
import type { MeetingDetail } from '@eshkol/contracts/meetings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/section';
import { unitKey, unitName } from '../model/units';
import { AnswerForm } from './answer-form';
import classes from './meeting-tables.module.css';

/** Who is invited, per authority or organisation, with each answer; the units the reader answers for have the form. On a phone each unit is a card. */
export function InvitationsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const [opened, setOpened] = useState<string | null>(null);
  // A phone's finger needs a bigger button than a table's row.
  const openSize = useMatches({ base: 'xs', sm: 'compact-xs' });
  // A representative answers for their one authority at once; a secretary, who may answer for any, opens one row's form at a time.
  const mine = meeting.invitations.filter((i) => i.mine);
  const single = mine.length === 1 ? unitKey(mine[0]!.unit) : null;
  return (
    <Section id="invitations-title" title={t('invitations.title')}>
      {meeting.invitations.length === 0 ? (
        <Text c="dimmed">{t('invitations.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520} classNames={{ scrollContainerInner: classes.inner }}>
          <Table withTableBorder className={classes.stacked} data-testid="invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invitations.unit')}</Table.Th>
                <Table.Th>{t('invitations.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.invitations.map((inv) => {
                const key = unitKey(inv.unit);
                const name = unitName(inv.unit, i18n.language);
                return (
                  <Table.Tr key={key} data-unit={key}>
                    <Table.Th scope="row">
                      {name}
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">
                        {inv.answer === null
                          ? t('invitations.noAnswer')
                          : inv.answer === 'alternate'
                            ? t('invitations.alternate', { name: inv.alternateName ?? '' })
                            : t(`answer.kinds.${inv.answer}`)}
                        {inv.note && ` — ${inv.note}`}
                      </Text>
                      {inv.mine &&
                        (single === key || opened === key ? (
                          <AnswerForm meetingId={meeting.id} unit={key} unitLabel={name} />
                        ) : (
                          <Button size={openSize} variant="subtle" onClick={() => setOpened(key)} aria-label={t('answer.openNamed', { unit: name })}>
                            {t('answer.open')}
                          </Button>
                        ))}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
