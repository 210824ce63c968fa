import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { KeptInterview } from '../../offline/kept-interviews';
import { nameOf, type InterviewDraft } from './interview-draft';
import { keptFromServer, type ServerDraft } from './use-kept-interview';

/** What a copy of the interview holds, in a line or two, to tell two copies apart. */
function Summary({ draft, label, when }: { draft: InterviewDraft; label: string; when: string }) {
  const { t, i18n } = useTranslation();
  const people = [...draft.workers, ...draft.children].map(nameOf).filter(Boolean);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label || t('interview.keeping.noName')}
      </Text>
      <Text size="sm">{t('interview.keeping.changedAt', { when: formatDateTime(when, i18n.language) })}</Text>
      <Text size="sm">
        {t('interview.keeping.holds', {
          moves: draft.workerMoves.length,
          children: draft.children.length,
        })}
      </Text>
      {people.length > 0 && <Text size="sm">{people.join(', ')}</Text>}
    </Stack>
  );
}

/**
 * The draft was saved on another device since this one last sent it (ID3): both copies side by
 * side, and the recruiter chooses which to keep. Nothing is overwritten until they do.
 */
export function DraftConflict({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: KeptInterview;
  theirs: ServerDraft;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useTranslation();
  const other = keptFromServer(mine.userId, theirs);
  return (
    <Alert color="orange" role="alert" title={t('interview.keeping.conflictTitle')}>
      <Stack>
        <Text size="sm">{t('interview.keeping.conflict')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <section aria-label={t('interview.keeping.mine')}>
            <Text size="sm" fw={700}>
              {t('interview.keeping.mine')}
            </Text>
            <Summary draft={mine.draft} label={mine.label} when={mine.updatedAt} />
          </section>
          <section aria-label={t('interview.keeping.theirs')}>
            <Text size="sm" fw={700}>
              {t('interview.keeping.theirs')}
            </Text>
            <Summary draft={other.draft} label={other.label} when={other.updatedAt} />
          </section>
        </SimpleGrid>
        <Group>
          <Button onClick={onKeepMine}>{t('interview.keeping.keepMine')}</Button>
          <Button variant="default" onClick={onTakeTheirs}>
            {t('interview.keeping.takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
