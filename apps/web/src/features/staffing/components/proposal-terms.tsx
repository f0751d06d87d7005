import { SimpleGrid } from '@mantine/core';
import type { StaffingProposal } from '@eshkol/contracts/staffing';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

/** What a version of a request proposes, each term with its label: the kind's own terms only. */
export function ProposalTerms({ proposal }: { proposal: StaffingProposal }) {
  const { t } = useTranslation('staffing');
  const format = useFormat();
  const scope = <Figure label={t('terms.scope')}>{format.percent(proposal.scopePercent / 100)}</Figure>;
  const gross = <Figure label={t('terms.gross')}>{format.shekels(proposal.grossAgorot)}</Figure>;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="proposal-terms">
      {proposal.kind === 'open_position' && <Figure label={t('terms.positionKind')}>{t(`positionKinds.${proposal.positionKind}`)}</Figure>}
      {proposal.kind === 'open_position' && proposal.title && <Figure label={t('terms.title')}>{proposal.title}</Figure>}
      {proposal.kind === 'salary' && <Figure label={t('terms.personName')}>{proposal.personName}</Figure>}
      {proposal.kind === 'salary' && <Figure label={t('terms.fromDay')}>{format.date(proposal.fromDay)}</Figure>}
      {scope}
      {proposal.kind !== 'salary' && <Figure label={t('terms.funding')}>{t(`fundingSources.${proposal.funding}`)}</Figure>}
      {gross}
    </SimpleGrid>
  );
}
