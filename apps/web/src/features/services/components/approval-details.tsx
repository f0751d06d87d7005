import { Anchor, Stack, Text } from '@mantine/core';
import type { Approval } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { documentPath } from '../../../api/upload-document';

/** The body, date and resolution number behind an authority's decision, and its document to download. */
export function ApprovalDetails({ approval }: { approval: Approval | null }) {
  const { t } = useTranslation('services');
  const format = useFormat();
  if (!approval) return <Text size="sm">{t('approval.none')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('approval.summary', {
          body: t(`approval.bodies.${approval.body}`),
          date: format.date(approval.decidedOn),
          // Isolated, so that a resolution number that starts with a Hebrew letter keeps its own direction in either language.
          number: `\u2068${approval.resolutionNumber}\u2069`,
        })}
      </Text>
      {approval.documentId ? (
        <Anchor
          size="sm"
          href={documentPath(approval.documentId)}
          download={approval.documentName ?? true}
          aria-label={t('approval.downloadNamed', { name: approval.documentName ?? t('approval.document') })}
          dir="auto"
          style={{ overflowWrap: 'anywhere', alignSelf: 'flex-start' }}
          data-testid="approval-document"
        >
          {approval.documentName ?? t('approval.document')}
        </Anchor>
      ) : (
        <Text size="sm" c="dimmed">
          {t('approval.noDocument')}
        </Text>
      )}
    </Stack>
  );
}
