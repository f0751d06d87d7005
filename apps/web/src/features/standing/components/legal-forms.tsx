import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import type { LegalFormRecord } from '@eshkol/contracts/standing';
import { useTranslation } from 'react-i18next';
import { CitationLine } from '../../../components/source-list';
import { useFormat } from '../../../lib/format';

/** A form's period in words: from when to when, each end "not recorded" where no source gives it. */
function Period({ f }: { f: LegalFormRecord }) {
  const { t } = useTranslation('standing');
  const format = useFormat();
  const from = f.fromOn ? t('legalForm.from', { date: format.asOf(f.fromOn) }) : t('legalForm.fromUnknown');
  const until = f.untilOn ? t('legalForm.until', { date: format.asOf(f.untilOn) }) : t('legalForm.noEnd');
  return <Text size="sm">{`${from} · ${until}`}</Text>;
}

/** The cluster's legal forms, the earliest first; none recorded says so, never a guessed form. */
export function LegalForms({ forms, currentId }: { forms: readonly LegalFormRecord[]; currentId: number | null }) {
  const { t } = useTranslation('standing');
  if (forms.length === 0) {
    return (
      <Text size="sm" data-testid="legal-form-none">
        {t('legalForm.notRecorded')}
      </Text>
    );
  }
  const current = forms.findIndex((f) => f.id === currentId);
  return (
    <Timeline bulletSize={14} lineWidth={2} active={current === -1 ? forms.length - 1 : current} data-testid="legal-forms">
      {forms.map((f) => (
        <Timeline.Item
          key={f.id}
          data-form={f.form}
          title={
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                {t(`formKinds.${f.form}`)}
              </Text>
              {f.id === currentId && (
                <Badge color="teal.9" variant="filled" tt="none" style={{ flexShrink: 0 }}>
                  {t('legalForm.current')}
                </Badge>
              )}
            </Group>
          }
        >
          <Stack gap={2}>
            <Period f={f} />
            {f.note && (
              <Text size="sm" dir="auto">
                {f.note}
              </Text>
            )}
            <Text size="xs" dir="auto">
              {t('legalForm.source')}:{' '}
              {f.citations.map((c, i) => (
                <span key={i}>
                  {i > 0 && '; '}
                  <CitationLine citation={c} />
                </span>
              ))}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
