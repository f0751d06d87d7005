import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { Participant, Service } from '@eshkol/contracts/services';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCan, useMe } from '../../../lib/auth/get-me';
import { pickName, useNames } from '../../../lib/names';
import { useService } from '../../../api/get-service';
import { AnswerModal } from '../components/answer-modal';
import { EditServiceModal } from '../components/edit-service-modal';
import { JoinModal } from '../components/join-modal';
import { ParticipantHistoryModal } from '../components/participant-history-modal';
import { ServiceFacts } from '../components/service-facts';
import { ServiceParticipantsTable, type ParticipantAction } from '../components/service-participants-table';
import { ServiceKindBadge, ServiceStateBadge } from '../components/status-badges';

type Props = {
  id: number;
  /** The feasibility studies of the service (composed by the route). */
  feasibility?: (service: Service) => ReactNode;
  /** Submission to the professional committee and its decisions (composed by the route). */
  reviewSlot?: (service: Service) => ReactNode;
};

/** /services/:id — a shared service: its facts, the authorities' answers with their approvals, and the slots for the study and the review. */
export function ServicePage({ id, feasibility, reviewSlot }: Props) {
  const { t, i18n } = useTranslation('services');
  const names = useNames();
  const service = useService(id);
  const user = useMe().data?.user ?? null;
  const can = useCan();
  const [action, setAction] = useState<{ kind: ParticipantAction; participant: Participant } | null>(null);
  const [editing, setEditing] = useState(false);
  const title = service.data ? (pickName(service.data, i18n.language) ?? service.data.nameHe) : t('service');
  useDocumentTitle(`${title} · ${t('app.name')}`);

  if (service.error) return <ErrorAlert error={service.error} />;
  if (!service.data) return <PageLoader />;
  const s = service.data;
  const clusterName = names.cluster(s.cluster);
  // A representative's own authority (only they have one).
  const ownAuthorityId = user?.authorityId ?? null;
  const own = s.participants.find((p) => p.authorityId === ownAuthorityId) ?? null;
  const target = (kind: ParticipantAction) =>
    action?.kind === kind ? { id: action.participant.authorityId, name: names.authority(action.participant), since: action.participant.since } : null;

  return (
    <Stack gap="xl">
      <div>
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs mb="xs" separatorMargin={6} style={{ flexWrap: 'wrap' }}>
            <Anchor component={Link} to="/clusters">
              {t('nav.clusters')}
            </Anchor>
            <Anchor component={Link} to={`/clusters/${s.clusterSlug}`}>
              {clusterName}
            </Anchor>
            <Anchor component={Link} to={`/clusters/${s.clusterSlug}/services`}>
              {t('title')}
            </Anchor>
            <Text span>{title}</Text>
          </Breadcrumbs>
        </nav>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1}>{title}</Title>
            {i18n.language === 'he' && s.nameEn && (
              <Text c="dimmed" dir="ltr" ta="start">
                {s.nameEn}
              </Text>
            )}
          </div>
          <Group gap="sm">
            {can('audit.read') && (
              <Anchor component={Link} to={`/admin/audit?service=${s.id}`} size="sm" data-testid="service-audit-link">
                {t('auditTrail')}
              </Anchor>
            )}
            {(s.actions.includes('edit') || s.actions.includes('invite')) && (
              <Button variant="outline" onClick={() => setEditing(true)} data-testid="edit-service">
                {t('edit.open')}
              </Button>
            )}
          </Group>
        </Group>
        <Group gap="xs" mt="xs">
          <ServiceStateBadge state={s.state} />
          <ServiceKindBadge kind={s.kind} />
        </Group>
      </div>

      {own && (s.actions.includes('join') || s.actions.includes('decline')) && (
        <Alert color="blue" variant="outline" title={t('yourTurn.title', { name: names.authority(own) })} data-testid="your-turn">
          {t(own.status === 'invited' ? 'yourTurn.invited' : 'yourTurn.again')}
        </Alert>
      )}

      <ServiceFacts service={s} />

      <section aria-labelledby="participants-title">
        <Title order={2} size="h3" id="participants-title" mb="sm">
          {s.detail === 'full' ? t('participants.title', { n: s.invitedCount }) : t('participants.publicTitle', { n: s.participantCount })}
        </Title>
        {s.detail === 'public' && (
          <Text size="sm" mb="sm">
            {t('participants.publicNote')}
          </Text>
        )}
        {s.participants.length === 0 ? (
          <Text>{s.detail === 'full' ? t('participants.none') : t('participants.noneJoined')}</Text>
        ) : (
          <ServiceParticipantsTable service={s} ownAuthorityId={ownAuthorityId} onAction={(kind, participant) => setAction({ kind, participant })} />
        )}
      </section>

      {feasibility?.(s)}
      {reviewSlot?.(s)}

      <JoinModal serviceId={s.id} authority={target('join')} onClose={() => setAction(null)} />
      <AnswerModal serviceId={s.id} decision="decline" authority={target('decline')} onClose={() => setAction(null)} />
      <AnswerModal serviceId={s.id} decision="leave" authority={target('leave')} onClose={() => setAction(null)} />
      <ParticipantHistoryModal
        participant={action?.kind === 'history' ? action.participant : null}
        name={action ? names.authority(action.participant) : ''}
        onClose={() => setAction(null)}
      />
      {editing && <EditServiceModal service={s} opened onClose={() => setEditing(false)} />}
    </Stack>
  );
}
