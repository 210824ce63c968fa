import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import {
  CALIFORNIA_ELIGIBILITY_SETTINGS,
  type EligibilitySettings,
} from '../../../core/eligibility/eligibility-settings';
import { api } from '../../app/api';
import type { EligibilitySettingsReply } from '../../../server/routes/eligibility/eligibility.schemas';

/** The settings without the version they were read at (which only a change of them needs). */
function settingsOnly({ version: _version, ...settings }: Static<typeof EligibilitySettingsReply>) {
  return settings;
}

/** The state's eligibility settings (California's until they arrive): the form follows the state's policy, not a copy. */
export function useEligibilitySettings(): EligibilitySettings {
  const settings = useQuery({
    queryKey: ['eligibility-settings'],
    queryFn: () => api<Static<typeof EligibilitySettingsReply>>('GET', '/api/eligibility/settings'),
    select: settingsOnly,
    staleTime: 10 * 60_000,
  });
  return settings.data ?? CALIFORNIA_ELIGIBILITY_SETTINGS;
}
