import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../app/api';

/**
 * A state setting read from `url` and changed with a PUT of the whole value: the saved value,
 * the draft being edited (null when nothing is changed), and the save, which drops the draft
 * and refreshes the setting and the queries that depend on it (`invalidates`).
 */
export function useSettingDraft<View, Value>(options: {
  queryKey: QueryKey;
  url: string;
  invalidates: readonly QueryKey[];
}) {
  const client = useQueryClient();
  const view = useQuery({ queryKey: options.queryKey, queryFn: () => api<View>('GET', options.url) });
  const [draft, setDraft] = useState<Value | null>(null);
  const save = useMutation({
    mutationFn: (next: Value) => api<View>('PUT', options.url, next),
    onSuccess: async () => {
      setDraft(null);
      for (const queryKey of [options.queryKey, ...options.invalidates])
        await client.invalidateQueries({ queryKey });
    },
  });
  return { view, draft, setDraft, save };
}
