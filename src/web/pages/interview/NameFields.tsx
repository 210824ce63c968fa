import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonNameDraft } from './interview-draft';

/** A person's name parts, kept exactly as typed (accents, two surnames, hyphens; never capitalised). */
export function NameFields({
  person,
  onChange,
}: {
  person: PersonNameDraft;
  onChange: (edit: (person: PersonNameDraft) => void) => void;
}) {
  const { t } = useTranslation();
  const field = (name: keyof PersonNameDraft, required: boolean) => (
    <TextInput
      label={t(`interview.name.${name}`)}
      required={required}
      autoCapitalize="words"
      autoComplete="off"
      spellCheck={false}
      value={person[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        onChange((p) => {
          p[name] = value;
        });
      }}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {field('firstName', true)}
      {field('middleName', false)}
      {/* not required: a name kept whole (a returned COE's worker) comes back as the first name */}
      {field('lastSurname', false)}
      {field('secondSurname', false)}
    </SimpleGrid>
  );
}
