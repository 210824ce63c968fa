import { Alert, Badge, Button, Group, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../app/api';
import { useSession } from '../../../app/session';
import { ScrollTable } from '../../../components/ScrollTable';
import { QueryState } from '../../../components/QueryState';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserFormDialog } from './UserFormDialog';
import type { User, UserList } from './user-types';

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/**
 * Users in the administrator's scope, with role and scope (a consultant's assigned regions);
 * a state administrator adds, edits, deactivates and reactivates accounts and resets passwords.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const query = useQuery({
    queryKey: ['users'],
    queryFn: () => api<UserList>('GET', '/api/users'),
  });
  const handleSaved = (message: string) => {
    setDialog(null);
    setNotice(message);
    void client.invalidateQueries({ queryKey: ['users'] });
  };
  const setActive = useMutation({
    mutationFn: (user: User) =>
      api<User>('PATCH', `/api/users/${user.id}`, { version: user.version, isActive: !user.isActive }),
    onSuccess: (user) =>
      handleSaved(t(user.isActive ? 'users.reactivated' : 'users.deactivated', { name: user.displayName })),
  });
  const scopeOf = (user: User) => {
    if (user.districtName) return user.districtName;
    if (user.regionNumber !== null) return t('common.region', { number: user.regionNumber });
    if (user.role === 'state_consultant')
      return user.assignedRegionNumbers.length > 0
        ? t('users.assignedRegions', { numbers: user.assignedRegionNumbers.join(', ') })
        : t('users.noRegionsAssigned');
    return t('users.statewide');
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        {can('user.manage') && (
          <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.add')}</Button>
        )}
      </Group>
      <div aria-live="polite">
        {notice && (
          <Alert
            color="ciclo"
            withCloseButton
            closeButtonLabel={t('users.dismiss')}
            onClose={() => setNotice('')}
          >
            {notice}
          </Alert>
        )}
      </div>
      {setActive.error && (
        <Alert color="red" role="alert">
          {setActive.error instanceof ApiError ? setActive.error.message : String(setActive.error)}
        </Alert>
      )}
      <QueryState isPending={query.isPending} error={query.error}>
        <ScrollTable minWidth={560} label={t('users.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('users.scope')}</Table.Th>
                <Table.Th scope="col">{t('users.status')}</Table.Th>
                <Table.Th scope="col">{t('users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    {user.displayName}
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`roles.${user.role}`)}
                    {user.positionTitle && (
                      <Text size="xs" c="dimmed">
                        {user.positionTitle}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{scopeOf(user)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={user.isActive ? 'ciclo' : 'gray'}>
                        {t(user.isActive ? 'users.active' : 'users.inactive')}
                      </Badge>
                      {user.mustChangePassword && (
                        <Badge color="yellow" variant="light">
                          {t('users.mustChangePassword')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {user.abilities.manage && (
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button
                            variant="default"
                            size="xs"
                            aria-label={t('users.actionsFor', { name: user.displayName })}
                          >
                            {t('users.actions')}
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setDialog({ kind: 'edit', user })}>
                            {t('users.edit')}
                          </Menu.Item>
                          <Menu.Item onClick={() => setDialog({ kind: 'reset', user })}>
                            {t('users.resetPassword')}
                          </Menu.Item>
                          <Menu.Item onClick={() => setActive.mutate(user)}>
                            {t(user.isActive ? 'users.deactivate' : 'users.reactivate')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      {dialog?.kind === 'create' && (
        <UserFormDialog user={null} onClose={() => setDialog(null)} onSaved={handleSaved} />
      )}
      {dialog?.kind === 'edit' && (
        <UserFormDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={handleSaved} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={handleSaved} />
      )}
    </Stack>
  );
}
