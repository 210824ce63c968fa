import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from './StatusBadge';
import { inLanguage, monthName, PROGRAM_YEAR_MONTHS, type CalendarGlance } from './calendar-types';

/** The actions at a glance of a program year, month by month, each with its live status (CA2.6). */
export function YearAtAGlance({ glance }: { glance: CalendarGlance }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Stack gap="md">
      {PROGRAM_YEAR_MONTHS.map((month) => {
        const rows = glance.rows.filter((row) => row.task.month === month);
        return (
          <Stack key={month} gap={6} component="section" aria-labelledby={`glance-month-${month}`}>
            <Title order={3} id={`glance-month-${month}`} tt="capitalize">
              {monthName(month, language)}
            </Title>
            <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {rows.map((row) => (
                <Group
                  key={row.task.key}
                  component="li"
                  gap="xs"
                  wrap="nowrap"
                  align="flex-start"
                  data-task={row.task.key}
                >
                  <StatusBadge status={row.status} />
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {row.task.workplacePath ? (
                      <Anchor component={Link} to={row.task.workplacePath} size="sm">
                        {inLanguage(row.task.task, language)}
                      </Anchor>
                    ) : (
                      inLanguage(row.task.task, language)
                    )}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Stack>
        );
      })}
      <Text size="xs" c="dimmed">
        {t('calendar.glanceNote')}
      </Text>
    </Stack>
  );
}
