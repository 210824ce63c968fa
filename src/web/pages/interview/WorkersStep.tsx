import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyWorker, emptyWorkerMove, removeWorker, type InterviewDraft } from './interview-draft';
import { MoreFacts } from './MoreFacts';
import { NameFields } from './NameFields';
import { usePersonLabel } from './person-label';
import { PriorMovesFields } from './PriorMovesFields';
import type { ChangeDraft } from './use-draft';
import { WorkerMoveCard } from './WorkerMoveCard';
import { RemoveButton } from './RemoveButton';

/** Step 1 of the framework: establish the worker(s) — who they are, each move, the work after it. */
export function WorkersStep({ draft, change }: { draft: InterviewDraft; change: ChangeDraft }) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel(draft);

  return (
    <Stack>
      <Text size="sm">{t('interview.workers.intro')}</Text>
      {draft.workers.map((worker, index) => (
        <Card
          withBorder
          key={worker.id}
          role="group"
          aria-label={t('interview.workers.worker', { number: index + 1 })}
        >
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              {t('interview.workers.worker', { number: index + 1 })}
            </Title>
            {/* Always removable: a youth who is his or her own worker may be the only worker. */}
            <RemoveButton
              label={t('interview.remove')}
              onRemove={() => change((d) => removeWorker(d, worker.id))}
            />
          </Group>
          <Stack gap="xs">
            <NameFields person={worker} onChange={(edit) => change((d) => edit(d.workers[index]!))} />
            <MoreFacts
              label={t('interview.workers.moreFacts', { name: personLabel(worker.id) })}
              filled={worker.priorMoves.length > 0}
            >
              <PriorMovesFields
                moves={worker.priorMoves}
                onChange={(edit) => change((d) => edit(d.workers[index]!.priorMoves))}
              />
            </MoreFacts>
          </Stack>
        </Card>
      ))}
      <Button variant="default" onClick={() => change((d) => void d.workers.push(emptyWorker(d)))}>
        {t('interview.workers.add')}
      </Button>

      <Title order={3} size="h4">
        {t('interview.moves.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('interview.moves.intro')}
      </Text>
      {draft.workerMoves.map((move, index) => (
        <WorkerMoveCard key={move.id} draft={draft} change={change} index={index} />
      ))}
      <Button variant="default" onClick={() => change((d) => void d.workerMoves.push(emptyWorkerMove(d)))}>
        {t('interview.moves.add')}
      </Button>
    </Stack>
  );
}
