import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Enrollments, Service } from './service-types';

/** A service as its pages read it (everything read about one service is keyed under `['service', id]`). */
export function useService(serviceId: string, enabled = true) {
  return useQuery({
    queryKey: ['service', serviceId],
    queryFn: () => api<Service>('GET', `/api/services/${serviceId}`),
    enabled,
  });
}

/** The children enrolled in a service, with their hours and scores. */
export function useServiceEnrollments(serviceId: string) {
  return useQuery({
    queryKey: ['service', serviceId, 'enrollments'],
    queryFn: () => api<Enrollments>('GET', `/api/services/${serviceId}/enrollments`),
  });
}

/** After an enrollment, attendance or a test changed: the service's figures and its children are read again. */
export function refreshService(client: QueryClient, serviceId: string): Promise<void> {
  return client.invalidateQueries({ queryKey: ['service', serviceId] });
}
