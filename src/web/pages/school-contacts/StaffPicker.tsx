import type { Static } from '@sinclair/typebox';
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import type { Role } from '../../../core/people/roles';
import type { UserListReply } from '../../../server/routes/users/users.schemas';

/** Roles that keep a school contact log. */
const LOGGING_ROLES: readonly Role[] = [
  'recruiter',
  'district_recruiter',
  'ir_manager',
  'data_specialist',
  'region_director',
];

/** For a manager: whose log to read, among the staff of their region (the server keeps it to their scope). */
export function StaffPicker({
  meId,
  value,
  onChange,
}: {
  meId: string;
  value: string;
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => api<Static<typeof UserListReply>>('GET', '/api/users'),
  });
  const staff = (users.data?.items ?? []).filter(
    (u) => u.id === meId || (u.isActive && LOGGING_ROLES.includes(u.role)),
  );
  const data = staff.map((u) => ({
    value: u.id,
    label: `${u.displayName} · ${u.positionTitle ?? t(`roles.${u.role}`)} (${u.email})`,
  }));
  if (!data.some((option) => option.value === value)) data.unshift({ value, label: t('schoolContacts.me') });
  return (
    <Select
      label={t('schoolContacts.staff')}
      searchable
      allowDeselect={false}
      data={data}
      value={value}
      onChange={(next) => onChange(next ?? meId)}
      w={{ base: '100%', sm: 360 }}
    />
  );
}
