import { SimpleGrid, Text } from '@mantine/core';
import type { Service } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../components/figure';
import { useFormat } from '../../../lib/format';

/** What the service is, who funds it, and where its participation and study stand. */
export function ServiceFacts({ service }: { service: Service }) {
  const { t } = useTranslation();
  const format = useFormat();
  const full = service.detail === 'full';
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} data-testid="service-facts">
        <Figure label={t('services.fields.domain')}>{t(`domains.${service.domain}`)}</Figure>
        <Figure label={t('services.fields.kind')} note={t(`services.kindExplain.${service.kind}`)}>
          {t(`services.kind.${service.kind}`)}
        </Figure>
        {service.kind === 'regional' && (
          <Figure label={t('services.fields.funders')}>{service.funders.length > 0 ? service.funders.join(', ') : format.unknown}</Figure>
        )}
        <Figure label={t('services.fields.participants')}>
          {full
            ? t('services.joinedOfInvited', { joined: format.number(service.participantCount), invited: format.number(service.invitedCount) })
            : format.number(service.participantCount)}
        </Figure>
        <Figure label={t('services.fields.createdAt')}>{format.date(service.createdAt)}</Figure>
        <Figure label={t('services.fields.study')}>
          {service.currentStudyVersion === null ? t('services.noStudy') : t('services.studyVersion', { version: service.currentStudyVersion })}
        </Figure>
      </SimpleGrid>
      <div>
        <Text size="sm" c="dimmed">
          {t('services.fields.description')}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{service.description || t('services.noDescription')}</Text>
      </div>
    </>
  );
}
