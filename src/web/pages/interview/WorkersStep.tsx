import { Button, Card, Checkbox, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyWork, emptyWorker, emptyWorkerMove, nameOf, type InterviewDraft } from './interview-draft';
import { NameFields } from './NameFields';
import { PlaceFields } from './PlaceFields';
import { WorkFields } from './WorkFields';
import type { ChangeDraft } from './use-draft';

/** Step 1 of the framework: establish the worker(s) — who they are, each move, the work after it. */
export function WorkersStep({ draft, change }: { draft: InterviewDraft; change: ChangeDraft }) {
  const { t } = useTranslation();
  const workerName = (id: string, index: number) =>
    nameOf(
      draft.workers.find((w) => w.id === id) ?? {
        firstName: '',
        middleName: '',
        lastSurname: '',
        secondSurname: '',
      },
    ) || t('interview.workers.worker', { number: index + 1 });

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
            {draft.workers.length > 1 && (
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() =>
                  change((d) => {
                    d.workers = d.workers.filter((w) => w.id !== worker.id);
                    for (const move of d.workerMoves)
                      move.movers = move.movers.filter((m) => m !== worker.id);
                  })
                }
              >
                {t('interview.remove')}
              </Button>
            )}
          </Group>
          <NameFields person={worker} onChange={(edit) => change((d) => edit(d.workers[index]!))} />
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
        <Card withBorder key={move.id} p="sm">
          <Fieldset legend={t('interview.moves.move', { number: index + 1 })} variant="unstyled">
            <Stack gap="xs">
              <TextInput
                type="date"
                required
                label={t('interview.moves.date')}
                description={t('interview.moves.dateHint')}
                value={move.date}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  change((d) => {
                    d.workerMoves[index]!.date = value;
                  });
                }}
              />
              <PlaceFields
                legend={t('interview.moves.from')}
                place={move.from}
                onChange={(edit) => change((d) => edit(d.workerMoves[index]!.from))}
              />
              <PlaceFields
                legend={t('interview.moves.to')}
                place={move.to}
                onChange={(edit) => change((d) => edit(d.workerMoves[index]!.to))}
              />
              <Checkbox.Group
                label={t('interview.moves.movers')}
                value={move.movers}
                onChange={(movers) =>
                  change((d) => {
                    d.workerMoves[index]!.movers = movers;
                  })
                }
              >
                <Group gap="md" mt={4}>
                  {draft.workers.map((worker, workerIndex) => (
                    <Checkbox key={worker.id} value={worker.id} label={workerName(worker.id, workerIndex)} />
                  ))}
                </Group>
              </Checkbox.Group>
              <Checkbox
                label={t('interview.moves.economicNecessity')}
                checked={move.economicNecessity}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  change((d) => {
                    d.workerMoves[index]!.economicNecessity = checked;
                  });
                }}
              />
              {move.movers.map((workerId) => {
                const workerIndex = draft.workers.findIndex((w) => w.id === workerId);
                return (
                  <WorkFields
                    key={workerId}
                    workerName={workerName(workerId, workerIndex)}
                    work={move.work[workerId] ?? emptyWork()}
                    onChange={(edit) =>
                      change((d) => {
                        const target = d.workerMoves[index]!;
                        const work = target.work[workerId] ?? emptyWork();
                        edit(work);
                        target.work[workerId] = work;
                      })
                    }
                  />
                );
              })}
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() =>
                    change((d) => {
                      d.workerMoves = d.workerMoves.filter((m) => m.id !== move.id);
                    })
                  }
                >
                  {t('interview.moves.remove', { number: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        </Card>
      ))}
      <Button variant="default" onClick={() => change((d) => void d.workerMoves.push(emptyWorkerMove(d)))}>
        {t('interview.moves.add')}
      </Button>
    </Stack>
  );
}
