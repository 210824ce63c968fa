import { Alert, Button, Group, List, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../app/api';
import { formatDate } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import type { ChildCountAnswer, CountsScope } from './child-count-types';

/** S5.6: one student number, one step: whether and why the child counts in each category. */
export function ChildCountLookup({ scope }: { scope: CountsScope }) {
  const { t, i18n } = useTranslation();
  const [studentId, setStudentId] = useState('');
  const lookup = useMutation({
    mutationFn: (id: string) =>
      api<ChildCountAnswer>('GET', `/api/child-counts/explain${queryString({ ...scope, studentId: id })}`),
  });
  const date = (day: string) => formatDate(day, i18n.language);
  const answer = lookup.data;
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('childCounts.lookup.title')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (studentId.trim()) lookup.mutate(studentId.trim());
        }}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('childCounts.lookup.student')}
            value={studentId}
            onChange={(event) => setStudentId(event.currentTarget.value)}
            maxLength={64}
            w={{ base: '100%', sm: 260 }}
          />
          <Button type="submit" loading={lookup.isPending}>
            {t('childCounts.lookup.check')}
          </Button>
        </Group>
      </form>
      {lookup.error && <ErrorAlert error={lookup.error} />}
      {answer && (
        <Alert color={answer.category1.counts ? 'green' : 'gray'} title={answer.studentId} aria-live="polite">
          <List size="sm">
            <List.Item>
              {answer.category1.counts
                ? t('childCounts.lookup.category1Yes', {
                    day: date(answer.category1.day),
                    from: date(answer.category1.span.from),
                    to: date(answer.category1.span.to),
                  })
                : t(`childCounts.lookup.why.${answer.category1.why}`)}
            </List.Item>
            <List.Item>
              {answer.category2.counts
                ? t('childCounts.lookup.category2Yes', {
                    day: date(answer.category2.day),
                    service: answer.category2.serviceId,
                  })
                : t(`childCounts.lookup.why.${answer.category2.why}`)}
            </List.Item>
            {answer.group && (
              <List.Item>
                {t('childCounts.lookup.group', { group: t(`childCounts.groups.${answer.group}`) })}
              </List.Item>
            )}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
