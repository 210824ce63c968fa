import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatDate, fullName } from '../../app/format';
import { ScrollTable } from '../../components/ScrollTable';
import { QueryState } from '../../components/QueryState';
import { ChildEditForm } from './ChildEditForm';
import { ChildHistoryCard } from './ChildHistoryCard';
import type { ChildDetail, EligibilityHistory } from './child-types';
import { Fact } from '../../components/Fact';
import { ChildAssessmentsCard } from '../assessments/ChildAssessmentsCard';
import { ChildPfsCard } from '../pfs/ChildPfsCard';
import { ChildOtherStatesCard } from '../msix/ChildOtherStatesCard';
import { ChildSplitCard } from './reconciliation/ChildSplitCard';
import { RetiredChildNotice } from './reconciliation/RetiredChildNotice';

/** One child: facts, family, enrollments and eligibility history; editable by those who may. */
export function ChildPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const child = useQuery({
    queryKey: ['child', id],
    queryFn: () => api<ChildDetail>('GET', `/api/children/${id}`),
  });
  const eligibility = useQuery({
    queryKey: ['child', id, 'eligibility'],
    queryFn: () => api<EligibilityHistory>('GET', `/api/children/${id}/eligibility`),
  });
  const date = (value: string | null) => formatDate(value, i18n.language);
  const backToList = (
    <Anchor component={Link} to="/children" size="sm">
      {t('child.backToList')}
    </Anchor>
  );
  // A child a merge retired answers 404: its page says where its records went (IR5.5).
  if (child.error instanceof ApiError && child.error.status === 404)
    return (
      <Stack>
        {backToList}
        <RetiredChildNotice childId={id} notFound={child.error} />
      </Stack>
    );

  return (
    <Stack>
      {backToList}
      <QueryState isPending={child.isPending} error={child.error}>
        {child.data && (
          <>
            <Group justify="space-between" wrap="wrap">
              <Title order={1}>{fullName(child.data)}</Title>
              {child.data.abilities.canEdit && !editing && (
                <Button onClick={() => setEditing(true)}>{t('child.edit')}</Button>
              )}
            </Group>
            {editing ? (
              <ChildEditForm child={child.data} onDone={() => setEditing(false)} />
            ) : (
              <Card withBorder>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
                  <Fact label={t('children.studentNumber')} value={child.data.studentNumber} />
                  <Fact label={t('child.ssid')} value={child.data.statewideStudentId ?? '—'} />
                  <Fact label={t('child.fields.msixId')} value={child.data.msixId ?? '—'} />
                  <Fact label={t('children.birthDate')} value={date(child.data.birthDate)} />
                  <Fact
                    label={t('child.birthPlace')}
                    value={[child.data.birthCity, child.data.birthState, child.data.birthCountry]
                      .filter(Boolean)
                      .join(', ')}
                  />
                  <Fact label={t('child.sex')} value={t(`child.sexes.${child.data.sex}`)} />
                  <Fact
                    label={t('child.fields.englishLearner')}
                    value={t(child.data.englishLearner ? 'child.yes' : 'child.no')}
                  />
                  <Fact
                    label={t('child.fields.disability')}
                    value={t(child.data.disability ? 'child.yes' : 'child.no')}
                  />
                  <Fact
                    label={t('children.region')}
                    value={t('common.region', { number: child.data.regionNumber })}
                  />
                </SimpleGrid>
              </Card>
            )}
            <Card withBorder>
              <Title order={2} size="h3">
                {t('child.eligibility')}
              </Title>
              <QueryState isPending={eligibility.isPending} error={eligibility.error}>
                {eligibility.data && eligibility.data.items.length > 0 ? (
                  <>
                    {eligibility.data.eligibilityYear !== null && (
                      <Group gap="xs" mt="xs">
                        <Badge color="ciclo">
                          {t('child.eligibilityYear', { year: eligibility.data.eligibilityYear })}
                        </Badge>
                        {eligibility.data.residencyContactDue && (
                          <Badge color="orange">{t('child.residencyDue')}</Badge>
                        )}
                      </Group>
                    )}
                    <ScrollTable minWidth={320} label={t('child.eligibility')}>
                      <Table mt="sm">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{t('child.qad')}</Table.Th>
                            <Table.Th scope="col">{t('child.endDate')}</Table.Th>
                            <Table.Th scope="col">{t('child.status')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {eligibility.data.items.map((item) => (
                            <Table.Tr key={`${item.qad}-${item.coeId ?? ''}`}>
                              <Table.Td>{date(item.qad)}</Table.Td>
                              <Table.Td>{date(item.eligibilityEndDate)}</Table.Td>
                              <Table.Td>{item.isCurrent ? t('child.current') : t('child.ended')}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </ScrollTable>
                  </>
                ) : (
                  <Text c="dimmed" mt="xs">
                    {t('child.noEligibility')}
                  </Text>
                )}
              </QueryState>
            </Card>
            {child.data.family && (
              <Card withBorder>
                <Title order={2} size="h3">
                  {t('child.family', { name: child.data.family.familyName })}
                </Title>
                <Stack gap={4} mt="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
                  {child.data.family.members.map((member) => (
                    <li key={member.id}>
                      <Text>
                        {fullName(member)} ·{' '}
                        {t(`child.relations.${member.relation}`, { defaultValue: member.relation })}
                        {member.isQualifyingWorker && (
                          <Badge ml="xs" variant="light">
                            {t('child.qualifyingWorker')}
                          </Badge>
                        )}
                      </Text>
                    </li>
                  ))}
                </Stack>
                <Anchor component={Link} to={`/families/${child.data.family.id}`} size="sm" mt="xs">
                  {t('family.open')}
                </Anchor>
              </Card>
            )}
            <ChildHistoryCard childId={child.data.id} canEdit={child.data.abilities.canEdit} />
            <ChildPfsCard childId={child.data.id} />
            <ChildAssessmentsCard childId={child.data.id} />
            <ChildOtherStatesCard childId={child.data.id} />
            {child.data.abilities.canReconcile && (
              <ChildSplitCard childId={child.data.id} regionId={child.data.regionId} />
            )}
            <Card withBorder>
              <Title order={2} size="h3">
                {t('child.enrollments')}
              </Title>
              {child.data.enrollments.length === 0 ? (
                <Text c="dimmed" mt="xs">
                  {t('child.noEnrollments')}
                </Text>
              ) : (
                <ScrollTable minWidth={320} label={t('child.enrollments')}>
                  <Table mt="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('child.school')}</Table.Th>
                        <Table.Th scope="col">{t('child.enrolled')}</Table.Th>
                        <Table.Th scope="col">{t('child.residencyDate')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {child.data.enrollments.map((enrollment) => (
                        <Table.Tr key={enrollment.id}>
                          <Table.Td>{enrollment.schoolName ?? enrollment.districtName}</Table.Td>
                          <Table.Td>
                            {date(enrollment.enrollmentDate)}
                            {enrollment.exitDate ? ` – ${date(enrollment.exitDate)}` : ''}
                          </Table.Td>
                          <Table.Td>{date(enrollment.residencyDate)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
            </Card>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
