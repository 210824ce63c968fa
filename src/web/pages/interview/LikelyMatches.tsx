import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../app/api';
import { formatDate, fullName } from '../../app/format';
import type { LikelyMatchList } from '../children/child-types';
import type { ChildDraft } from './interview-draft';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The duplicate check as the child is entered: children Ciclo already knows who are likely
 * this one, with why, and a way to link the existing record instead of creating another.
 */
export function LikelyMatches({
  child,
  onLink,
}: {
  child: ChildDraft;
  /** Link (or unlink, with nulls) a Ciclo child, with the version read (ID9.1). */
  onLink: (childId: string | null, version: number | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const [query] = useDebouncedValue(
    {
      firstName: child.firstName.trim(),
      lastSurname: child.lastSurname.trim(),
      secondSurname: child.secondSurname.trim(),
      birthDate: child.birthDate,
    },
    400,
  );
  const ready = query.firstName !== '' && query.lastSurname !== '' && DATE.test(query.birthDate);
  const matches = useQuery({
    queryKey: ['likely-matches', query],
    queryFn: () => api<LikelyMatchList>('GET', `/api/children/likely-matches${queryString(query)}`),
    enabled: ready,
    retry: false,
  });
  const linked = matches.data?.items.find((m) => m.id === child.existingChildId);

  if (child.existingChildId) {
    return (
      <Alert color="teal" title={t('interview.matches.linkedTitle')}>
        <Text size="sm">
          {linked
            ? t('interview.matches.linked', { name: fullName(linked), number: linked.studentNumber })
            : t('interview.matches.linkedUnknown')}
        </Text>
        <Button mt="xs" size="compact-sm" variant="default" onClick={() => onLink(null, null)}>
          {t('interview.matches.unlink')}
        </Button>
      </Alert>
    );
  }
  if (!ready || !matches.data || matches.data.items.length === 0) {
    return ready && matches.data ? (
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('interview.matches.none')}
      </Text>
    ) : null;
  }
  return (
    <Alert
      color="orange"
      title={t('interview.matches.title', { count: matches.data.items.length })}
      aria-live="polite"
    >
      <Stack gap="sm">
        <Text size="sm">{t('interview.matches.intro')}</Text>
        {matches.data.items.map((match) => (
          <Stack key={match.id} gap={4}>
            <Text fw={600}>
              {fullName(match)} · {formatDate(match.birthDate, i18n.language)}
            </Text>
            <Text size="sm">
              {t('interview.matches.record', { number: match.studentNumber, region: match.regionNumber })}
            </Text>
            <List size="sm" aria-label={t('interview.matches.why')}>
              {match.reasons.map((reason) => (
                <List.Item key={reason}>
                  {t(`interview.matches.reasons.${reason}`, { defaultValue: reason })}
                </List.Item>
              ))}
            </List>
            <Group>
              <Button
                size="compact-sm"
                onClick={() => onLink(match.id, match.version)}
                aria-label={t('interview.matches.linkNamed', { name: fullName(match) })}
              >
                {t('interview.matches.link')}
              </Button>
              <Badge variant="light">{t('interview.matches.score', { score: match.score })}</Badge>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
