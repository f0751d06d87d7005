import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { useCan } from '../../../lib/auth/get-me';
import { useFormat } from '../../../lib/format';
import { useServiceMilestones } from '../api/get-service-milestones';
import { MilestoneForm } from './milestone-form';
import { MilestonesTable } from './milestones-table';

/** States in which a project holds a grant and its milestones can be planned and paid. */
const grantStates: readonly Service['state'][] = ['approved', 'approved_with_conditions'];

type Props = { service: Pick<Service, 'id' | 'state' | 'nameHe' | 'actions'> };

/** On the service page: the approved project's milestones; its staff plan them and mark them done, the ministry approves payment. */
export function ServiceMilestonesSection({ service }: Props) {
  const { t } = useTranslation('budget');
  const format = useFormat();
  const can = useCan();
  const readable = service.actions.includes('read_milestones');
  const holdsGrant = grantStates.includes(service.state);
  const milestones = useServiceMilestones(service.id, readable);
  const items = milestones.data?.items ?? [];
  if (!readable || (!holdsGrant && items.length === 0)) return null;
  const actions = milestones.data?.actions ?? [];
  const manage = actions.includes('plan');
  const planned = items.reduce((sum, m) => sum + m.amountAgorot, 0);
  const paid = items.filter((m) => m.state === 'paid').reduce((sum, m) => sum + m.amountAgorot, 0);

  return (
    <section aria-labelledby="milestones-title" data-testid="service-milestones">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="milestones-title">
          {t('milestones.sectionTitle')}
        </Title>
        {can('budget.read') && (
          <Anchor component={Link} to="/budget" size="sm">
            {t('milestones.toBudget')}
          </Anchor>
        )}
      </Group>
      <Stack>
        <Text size="sm">{t('milestones.sectionIntro')}</Text>
        {milestones.error ? (
          <ErrorAlert error={milestones.error} />
        ) : !milestones.data ? (
          <PageLoader />
        ) : (
          <>
            {items.length > 0 && <Text size="sm">{t('milestones.sums', { planned: format.shekels(planned), paid: format.shekels(paid) })}</Text>}
            <MilestonesTable milestones={items} canMarkDone={actions.includes('mark_done')}
              canReport={actions.includes('report')}
              canReview={actions.includes('review_report')}
              canPay={actions.includes('approve_payment')} caption={t('milestones.caption', { service: service.nameHe })} />
          </>
        )}
        {manage && <MilestoneForm serviceId={service.id} />}
      </Stack>
    </section>
  );
}
