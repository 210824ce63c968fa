import type { Static } from '@sinclair/typebox';
import { Alert, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, queryString } from '../../app/api';
import { fullName } from '../../app/format';
import type { EnrollmentCandidatesReply } from '../../../server/routes/pfs/pfs.schemas';
import { dateWithinService, ENROLLMENT_REASONS, type Service } from './service-types';
import { refreshService } from './use-service';

type ChildFound = Static<typeof EnrollmentCandidatesReply>['items'][number];

/**
 * Enroll a child found by name or student number among the children the user may see, Priority
 * for Services children listed first and marked (docs/rules/services.md S6.8); the
 * server refuses a child not eligible on the date, and its reason is shown as it says it.
 */
export function EnrollForm({ service }: { service: Service }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [studentId, setStudentId] = useState<string | null>(null);
  const [enrolledOn, setEnrolledOn] = useState(() => dateWithinService(service));
  const [reason, setReason] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['enrollment-candidates', service.id, q],
    queryFn: () =>
      api<{ items: ChildFound[] }>(
        'GET',
        `/api/pfs/enrollment-candidates${queryString({ serviceId: service.id, q })}`,
      ),
    enabled: q.length >= 2,
  });
  // Found children come in the order of service: Priority for Services first, marked.
  const options = (found.data?.items ?? []).map((child) => ({
    value: child.studentNumber,
    label: `${child.group === 'pfs' ? `${t('pfs.badge')} · ` : ''}${fullName(child)} · ${child.studentNumber}`,
  }));
  const enroll = useMutation({
    mutationFn: () =>
      api('POST', `/api/services/${service.id}/enrollments`, {
        studentId: studentId ?? search.trim(),
        enrolledOn,
        reason,
      }),
    onSuccess: async () => {
      setDone(options.find((o) => o.value === studentId)?.label ?? studentId ?? search.trim());
      setStudentId(null);
      setSearch('');
      await refreshService(client, service.id);
    },
  });
  const problem = enroll.error instanceof ApiError ? enroll.error : null;

  return (
    <form
      aria-labelledby="enroll-title"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        enroll.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="enroll-title">
          {t('services.enroll.title')}
        </Title>
        <Select
          label={t('services.enroll.child')}
          description={t('services.enroll.childHelp')}
          searchable
          required
          allowDeselect={false}
          searchValue={search}
          onSearchChange={setSearch}
          value={studentId}
          onChange={setStudentId}
          data={options}
          filter={({ options: all }) => all}
          nothingFoundMessage={q.length >= 2 && !found.isPending ? t('services.enroll.noChild') : undefined}
          error={problem?.problemFor('studentId')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('services.enroll.enrolledOn')}
            required
            min={service.startDate}
            max={service.endDate}
            value={enrolledOn}
            onChange={(event) => setEnrolledOn(event.currentTarget.value)}
            error={problem?.problemFor('enrolledOn')}
          />
          <Select
            label={t('services.enroll.reason')}
            required
            allowDeselect={false}
            value={reason}
            onChange={setReason}
            data={ENROLLMENT_REASONS.map((value) => ({ value, label: t(`services.reasons.${value}`) }))}
            error={problem?.problemFor('reason')}
          />
        </Group>
        {enroll.error && (
          <Alert color="red" role="alert" title={t('services.enroll.refused')}>
            {enroll.error instanceof ApiError ? enroll.error.message : String(enroll.error)}
          </Alert>
        )}
        {done && (
          <Alert color="teal" role="status">
            {t('services.enroll.done', { name: done })}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            loading={enroll.isPending}
            disabled={!reason || !(studentId ?? search.trim())}
          >
            {t('services.enroll.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
