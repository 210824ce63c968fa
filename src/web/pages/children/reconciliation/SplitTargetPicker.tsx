import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../../app/api';
import { formatDate, fullName } from '../../../app/format';
import { QueryState } from '../../../components/QueryState';
import type { ChildSummary } from '../child-types';

/**
 * The existing child a split moves records to (IR5.6): a search of the region's children by
 * name or student number, the child split left out, one chosen with the radio buttons.
 */
export function SplitTargetPicker({
  childId,
  regionId,
  value,
  onChange,
}: {
  childId: string;
  regionId: string;
  value: string | null;
  onChange: (target: ChildSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['children', 'split-target', regionId, q],
    queryFn: () =>
      api<{ items: ChildSummary[]; total: number }>(
        'GET',
        `/api/children${queryString({ q, regionId, limit: 10 })}`,
      ),
    enabled: q.length >= 2,
  });
  const items = found.data?.items.filter((c) => c.id !== childId) ?? [];
  return (
    <Stack gap="xs">
      <TextInput
        label={t('reconciliation.split.search')}
        description={t('reconciliation.split.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {q.length >= 2 && (
        <QueryState isPending={found.isPending} error={found.error}>
          {items.length === 0 ? (
            <Text size="sm">{t('reconciliation.split.noneFound')}</Text>
          ) : (
            <Radio.Group
              label={t('reconciliation.split.target')}
              value={value}
              onChange={(id) => onChange(items.find((c) => c.id === id)!)}
            >
              <Stack gap="xs" mt="xs">
                {items.map((c) => (
                  <Radio
                    key={c.id}
                    value={c.id}
                    label={`${fullName(c)} · ${c.studentNumber} · ${formatDate(c.birthDate, i18n.language)}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
