import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChildDeterminationCard } from './DeterminationView';
import { nameOf, type InterviewDraft } from './interview-draft';
import type { DraftDetermination } from './use-determination';
import { problemInWords } from './problem-in-words';

/** The determination as facts are entered: a result per child, or what is still missing. */
export function DeterminationPanel({
  draft,
  determination,
}: {
  draft: InterviewDraft;
  determination: DraftDetermination;
}) {
  const { t } = useTranslation();
  const error = determination.error;
  return (
    <Stack gap="sm" component="section" aria-labelledby="determination-title">
      <Title order={2} size="h3" id="determination-title" tabIndex={-1}>
        {t('interview.result.title')}{' '}
        {determination.isFetching && (
          <Loader size="xs" role="status" aria-label={t('interview.result.updating')} />
        )}
      </Title>
      <div aria-live="polite">
        {!determination.data && !error && (
          <Text c="dimmed" size="sm">
            {t('interview.result.waiting')}
          </Text>
        )}
        {error && (
          <Alert color="yellow" title={t('interview.result.incomplete')}>
            {problemInWords(error, t)}
          </Alert>
        )}
        {determination.data && !error && (
          <Stack gap="sm">
            {determination.data.children.map((result, index) => {
              const child = draft.children.find((c) => c.id === result.child);
              return (
                <ChildDeterminationCard
                  key={result.child}
                  result={result}
                  childName={(child && nameOf(child)) || t('interview.children.child', { number: index + 1 })}
                />
              );
            })}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
