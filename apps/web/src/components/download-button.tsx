import { Button } from '@mantine/core';

type Props = { href: string; label: string; testId?: string };

/** An Excel download: a plain link the browser saves. */
export function DownloadButton({ href, label, testId }: Props) {
  return (
    <Button component="a" href={href} download variant="outline" data-testid={testId}>
      {label}
    </Button>
  );
}
