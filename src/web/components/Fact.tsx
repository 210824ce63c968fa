import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact of a record, inside a `<dl>`; long values wrap rather than widen the page. */
export function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}
