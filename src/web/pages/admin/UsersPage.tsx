import type { Static } from '@sinclair/typebox';
import { Badge, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { ScrollTable } from '../../components/ScrollTable';
import { QueryState } from '../../components/QueryState';
import type { UserListReply } from '../../../server/routes/users/users.schemas';

/** Users in the administrator's scope, with role and scope. (New users: `ciclo user add`.) */
export function UsersPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['users'],
    queryFn: () => api<Static<typeof UserListReply>>('GET', '/api/users'),
  });
  return (
    <Stack>
      <Title order={1}>{t('users.title')}</Title>
      <QueryState isPending={query.isPending} error={query.error}>
        <ScrollTable minWidth={480} label={t('users.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.role')}</Table.Th>
                <Table.Th scope="col">{t('users.scope')}</Table.Th>
                <Table.Th scope="col">{t('users.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data?.items.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    {user.displayName}
                    <br />
                    {user.email}
                  </Table.Td>
                  <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                  <Table.Td>
                    {user.districtName ??
                      (user.regionNumber !== null
                        ? t('common.region', { number: user.regionNumber })
                        : t('users.statewide'))}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={user.isActive ? 'ciclo' : 'gray'}>
                      {t(user.isActive ? 'users.active' : 'users.inactive')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
