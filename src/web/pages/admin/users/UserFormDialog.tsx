import type { Static } from '@sinclair/typebox';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../core/people/roles';
import { scopeKindOf } from '../../../../core/people/user-account';
import type {
  DistrictListReply,
  RegionListReply,
} from '../../../../server/routes/organizations/organizations.schemas';
import { api, ApiError } from '../../../app/api';
import type { User } from './user-types';

interface Draft {
  email: string;
  displayName: string;
  positionTitle: string;
  role: Role;
  regionNumber: string | null;
  districtCdsCode: string | null;
  assignedRegionNumbers: string[];
  language: 'en' | 'es';
  password: string;
}

function draftOf(user: User | null): Draft {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    positionTitle: user?.positionTitle ?? '',
    role: user?.role ?? 'recruiter',
    regionNumber: user?.regionNumber != null ? String(user.regionNumber) : null,
    districtCdsCode: user?.districtCdsCode ?? null,
    assignedRegionNumbers: (user?.assignedRegionNumbers ?? []).map(String),
    language: user?.language ?? 'en',
    password: '',
  };
}

/**
 * Create an account (with a first password the user changes at the first sign-in) or change
 * one: name, position title, email, language, role and the scope the role needs (docs/rules/users.md
 * UA1; the title is what the school contact log prints, PT1).
 */
export function UserFormDialog({
  user,
  onClose,
  onSaved,
}: {
  /** The account to change; null to create one. */
  user: User | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(user));
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const kind = scopeKindOf(draft.role);
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
  });
  const districts = useQuery({
    queryKey: ['districts'],
    queryFn: () => api<Static<typeof DistrictListReply>>('GET', '/api/districts'),
    enabled: kind === 'district',
  });
  const regionOptions = (regions.data?.items ?? []).map((r) => ({
    value: String(r.number),
    label: t('users.form.regionOption', { number: r.number, name: r.name }),
  }));
  const save = useMutation({
    mutationFn: () => {
      const scope = {
        role: draft.role,
        regionNumber: draft.regionNumber === null ? null : Number(draft.regionNumber),
        districtCdsCode: draft.districtCdsCode,
        assignedRegionNumbers: draft.assignedRegionNumbers.map(Number),
      };
      const names = {
        email: draft.email,
        displayName: draft.displayName,
        positionTitle: draft.positionTitle.trim() || null,
        language: draft.language,
      };
      return user
        ? api<User>('PATCH', `/api/users/${user.id}`, { version: user.version, ...names, ...scope })
        : api('POST', '/api/users', {
            ...names,
            ...scope,
            password: draft.password,
            mustChangePassword: true,
          });
    },
    onSuccess: () => onSaved(t(user ? 'users.saved' : 'users.created', { name: draft.displayName })),
  });
  const problem = save.error instanceof ApiError ? save.error : null;

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('users.form.cancel') }}
      title={user ? t('users.form.editTitle', { name: user.displayName }) : t('users.form.createTitle')}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('fields.names.displayName')}
            required
            data-autofocus
            value={draft.displayName}
            onChange={(e) => set({ displayName: e.currentTarget.value })}
            error={problem?.problemFor('displayName')}
          />
          <TextInput
            label={t('fields.names.positionTitle')}
            description={t('users.form.positionTitleHelp')}
            maxLength={120}
            value={draft.positionTitle}
            onChange={(e) => set({ positionTitle: e.currentTarget.value })}
            error={problem?.problemFor('positionTitle')}
          />
          <TextInput
            label={t('fields.names.email')}
            type="email"
            required
            value={draft.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={problem?.problemFor('email')}
          />
          <Select
            label={t('users.role')}
            required
            allowDeselect={false}
            value={draft.role}
            onChange={(value) => value && set({ role: value as Role })}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            error={problem?.problemFor('role')}
          />
          {(kind === 'region' || kind === 'optional_region') && (
            <Select
              label={t('fields.names.regionNumber')}
              description={kind === 'optional_region' ? t('users.form.statewideIfNone') : undefined}
              required={kind === 'region'}
              allowDeselect={false}
              clearable={kind === 'optional_region'}
              searchable
              value={draft.regionNumber}
              onChange={(value) => set({ regionNumber: value })}
              data={regionOptions}
              error={problem?.problemFor('regionNumber')}
            />
          )}
          {kind === 'district' && (
            <Select
              label={t('users.form.district')}
              required
              allowDeselect={false}
              searchable
              value={draft.districtCdsCode}
              onChange={(value) => set({ districtCdsCode: value })}
              data={(districts.data?.items ?? []).map((d) => ({
                value: d.cdsCode,
                label: `${d.name} (${d.cdsCode})`,
              }))}
              error={problem?.problemFor('districtCdsCode')}
            />
          )}
          {kind === 'assigned_regions' && (
            <MultiSelect
              label={t('fields.names.assignedRegionNumbers')}
              searchable
              value={draft.assignedRegionNumbers}
              onChange={(value) => set({ assignedRegionNumbers: value })}
              data={regionOptions}
              error={problem?.problemFor('assignedRegionNumbers')}
            />
          )}
          <Select
            label={t('users.form.language')}
            allowDeselect={false}
            value={draft.language}
            onChange={(value) => value && set({ language: value as 'en' | 'es' })}
            data={[
              { value: 'en', label: 'English' },
              { value: 'es', label: 'Español' },
            ]}
          />
          {!user && (
            <PasswordInput
              label={t('users.form.firstPassword')}
              description={t('users.form.firstPasswordHelp')}
              required
              autoComplete="new-password"
              value={draft.password}
              onChange={(e) => set({ password: e.currentTarget.value })}
              error={problem?.problemFor('password')}
            />
          )}
          {save.error && (
            <Alert color="red" role="alert">
              {save.error instanceof ApiError ? save.error.message : String(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(user ? 'users.form.save' : 'users.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
