import { Anchor, Button, List, Popover, Text } from '@mantine/core';
import type { Citation } from '@eshkol/contracts/common';
import { useTranslation } from 'react-i18next';
import { citationText } from '../lib/citations';

const urlPattern = /(https?:\/\/[^\s)]+)/g;

/** A source's own text (a user's import) with its web addresses as links. */
function Linked({ text }: { text: string }) {
  return (
    <>
      {text.split(urlPattern).map((part, i) =>
        i % 2 === 1 ? (
          <Anchor key={i} href={part} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
            {part}
          </Anchor>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** A source as a page cites it (publisher, title, year), linked to its page when it has one. */
export function CitationLine({ citation }: { citation: Citation }) {
  const { i18n } = useTranslation();
  const text = citationText(citation, i18n.language);
  if (citation.url) {
    return (
      <Anchor href={citation.url} target="_blank" rel="noreferrer">
        {text}
      </Anchor>
    );
  }
  return citation.publisherHe === null && citation.publisherEn === null ? <Linked text={text} /> : <>{text}</>;
}

/**
 * The sources that attest a fact, folded behind a small button: citations are long and a table of
 * members should stay readable.
 */
export function SourceList({ sources }: { sources: Citation[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return <>{t('common.unknown')}</>;
  return (
    <Popover width={420} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <Button variant="subtle" size="compact-sm">
          {t('membership.sourceCount', { count: sources.length })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <List size="sm" spacing={4}>
          {sources.map((s, i) => (
            <List.Item key={i}>
              <Text size="sm" component="span" dir="auto">
                <CitationLine citation={s} />
              </Text>
            </List.Item>
          ))}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}
