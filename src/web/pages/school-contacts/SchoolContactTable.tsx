import { Anchor, Button, Group, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import {
  CONTACT_TYPES,
  OUTCOME_CODES,
  type SchoolContactEntry,
  type SchoolContactLog,
} from './school-contact-types';

/** The month's contacts, one row each, with edit and delete where the reader may change them. */
export function SchoolContactTable({
  log,
  onEdit,
  onDelete,
}: {
  log: SchoolContactLog;
  onEdit: (entry: SchoolContactEntry) => void;
  onDelete: (entry: SchoolContactEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  if (log.entries.length === 0) return <Text>{t('schoolContacts.none')}</Text>;
  const names = (entry: SchoolContactEntry) => ({
    date: formatDate(entry.contactDate, i18n.language),
    school: entry.schoolName,
  });
  return (
    <ResponsiveTable
      label={t('schoolContacts.entries')}
      minWidth={720}
      rows={log.entries}
      rowKey={(entry) => entry.id}
      columns={[
        { key: 'date', header: t('schoolContacts.date'), cell: (entry) => names(entry).date },
        {
          key: 'school',
          header: t('schoolContacts.school'),
          cell: (entry) => (
            <>
              {entry.schoolName}
              <Text size="xs" c="dimmed">
                {entry.districtName}
              </Text>
            </>
          ),
        },
        {
          key: 'type',
          header: t('schoolContacts.type'),
          cell: (entry) => t(`schoolContacts.types.${entry.contactType}`),
        },
        {
          key: 'outcomes',
          header: t('schoolContacts.outcomes'),
          cell: (entry) => (
            <List size="sm" spacing={2}>
              {entry.outcomes.map((outcome) => (
                <List.Item key={outcome.code}>
                  {t(`schoolContacts.outcomeCodes.${outcome.code}`)}
                  {outcome.detail ? ` (${outcome.detail})` : ''}
                  {outcome.code === 'obtained_referrals' && entry.referrals.length > 0 && (
                    <List size="sm" withPadding>
                      {entry.referrals.map((referral) => (
                        <List.Item key={referral.id}>
                          <Anchor component={Link} to={`/referrals/${referral.id}`}>
                            {t('schoolContacts.referredChild', {
                              name: `${referral.firstName} ${referral.lastSurname}`,
                              date: formatDate(referral.birthDate, i18n.language),
                            })}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </List.Item>
              ))}
            </List>
          ),
        },
        { key: 'notes', header: t('schoolContacts.notes'), cell: (entry) => entry.notes },
        {
          key: 'actions',
          header: t('schoolContacts.actions'),
          cell: (entry) =>
            entry.abilities.canEdit && (
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onEdit(entry)}
                  aria-label={t('schoolContacts.editEntry', names(entry))}
                >
                  {t('schoolContacts.editButton')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  onClick={() => onDelete(entry)}
                  aria-label={t('schoolContacts.deleteEntry', names(entry))}
                >
                  {t('schoolContacts.deleteButton')}
                </Button>
              </Group>
            ),
        },
      ]}
    />
  );
}

/** The month's counts by type of attempt and by outcome. */
export function SchoolContactCounts({ log }: { log: SchoolContactLog }) {
  const { t } = useTranslation();
  const countTable = (title: string, rows: Array<[string, number]>) => (
    <div>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{title}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('schoolContacts.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, count]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right">{count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {countTable(
        t('schoolContacts.countsByType'),
        CONTACT_TYPES.map((type) => [t(`schoolContacts.types.${type}`), log.countsByType[type]]),
      )}
      {countTable(
        t('schoolContacts.countsByOutcome'),
        OUTCOME_CODES.map((code) => [t(`schoolContacts.outcomeCodes.${code}`), log.countsByOutcome[code]]),
      )}
    </SimpleGrid>
  );
}
