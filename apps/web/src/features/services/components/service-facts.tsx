import { SimpleGrid, Text } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

/** What the service is, who funds it, and where its participation and study stand. */
export function ServiceFacts({ service }: { service: Service }) {
  const { t } = useTranslation('services');
  const format = useFormat();
  const full = service.detail === 'full';
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} data-testid="service-facts">
        <Figure label={t('fields.domain')}>{t(`domains.${service.domain}`)}</Figure>
        <Figure label={t('fields.kind')} note={t(`kindExplain.${service.kind}`)}>
          {t(`kind.${service.kind}`)}
        </Figure>
        {service.kind === 'regional' && (
          <Figure label={t('fields.funders')}>{service.funders.length > 0 ? service.funders.join(', ') : format.unknown}</Figure>
        )}
        <Figure label={t('fields.participants')}>
          {full
            ? t('joinedOfInvited', { joined: format.number(service.participantCount), invited: format.number(service.invitedCount) })
            : format.number(service.participantCount)}
        </Figure>
        <Figure label={t('fields.createdAt')}>{format.date(service.createdAt)}</Figure>
        <Figure label={t('fields.study')}>
          {service.currentStudyVersion === null ? t('noStudy') : t('studyVersion', { version: service.currentStudyVersion })}
        </Figure>
      </SimpleGrid>
      <div>
        <Text size="sm" c="dimmed">
          {t('fields.description')}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{service.description || t('noDescription')}</Text>
      </div>
    </>
  );
}
