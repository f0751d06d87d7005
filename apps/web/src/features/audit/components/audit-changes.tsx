import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../i18n/setup';
import { diff, show, summaryOf } from './audit-diff';

/** One side of a change: as text, or — a long list or record — folded behind its size, laid out when opened. */
function Value({ value, side }: { value: unknown; side: 'before' | 'after' }) {
  const { t } = useTranslation('audit');
  const text = show(value);
  const summary = summaryOf(value);
  const colour = side === 'before' ? 'red.9' : 'teal.9';
  if (summary) {
    return (
      <details style={{ display: 'inline-block', verticalAlign: 'top' }}>
        <summary>
          <Text span size="sm" c={colour} fw={side === 'after' ? 500 : undefined}>
            {t(`long.${summary.kind}`, { count: summary.count })}
          </Text>
        </summary>
        <Code block dir="ltr" mt={4} maw={520} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      </details>
    );
  }
  return (
    <Text span size="sm" td={side === 'before' && text !== null ? 'line-through' : undefined} c={colour} fw={side === 'after' ? 500 : undefined}>
      <bdi>{text ?? t('emptyValue')}</bdi>
    </Text>
  );
}

/** Before → after, for the keys that changed. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t, i18n } = useTranslation('audit');
  // Before comes first in reading order, so the arrow points the way the language reads.
  const arrow = directionOf(i18n.language) === 'rtl' ? ' ← ' : ' → ';
  const changes = diff(before, after);
  if (changes.length === 0) return <Text size="sm">{t('noChanges')}</Text>;
  return (
    <List size="sm" spacing={2} listStyleType="none" data-testid="audit-changes">
      {changes.map((c) => (
        <List.Item key={c.key || 'value'}>
          {c.key && <Code>{c.key}</Code>}
          {c.key && ': '}
          <Value value={c.before} side="before" />
          {arrow}
          <Value value={c.after} side="after" />
        </List.Item>
      ))}
    </List>
  );
}
