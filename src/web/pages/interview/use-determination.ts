import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DomainError } from '../../../core/common/domain-error';
import { determineEligibility } from '../../../core/eligibility/determine-eligibility';
import type { Determination } from '../../../core/eligibility/interview-schema';
import { buildInterview, isReadyToDetermine, type InterviewDraft } from './interview-draft';
import { useEligibilitySettings } from './use-eligibility-settings';

/** The determination of the draft so far, or why there is none yet. */
export interface DraftDetermination {
  data: Determination | undefined;
  /** The engine refused the facts as they stand (a field not filled in yet). */
  error: DomainError | null;
  /** The recruiter is still typing: the determination shown is of a moment ago. */
  isFetching: boolean;
}

/**
 * The engine's determination of the draft, on this device — the same domain core the server
 * runs, with the state's settings — so it works without a network; its trace in plain words
 * naming people and places, in the UI language. None before there are facts to judge.
 */
export function useDetermination(draft: InterviewDraft): DraftDetermination {
  const { i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const settings = useEligibilitySettings();
  const [settled] = useDebouncedValue(draft, 200);
  const result = useMemo(() => {
    if (!isReadyToDetermine(settled)) return { data: undefined, error: null };
    try {
      const data = determineEligibility(buildInterview(settled), { language, settings, plainWords: true });
      return { data, error: null };
    } catch (error) {
      if (error instanceof DomainError) return { data: undefined, error };
      throw error;
    }
  }, [settled, language, settings]);
  return { ...result, isFetching: settled !== draft };
}
