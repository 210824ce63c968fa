import { Button, Card, Group, Title } from '@mantine/core';
import { useId, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from './QueryState';

/**
 * A form in a card: its title (which names the form), its fields, the save's error and the
 * submit button; `onCancel` adds a cancel button beside it (a form editing a record).
 */
export function FormCard({
  title,
  titleOrder = 3,
  submitLabel,
  save,
  onSubmit,
  onCancel,
  cancelLabel,
  children,
}: {
  title: string;
  titleOrder?: 2 | 3 | 4;
  submitLabel: string;
  /** The save's state: a TanStack mutation. */
  save: { isPending: boolean; error: unknown };
  onSubmit: () => void;
  onCancel?: () => void;
  cancelLabel?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby={titleId}>
      <Title id={titleId} order={titleOrder} size="h4">
        {title}
      </Title>
      {children}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group mt="sm">
        <Button type="submit" loading={save.isPending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
      </Group>
    </Card>
  );
}
