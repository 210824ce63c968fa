import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../app/api';

/**
 * A state setting read from `url` and changed with a PUT of the whole value at the version read:
 * the saved value, the draft being edited (null when nothing is changed), and the save, which
 * sends the version the draft was started from, then drops the draft and refreshes the setting
 * and the queries that depend on it (`invalidates`). When someone else saved the setting
 * meanwhile (409), the draft is dropped too and the setting read again: the error says why.
 */
export function useSettingDraft<View extends { version: number }, Value>(options: {
  queryKey: QueryKey;
  url: string;
  invalidates: readonly QueryKey[];
}) {
  const client = useQueryClient();
  const view = useQuery({ queryKey: options.queryKey, queryFn: () => api<View>('GET', options.url) });
  const [edit, setEdit] = useState<{ draft: Value; version: number } | null>(null);
  const setDraft = (draft: Value | null) =>
    setEdit((current) =>
      draft === null ? null : { draft, version: current?.version ?? view.data?.version ?? 0 },
    );
  const save = useMutation({
    mutationFn: (next: Value) =>
      api<View>('PUT', options.url, { ...next, version: edit?.version ?? view.data?.version ?? 0 }),
    onSuccess: async () => {
      setEdit(null);
      for (const queryKey of [options.queryKey, ...options.invalidates])
        await client.invalidateQueries({ queryKey });
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.status === 409)) return;
      setEdit(null);
      await client.invalidateQueries({ queryKey: options.queryKey });
    },
  });
  return { view, draft: edit?.draft ?? null, setDraft, save };
}
