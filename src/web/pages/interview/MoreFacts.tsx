import { Box, Button } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

/**
 * A disclosure for the facts that are seldom needed, so the common case stays short: a button
 * (its expanded state announced) that shows or hides them. Open from the start when one of
 * them is already filled in, so nothing entered is hidden.
 */
export function MoreFacts({
  label,
  filled,
  children,
}: {
  label: string;
  filled: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(filled);
  const id = useId();
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        px={0}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {`${open ? '▾' : '▸'} ${label}`}
      </Button>
      <Box id={id} mt={open ? 'xs' : 0}>
        {open && children}
      </Box>
    </Box>
  );
}
