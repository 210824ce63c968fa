import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api';
import { formatDate, fullName } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { AddMemberForm } from './AddMemberForm';
import { MemberSexForm } from './MemberSexForm';
import type { FamilyDetail } from './family-types';

/** One family: its members, with the sex MSIX's parents' names need (X7.4), and its children. */
export function FamilyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const family = useQuery({
    queryKey: ['family', id],
    queryFn: () => api<FamilyDetail>('GET', `/api/families/${id}`),
  });
  return (
    <Stack>
      <QueryState isPending={family.isPending} error={family.error}>
        {family.data && (
          <>
            <Title order={1}>{t('family.title', { name: family.data.familyName })}</Title>
            <Card withBorder>
              <Title order={2} size="h3">
                {t('family.members')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('family.membersHint')}
              </Text>
              <Stack gap="md" mt="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
                {family.data.members.map((member) => (
                  <li key={member.id}>
                    <Text fw={500}>
                      {fullName(member)} · {t(`child.relations.${member.relation}`)}
                      {member.isQualifyingWorker && (
                        <Badge ml="xs" variant="light">
                          {t('child.qualifyingWorker')}
                        </Badge>
                      )}
                    </Text>
                    {family.data.abilities.canEdit ? (
                      <MemberSexForm
                        key={`${member.id}-${family.data.version}`}
                        family={family.data}
                        member={member}
                      />
                    ) : (
                      <Text size="sm">
                        {t('family.sex')}: {t(`family.sexes.${member.sex ?? 'none'}`)}
                      </Text>
                    )}
                  </li>
                ))}
              </Stack>
              {family.data.abilities.canAddMember && !adding && (
                <Group mt="md">
                  <Button variant="default" onClick={() => setAdding(true)}>
                    {t('family.addMember')}
                  </Button>
                </Group>
              )}
            </Card>
            {adding && <AddMemberForm familyId={family.data.id} onDone={() => setAdding(false)} />}
            <Card withBorder>
              <Title order={2} size="h3">
                {t('family.children')}
              </Title>
              {family.data.children.length === 0 && (
                <Text c="dimmed" mt="xs">
                  {t('family.noChildren')}
                </Text>
              )}
              <Stack gap={4} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
                {family.data.children.map((child) => (
                  <li key={child.id}>
                    <Anchor component={Link} to={`/children/${child.id}`}>
                      {fullName(child)}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      {formatDate(child.birthDate, i18n.language)}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
