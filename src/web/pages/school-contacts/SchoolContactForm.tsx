import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { Static } from '@sinclair/typebox';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, queryString } from '../../app/api';
import type { SchoolListReply } from '../../../server/routes/organizations/organizations.schemas';
import { ReferredChildren } from './ReferredChildren';
import {
  CONTACT_TYPES,
  detailKindOf,
  OUTCOME_CODES,
  type ReferredChildDraft,
  type SchoolContactDraft,
  type SchoolContactEntry,
} from './school-contact-types';

/** A referred child as the API takes it: empty optional fields are left out. */
function referralOf(child: ReferredChildDraft) {
  const optional = (value: string) => (value.trim() === '' ? null : value);
  return {
    firstName: child.firstName,
    lastSurname: child.lastSurname,
    birthDate: child.birthDate,
    grade: optional(child.grade),
    guardianName: optional(child.guardianName),
    phone: optional(child.phone),
  };
}

/** Add a contact, or edit one: date, school of the region, type, outcomes with their details, notes. */
export function SchoolContactForm({
  regionId,
  initial,
  editing,
  onDone,
  onChangedMeanwhile,
}: {
  regionId: string;
  initial: SchoolContactDraft;
  editing: SchoolContactEntry | null;
  onDone: (message: string) => void;
  /** The entry edited was changed by someone else since it was shown (409): nothing was saved. */
  onChangedMeanwhile: (entryId: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const dateInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Editing starts at the form: focus its first field, for keyboard and screen-reader users.
    if (editing) dateInput.current?.focus();
  }, [editing]);
  const schools = useQuery({
    queryKey: ['schools', regionId],
    queryFn: () => api<Static<typeof SchoolListReply>>('GET', `/api/schools${queryString({ regionId })}`),
  });
  const schoolOptions = (schools.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  if (editing && !schoolOptions.some((o) => o.value === editing.schoolId))
    schoolOptions.push({ value: editing.schoolId, label: editing.schoolName });

  const save = useMutation({
    mutationFn: () => {
      const body = {
        contactDate: draft.contactDate,
        schoolId: draft.schoolId ?? '',
        contactType: draft.contactType,
        outcomes: OUTCOME_CODES.filter((code) => code in draft.outcomes).map((code) => ({
          code,
          detail: detailKindOf(code) ? (draft.outcomes[code] ?? '') : null,
        })),
        notes: draft.notes.trim() === '' ? null : draft.notes,
        ...('obtained_referrals' in draft.outcomes && draft.referrals.length > 0
          ? { referrals: draft.referrals.map(referralOf) }
          : {}),
      };
      return editing
        ? api('PUT', `/api/school-contacts/${editing.id}`, { ...body, version: editing.version })
        : api('POST', '/api/school-contacts', body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['school-contacts'] });
      await queryClient.invalidateQueries({ queryKey: ['referrals'] });
      onDone(t('schoolContacts.saved'));
    },
    onError: (error) => {
      if (editing && error instanceof ApiError && error.status === 409) onChangedMeanwhile(editing.id);
    },
  });
  const problem = (field: string) =>
    save.error instanceof ApiError ? save.error.problemFor(field) : undefined;
  const outcomeIndex = (code: string) =>
    OUTCOME_CODES.filter((c) => c in draft.outcomes).indexOf(code as never);
  const namedProblem =
    ['contactDate', 'schoolId', 'contactType', 'outcomes', 'notes'].some((f) => problem(f)) ||
    (save.error instanceof ApiError &&
      save.error.problems.some((p) => /^(outcomes\[|referrals)/.test(p.field)));
  const toggle = (code: (typeof OUTCOME_CODES)[number], checked: boolean) => {
    const outcomes = { ...draft.outcomes };
    if (checked) outcomes[code] = outcomes[code] ?? '';
    else delete outcomes[code];
    setDraft({ ...draft, outcomes });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = editing ? t('schoolContacts.edit') : t('schoolContacts.add');

  return (
    <form onSubmit={submit} aria-label={title}>
      <Stack>
        <Title order={2}>{title}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            ref={dateInput}
            type="date"
            label={t('schoolContacts.date')}
            required
            value={draft.contactDate}
            onChange={(e) => setDraft({ ...draft, contactDate: e.currentTarget.value })}
            error={problem('contactDate')}
          />
          <Select
            label={t('schoolContacts.school')}
            placeholder={t('schoolContacts.schoolPlaceholder')}
            required
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('schoolContacts.noSchools')}
            data={schoolOptions}
            value={draft.schoolId}
            onChange={(schoolId) => setDraft({ ...draft, schoolId })}
            error={problem('schoolId')}
            limit={50}
          />
          <Select
            label={t('schoolContacts.type')}
            required
            allowDeselect={false}
            data={CONTACT_TYPES.map((type) => ({ value: type, label: t(`schoolContacts.types.${type}`) }))}
            value={draft.contactType}
            onChange={(type) =>
              setDraft({
                ...draft,
                contactType: (type as SchoolContactDraft['contactType'] | null) ?? 'drop_in',
              })
            }
            error={problem('contactType')}
          />
        </SimpleGrid>
        <Fieldset legend={t('schoolContacts.outcomes')}>
          <Stack gap="xs">
            {problem('outcomes') && (
              <Alert color="red" role="alert" p="xs">
                {problem('outcomes')}
              </Alert>
            )}
            {OUTCOME_CODES.map((code) => {
              const kind = detailKindOf(code);
              const checked = code in draft.outcomes;
              return (
                <Stack key={code} gap={4}>
                  <Checkbox
                    label={t(`schoolContacts.outcomeCodes.${code}`)}
                    checked={checked}
                    onChange={(e) => toggle(code, e.currentTarget.checked)}
                  />
                  {checked && kind && (
                    <TextInput
                      ml="xl"
                      label={t(`schoolContacts.details.${kind}`)}
                      required
                      value={draft.outcomes[code] ?? ''}
                      onChange={(e) =>
                        setDraft({ ...draft, outcomes: { ...draft.outcomes, [code]: e.currentTarget.value } })
                      }
                      error={problem(`outcomes[${outcomeIndex(code)}].detail`)}
                    />
                  )}
                  {checked && code === 'obtained_referrals' && (
                    <ReferredChildren
                      children={draft.referrals}
                      added={editing?.referrals ?? []}
                      problem={problem}
                      onChange={(referrals) => setDraft({ ...draft, referrals })}
                    />
                  )}
                </Stack>
              );
            })}
          </Stack>
        </Fieldset>
        <Textarea
          label={t('schoolContacts.notes')}
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
          error={problem('notes')}
        />
        {save.error && !namedProblem && (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('schoolContacts.save')}
          </Button>
          {editing && (
            <Button variant="default" onClick={() => onDone('')}>
              {t('schoolContacts.cancelEdit')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
