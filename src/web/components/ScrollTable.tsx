import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens; the scrolling region is focusable and
 * named, so keyboard users can scroll it too.
 */
export function ScrollTable({
  minWidth,
  label,
  children,
}: {
  minWidth: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      style={{ position: 'relative', maxWidth: '100%', minWidth: 0 }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
