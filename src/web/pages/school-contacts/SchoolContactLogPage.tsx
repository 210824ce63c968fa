import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, ApiError, queryString } from '../../app/api';
import { formatDate } from '../../app/format';
import { useSession } from '../../app/session';
import { todayInState } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { SchoolContactForm } from './SchoolContactForm';
import { SchoolContactCounts, SchoolContactTable } from './SchoolContactTable';
import { StaffPicker } from './StaffPicker';
import { draftOf, emptyDraft, type SchoolContactEntry, type SchoolContactLog } from './school-contact-types';

/** The IDR School Contact Log: a staff member's month of contacts with schools, its counts, and the form to add one. */
export function SchoolContactLogPage() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const today = todayInState();
  const month = params.get('month') ?? today.slice(0, 7);
  const userId = params.get('userId') ?? undefined;
  const [editing, setEditing] = useState<SchoolContactEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [confirming, setConfirming] = useState<SchoolContactEntry | null>(null);
  const [message, setMessage] = useState('');
  /** Why the last edit or deletion was refused: someone else changed the entry meanwhile (409). */
  const [changedMeanwhile, setChangedMeanwhile] = useState('');

  const log = useQuery({
    queryKey: ['school-contacts', month, userId],
    queryFn: () => api<SchoolContactLog>('GET', `/api/school-contacts/log${queryString({ month, userId })}`),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (entry: SchoolContactEntry) =>
      api('DELETE', `/api/school-contacts/${entry.id}${queryString({ version: entry.version })}`),
    onSuccess: async () => {
      setConfirming(null);
      setChangedMeanwhile('');
      setMessage(t('schoolContacts.deleted'));
      await queryClient.invalidateQueries({ queryKey: ['school-contacts'] });
    },
    // Changed by someone else meanwhile: nothing was deleted; the log is read again and says so.
    onError: async (error) => {
      if (!(error instanceof ApiError && error.status === 409)) return;
      setConfirming(null);
      setMessage('');
      setChangedMeanwhile(t('schoolContacts.changedBeforeDelete'));
      await queryClient.invalidateQueries({ queryKey: ['school-contacts'] });
    },
  });
  const setParam = (name: 'month' | 'userId', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const setMonth = (value: string) => setParam('month', /^\d{4}-\d{2}$/.test(value) ? value : null);
  const setStaff = (staffId: string) => {
    setEditing(null);
    setParam('userId', staffId === me.id ? null : staffId);
  };
  const exportUrl = (format: 'csv' | 'pdf') =>
    `/api/school-contacts/log/export${queryString({ month, userId, format, language: i18n.language })}`;
  const finishForm = (done: string) => {
    setEditing(null);
    setFormKey((key) => key + 1);
    setMessage(done);
    setChangedMeanwhile('');
  };
  const startEdit = (entry: SchoolContactEntry) => {
    setEditing(entry);
    setFormKey((key) => key + 1);
    setMessage('');
    setChangedMeanwhile('');
  };
  const confirmDelete = (entry: SchoolContactEntry) => {
    remove.reset();
    setConfirming(entry);
  };
  /** An edit refused because someone else changed the entry: read it again and start from what is saved. */
  const editChangedMeanwhile = async (entryId: string) => {
    const fresh = (await log.refetch()).data?.entries.find((entry) => entry.id === entryId) ?? null;
    setEditing(fresh);
    setFormKey((key) => key + 1);
    setMessage('');
    setChangedMeanwhile(t(fresh ? 'schoolContacts.changedMeanwhile' : 'schoolContacts.goneMeanwhile'));
  };
  const data = log.data;
  const isOwnLog = !userId || userId === me.id;
  /** Schools offered in the form: the user's region, or (for the state) the region of the entry being edited. */
  const formRegionId = me.regionId ?? editing?.regionId ?? null;

  return (
    <Stack>
      <Title order={1}>{t('schoolContacts.title')}</Title>
      <Text c="dimmed">{t('schoolContacts.intro')}</Text>
      <Group align="end" wrap="wrap">
        <TextInput
          type="month"
          label={t('schoolContacts.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          w={200}
        />
        {can('school_contact.manage') && can('user.read') && (
          <StaffPicker meId={me.id} value={userId ?? me.id} onChange={setStaff} />
        )}
        <Group gap="xs" aria-label={t('schoolContacts.export')} role="group">
          <Button
            component="a"
            href={exportUrl('pdf')}
            target="_blank"
            rel="noopener"
            variant="default"
            size="sm"
          >
            {t('schoolContacts.print')}
          </Button>
          <Button component="a" href={exportUrl('csv')} variant="default" size="sm" download>
            CSV
          </Button>
        </Group>
      </Group>
      {message && (
        <Alert role="status" color="ciclo">
          {message}
        </Alert>
      )}
      {changedMeanwhile && (
        <Alert role="alert" color="yellow">
          {changedMeanwhile}
        </Alert>
      )}
      {(isOwnLog || editing) &&
        (formRegionId ? (
          <SchoolContactForm
            key={formKey}
            regionId={formRegionId}
            initial={editing ? draftOf(editing) : emptyDraft(today)}
            editing={editing}
            onDone={finishForm}
            onChangedMeanwhile={(entryId) => void editChangedMeanwhile(entryId)}
          />
        ) : (
          <Text>{t('schoolContacts.noRegion')}</Text>
        ))}
      <QueryState isPending={log.isPending} error={log.error}>
        {data && (
          <Stack>
            <Title order={2}>{t('schoolContacts.entries')}</Title>
            <Text>
              {t('schoolContacts.staffLine', {
                name: data.staff.displayName,
                // PT1.2: the person's position title, the role's name only when none was entered
                position: data.staff.positionTitle ?? t(`roles.${data.staff.role}`),
              })}
            </Text>
            <Text fw={600} aria-live="polite">
              {t('schoolContacts.total', { count: data.total, schools: data.schoolCount })}
            </Text>
            <SchoolContactTable log={data} onEdit={startEdit} onDelete={confirmDelete} />
            <SchoolContactCounts log={data} />
          </Stack>
        )}
      </QueryState>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('schoolContacts.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('schoolContacts.keep') }}
      >
        {confirming && (
          <Stack>
            <Text>
              {t('schoolContacts.confirmText', {
                date: formatDate(confirming.contactDate, i18n.language),
                school: confirming.schoolName,
              })}
            </Text>
            {remove.error && <ErrorAlert error={remove.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('schoolContacts.keep')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(confirming)}>
                {t('schoolContacts.confirmDelete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
