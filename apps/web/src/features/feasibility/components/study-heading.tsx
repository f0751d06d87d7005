import { Badge, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A version's title, which labels its article, and whether it went to the committee. */
export function StudyHeading({ version, submitted }: { version: number; submitted: boolean }) {
  const { t } = useTranslation('feasibility');
  return (
    <Group justify="space-between">
      <Title order={3} size="h4" id={`study-${version}-title`}>
        {t('view.title', { version })}
      </Title>
      {submitted && (
        <Badge color="blue.9" variant="filled">
          {t('versions.submitted')}
        </Badge>
      )}
    </Group>
  );
}
