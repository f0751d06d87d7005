import { Stack, Text, Title } from '@mantine/core';
import type { Submission } from '@eshkol/contracts/reviews';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { useNames } from '../../../lib/names';
import { agendaShareRows } from '../model/agenda-rows';
import { checklistItems } from '../model/decision-form';
import classes from '../routes/agenda-page.module.css';

type Props = { index: number; submission: Submission; clusterName: string };

/** One submission of the meeting on its own page: the request, the participants and their shares, the decision or a blank for it. */
export function AgendaItem({ index, submission: s, clusterName }: Props) {
  const { t } = useTranslation(['reviews', 'cost-model']);
  const format = useFormat();
  const names = useNames();
  const study = s.package.study;
  const participants = new Map(s.package.participants.map((p) => [p.authorityId, p]));
  const rows = agendaShareRows(s);
  const decision = [...s.decisions].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || b.id - a.id)[0];
  const money = (shekels: number | null) => (shekels === null ? format.unknown : format.shekels(Math.round(shekels * 100)));
  const headingId = `agenda-item-${s.id}`;

  return (
    <article className={classes.item} aria-labelledby={headingId} data-testid="agenda-item" data-submission-id={s.id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('agenda.itemTitle', { n: index + 1, service: s.serviceNameHe })}
        </Title>
        <dl className={classes.facts}>
          <div>
            <dt>{t('fields.cluster')}</dt>
            <dd>{clusterName}</dd>
          </div>
          <div>
            <dt>{t('fields.kind')}</dt>
            <dd>{t(`kinds.${s.serviceKind}`)}</dd>
          </div>
          <div>
            <dt>{t('fields.submittedAt')}</dt>
            <dd>{t('agenda.submittedBy', { when: format.dateTime(s.submittedAt), by: s.submittedBy })}</dd>
          </div>
          <div>
            <dt>{t('fields.studyVersion')}</dt>
            <dd>{study.input ? t('agenda.studyVersion', { version: study.version, method: t(`cost-model:methods.${study.input.proposedMethod}`) }) : t('agenda.studyVoid', { version: study.version })}</dd>
          </div>
          <div>
            <dt>{t('fields.standAloneTotal')}</dt>
            <dd className={classes.number}>{money(study.result?.standAloneTotal ?? null)}</dd>
          </div>
          <div>
            <dt>{t('fields.total')}</dt>
            <dd className={classes.number}>{money(study.result?.total ?? null)}</dd>
          </div>
          <div>
            <dt>{t('fields.saving')}</dt>
            <dd className={classes.number}>
              {money(study.result?.saving ?? null)}
              {study.result && study.result.savingPercent !== null && ` (${format.percent(study.result.savingPercent / 100)})`}
            </dd>
          </div>
          <div>
            <dt>{t('fields.requestedGrant')}</dt>
            <dd className={classes.number}>{format.shekels(s.requestedGrantAgorot)}</dd>
          </div>
        </dl>

        <Title order={3} size="h5">
          {t('agenda.participants')}
        </Title>
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col">{t('package.authority')}</th>
              <th scope="col">{t('package.approval')}</th>
              <th scope="col">{t('fields.standAlone')}</th>
              <th scope="col">{t('agenda.share')}</th>
              <th scope="col">{t('fields.saving')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const p = participants.get(r.authorityId);
              return (
                <tr key={r.authorityId}>
                  <th scope="row">{p ? names.authority(p) : r.authorityId}</th>
                  <td>
                    {p?.approval
                      ? t('package.approvalText', {
                          body: t(`approvalBodies.${p.approval.body}`),
                          date: format.date(p.approval.decidedOn),
                          number: p.approval.resolutionNumber,
                        })
                      : t('package.approvalMissing')}
                  </td>
                  <td className={classes.number}>{money(r.standAlone)}</td>
                  <td className={classes.number}>{r.shareAgorot === null ? format.unknown : format.shekels(r.shareAgorot)}</td>
                  <td className={classes.number}>{r.saving === null ? format.unknown : format.percent(r.saving)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>

        <Title order={3} size="h5">
          {t('fields.cover')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {s.package.cover || t('package.noCover')}
        </Text>

        <Title order={3} size="h5">
          {t('agenda.decision')}
        </Title>
        {decision ? (
          <Stack gap={4} data-testid="agenda-decision">
            <Text fw={700}>
              {t('agenda.decided', { outcome: t(`outcomes.${decision.outcome}`), when: format.dateTime(decision.decidedAt), by: decision.decidedBy })}
            </Text>
            <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
              {checklistItems.map((item) => (
                <li key={item}>
                  {t(`checklist.${item}`)}: {decision.checklist[item] ? t('checklist.yes') : t('checklist.no')}
                </li>
              ))}
            </ul>
            {decision.checklist.remarks && <Text size="sm">{t('agenda.remarks', { text: decision.checklist.remarks })}</Text>}
            {decision.reasons && <Text size="sm">{t('agenda.reasons', { text: decision.reasons })}</Text>}
            {decision.conditions.length > 0 && (
              <ol style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                {decision.conditions.map((c) => (
                  <li key={c.id}>
                    {c.text} — {c.metAt ? t('agenda.conditionMet', { when: format.date(c.metAt.slice(0, 10)) }) : t('history.open')}
                  </li>
                ))}
              </ol>
            )}
          </Stack>
        ) : (
          <Stack gap={6} data-testid="agenda-blank">
            {checklistItems.map((item) => (
              <Text key={item} size="sm">
                <span className={classes.box} aria-hidden="true" />
                {t(`checklist.${item}`)}
              </Text>
            ))}
            <Text size="sm">
              {(['approve', 'approve_with_conditions', 'return', 'reject'] as const).map((o) => (
                <span key={o} style={{ marginInlineEnd: '1.5em', whiteSpace: 'nowrap' }}>
                  <span className={classes.box} aria-hidden="true" />
                  {t(`outcomes.${o}`)}
                </span>
              ))}
            </Text>
            <Text size="sm" fw={600}>
              {t('agenda.blankReasons')}
            </Text>
            <div className={classes.blank} />
            <div className={classes.blank} />
            <div className={classes.blank} />
            <Text size="sm" mt="md">
              {t('agenda.signature')}
            </Text>
          </Stack>
        )}
      </Stack>
    </article>
  );
}
