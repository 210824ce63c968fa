import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextId, removeOtherMember, type InterviewDraft } from './interview-draft';
import { OTHER_MEMBER_ROLES, type OtherMemberDraft } from './interview-facts';
import type { ChangeDraft } from './use-draft';
import { onValue } from './on-value';
import { RemoveButton } from './RemoveButton';

/** Family members who moved but are not workers (e.g. the mother who moved with the child): chosen later as movers. */
export function OtherMembersFields({ draft, change }: { draft: InterviewDraft; change: ChangeDraft }) {
  const { t } = useTranslation();
  const setMember = (index: number, edit: (member: OtherMemberDraft) => void) =>
    change((d) => edit(d.otherMembers[index]!));
  const roleOptions = (role: string) => [
    { value: '', label: t('interview.others.roles.none') },
    ...OTHER_MEMBER_ROLES.map((value) => ({ value, label: t(`interview.others.roles.${value}`) })),
    // A role recorded in other words is kept as it is.
    ...(role && !(OTHER_MEMBER_ROLES as readonly string[]).includes(role)
      ? [{ value: role, label: role }]
      : []),
  ];
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('interview.others.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('interview.others.intro')}
      </Text>
      {draft.otherMembers.map((member, index) => (
        <Card
          withBorder
          p="sm"
          key={member.id}
          role="group"
          aria-label={t('interview.others.member', { number: index + 1 })}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput
              label={t('interview.others.name')}
              autoComplete="off"
              spellCheck={false}
              value={member.name}
              onChange={onValue((value) =>
                setMember(index, (m) => {
                  m.name = value;
                }),
              )}
            />
            <NativeSelect
              label={t('interview.others.role')}
              value={member.role}
              onChange={onValue((value) =>
                setMember(index, (m) => {
                  m.role = value;
                }),
              )}
              data={roleOptions(member.role)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt={4}>
            <RemoveButton
              label={t('interview.others.remove', { number: index + 1 })}
              onRemove={() => change((d) => removeOtherMember(d, member.id))}
            />
          </Group>
        </Card>
      ))}
      <Button
        variant="default"
        onClick={() =>
          change(
            (d) => void d.otherMembers.push({ id: nextId('p', d.otherMembers), name: '', role: 'mother' }),
          )
        }
      >
        {t('interview.others.add')}
      </Button>
    </Stack>
  );
}
