import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of a page, with optional actions beside its heading; the id ties the heading to the region. */
export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={2} id={id} size="h3">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </section>
  );
}
