import { Button } from '@mantine/core';

/** The form's quiet red button that takes one entry (a move, a child, a link) out of the interview. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
      {label}
    </Button>
  );
}
