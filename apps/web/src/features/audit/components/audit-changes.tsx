import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../i18n/setup';
import { diff, show } from './audit-diff';

/** Before → after, for the keys that changed. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation();
  // Before comes first in reading order, so the arrow points the way the language reads.
  const arrow = directionOf(i18n.language) === 'rtl' ? ' ← ' : ' → ';
  const changes = diff(before, after);
  if (changes.length === 0) return <Text size="sm">{t('audit.noChanges')}</Text>;
  return (
    <List size="sm" spacing={2} listStyleType="none" data-testid="audit-changes">
      {changes.map((c) => {
        const from = show(c.before);
        const to = show(c.after);
        return (
          <List.Item key={c.key || 'value'}>
            {c.key && <Code>{c.key}</Code>}
            {c.key && ': '}
            <Text span size="sm" td={from === null ? undefined : 'line-through'} c="red.9">
              <bdi>{from ?? t('audit.emptyValue')}</bdi>
            </Text>
            {arrow}
            <Text span size="sm" c="teal.9" fw={500}>
              <bdi>{to ?? t('audit.emptyValue')}</bdi>
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
