import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../../app/api';

/** A save of an improvement record (`method` `path`), refreshing the page's query on success. */
export function useSave(refreshes: QueryKey, method: 'POST' | 'PUT', path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api<{ id: string; version: number }>(method, path, body),
    onSuccess: () => client.invalidateQueries({ queryKey: refreshes }),
  });
}
