import { Checkbox, Group } from '@mantine/core';
import type { InterviewDraft } from './interview-draft';
import { usePersonLabel } from './person-label';

/** Check boxes to choose some of the interview's people (who made a move, whom a link is for), each by name. */
export function PeopleChoice({
  draft,
  label,
  people,
  value,
  onChange,
}: {
  draft: InterviewDraft;
  label: string;
  people: readonly string[];
  value: string[];
  onChange: (chosen: string[]) => void;
}) {
  const personLabel = usePersonLabel(draft);
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange}>
      <Group gap="md" mt={4}>
        {people.map((id) => (
          <Checkbox key={id} value={id} label={personLabel(id)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
