import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { CalendarItemPanel } from './CalendarItemPanel';
import { StatusBadge } from './StatusBadge';
import { inLanguage, type CalendarItem, type RegionStaff } from './calendar-types';

/** Items as an accordion: each shows its task, due date and status, and opens to its details. */
export function CalendarItemList({
  items,
  staff,
  empty,
  showRegion = false,
}: {
  items: readonly CalendarItem[];
  staff: RegionStaff;
  empty: string;
  showRegion?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text>{empty}</Text>;
  return (
    <Accordion variant="separated" chevronPosition="left">
      {items.map((item) => (
        <Accordion.Item key={item.id} value={item.id}>
          <Accordion.Control>
            <Stack gap={4}>
              <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {inLanguage(item.task.task, i18n.language)}
              </Text>
              <Group gap="xs" wrap="wrap">
                <StatusBadge status={item.status} />
                {item.overdue && (
                  <Badge color="red.9" variant="filled">
                    {t('calendar.overdueBadge')}
                  </Badge>
                )}
                {item.task.grantApplication && (
                  <Badge color="cyan.9" variant="outline">
                    {t('calendar.grantApplication')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {formatDate(item.dueOn, i18n.language)}
                  {showRegion ? ` · ${item.regionName}` : ''}
                  {item.owner ? ` · ${item.owner.name}` : ''}
                </Text>
              </Group>
            </Stack>
          </Accordion.Control>
          <Accordion.Panel>
            <CalendarItemPanel item={item} staff={staff} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
