import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A Mantine Alert whose title is in the text colour: the light variants' coloured titles
 * (orange, yellow, blue, red on their tint) fall short of WCAG AA contrast; the colour stays
 * in the tint and the bar.
 */
export function Notice({
  styles,
  ...props
}: AlertProps & { children?: ReactNode; role?: string; 'aria-live'?: 'polite' | 'assertive' }) {
  return (
    <Alert
      {...props}
      styles={{
        title: { color: 'var(--mantine-color-text)' },
        ...(typeof styles === 'object' ? styles : {}),
      }}
    />
  );
}
