import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../i18n/setup';
import { changeLabel, sideText, type AuditWords } from '../model/audit-words';
import type { Change } from '../model/changes';

/** One side of a change, formatted; an empty side reads as "(empty)". */
function Side({ text, side }: { text: string | null; side: 'before' | 'after' }) {
  const { t } = useTranslation('audit');
  return (
    <Text span size="sm" td={side === 'before' && text !== null ? 'line-through' : undefined} c={side === 'before' ? 'red.9' : 'teal.9'} fw={side === 'after' ? 500 : undefined}>
      <bdi>{text ?? t('emptyValue')}</bdi>
    </Text>
  );
}

/** What an event changed: each field by its label, before → after (a created record: what it was created with). */
export function AuditChanges({ changes, words }: { changes: Change[]; words: AuditWords }) {
  const { t, i18n } = useTranslation('audit');
  // Before comes first in reading order, so the arrow points the way the language reads.
  const arrow = directionOf(i18n.language) === 'rtl' ? ' ← ' : ' → ';
  if (changes.length === 0) return <Text size="sm">{t('noChanges')}</Text>;
  return (
    <List size="sm" spacing={2} listStyleType="none" data-testid="audit-changes">
      {changes.map((c) => {
        const before = sideText(c.before, words);
        return (
          <List.Item key={c.label}>
            <Text span size="sm" c="dimmed">
              {changeLabel(c, words)}:{' '}
            </Text>
            {before !== null && (
              <>
                <Side text={before} side="before" />
                {arrow}
              </>
            )}
            <Side text={sideText(c.after, words)} side="after" />
          </List.Item>
        );
      })}
    </List>
  );
}
