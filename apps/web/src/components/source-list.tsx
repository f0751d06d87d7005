import { Anchor, Button, List, Popover, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const urlPattern = /(https?:\/\/[^\s)]+)/g;

/** A citation with its web addresses as links. */
function Citation({ text }: { text: string }) {
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

/**
 * The sources that attest a fact, folded behind a small button: citations are long and a table of
 * members should stay readable.
 */
export function SourceList({ sources }: { sources: string[] }) {
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
          {sources.map((s) => (
            <List.Item key={s}>
              <Text size="sm" component="span" dir="auto">
                <Citation text={s} />
              </Text>
            </List.Item>
          ))}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}
