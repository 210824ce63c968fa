import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoeDetail } from '../coes/coe-types';
import { draftFromInterview } from './draft-from-interview';
import { nameOf, type InterviewDraft } from './interview-draft';

/** What a version of the COE holds, in a few lines, to tell the two apart. */
function Holds({ draft, details }: { draft: InterviewDraft; details: string[] }) {
  const { t } = useTranslation();
  const people = [...draft.workers, ...draft.children].map(nameOf).filter(Boolean);
  return (
    <Stack gap={2}>
      {details.map((line, index) => (
        <Text size="sm" key={index}>
          {line}
        </Text>
      ))}
      <Text size="sm">
        {t('interview.keeping.holds', { moves: draft.workerMoves.length, children: draft.children.length })}
      </Text>
      {people.length > 0 && <Text size="sm">{people.join(', ')}</Text>}
    </Stack>
  );
}

/**
 * The returned COE changed on the server while the recruiter corrected it (ID7.4): their
 * correction and the COE as the server has it now, side by side; the recruiter chooses.
 * Nothing is overwritten until they do.
 */
export function CorrectionConflict({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  mine: InterviewDraft;
  theirs: CoeDetail;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const server = draftFromInterview(theirs.interview, theirs.children, '');
  return (
    <Alert color="orange" role="alert" title={t('interview.correction.conflictTitle')}>
      <Stack>
        <Text size="sm">{t('interview.correction.conflict')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <section aria-label={t('interview.correction.mine')}>
            <Text size="sm" fw={700}>
              {t('interview.correction.mine')}
            </Text>
            <Holds draft={mine} details={[]} />
          </section>
          <section aria-label={t('interview.correction.theirs')}>
            <Text size="sm" fw={700}>
              {t('interview.correction.theirs')}
            </Text>
            <Holds
              draft={server}
              details={[
                t(`coes.statuses.${theirs.status}`),
                ...(theirs.reviewComments ? [theirs.reviewComments] : []),
              ]}
            />
          </section>
        </SimpleGrid>
        <Group>
          <Button onClick={onKeepMine} loading={busy}>
            {t('interview.correction.keepMine')}
          </Button>
          <Button variant="default" onClick={onTakeTheirs} disabled={busy}>
            {t('interview.correction.takeTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
