import { Group, List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import type { SubmissionReadiness } from '@eshkol/contracts/reviews';
import type { ServiceKind } from '@eshkol/contracts/services';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

type Props = { readiness: SubmissionReadiness; kind: ServiceKind; nameOf: (authorityId: string) => string };

/**
 * Before a submission: each gate the service meets or not, in words and with a mark (never colour
 * alone), naming the authorities that hold it back; and what the cluster may still ask for.
 */
export function ReadinessChecklist({ readiness, kind, nameOf }: Props) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const list = (ids: string[]) => new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(ids.map(nameOf));
  const ready = readiness.checks.every((c) => c.met);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-title" data-testid="readiness" data-ready={ready}>
      <Title order={3} size="h5" id="readiness-title" mb="xs">
        {ready ? t('readiness.ready') : t('readiness.title')}
      </Title>
      <List spacing="xs" size="sm" listStyleType="none">
        {readiness.checks.map((c) => (
          <List.Item key={c.gate} data-gate={c.gate} data-met={c.met}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ThemeIcon size="sm" radius="xl" color={c.met ? 'teal.9' : '#8f3f00'} aria-hidden="true">
                {c.met ? '✓' : '!'}
              </ThemeIcon>
              <div>
                <Text size="sm" fw={500}>
                  <span className="visually-hidden">{c.met ? t('readiness.met') : t('readiness.notMet')}: </span>
                  {t(`readiness.gates.${c.gate}.${c.met ? 'met' : 'notMet'}`)}
                </Text>
                {!c.met && c.authorities.length > 0 && (
                  <Text size="sm">{t(`readiness.gates.${c.gate}.authorities`, { names: list(c.authorities), count: c.authorities.length })}</Text>
                )}
              </div>
            </Group>
          </List.Item>
        ))}
      </List>
      {kind === 'core' && (
        <Text size="sm" mt="sm" data-testid="readiness-budget">
          {readiness.availableAgorot === null
            ? t('readiness.noProgramme')
            : t('readiness.available', { amount: format.shekels(readiness.availableAgorot) })}
        </Text>
      )}
    </Paper>
  );
}
