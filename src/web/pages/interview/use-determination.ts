import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Determination } from '../../../core/eligibility/interview-schema';
import { api } from '../../app/api';
import { buildInterview, isReadyToDetermine, type InterviewDraft } from './interview-draft';

/** The engine's determination of the draft, asked again shortly after the recruiter stops typing, in the UI language. */
export function useDetermination(draft: InterviewDraft) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const interviewJson = useMemo(
    () => (isReadyToDetermine(draft) ? JSON.stringify(buildInterview(draft)) : ''),
    [draft],
  );
  const [debounced] = useDebouncedValue(interviewJson, 400);
  return useQuery({
    queryKey: ['determine', language, debounced],
    queryFn: () =>
      api<Determination>(
        'POST',
        `/api/eligibility/determine?language=${language}`,
        JSON.parse(debounced) as unknown,
      ),
    enabled: debounced !== '',
    placeholderData: keepPreviousData,
    retry: false,
  });
}
