import { Card, Checkbox, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyWork, type InterviewDraft, type WorkerMoveDraft } from './interview-draft';
import { LargeDistrictFields } from './LargeDistrictFields';
import { MoreFacts } from './MoreFacts';
import { canWork, moverIds, usePersonLabel } from './person-label';
import { PlaceFields } from './PlaceFields';
import type { ChangeDraft } from './use-draft';
import { WorkFields } from './WorkFields';
import { onValue } from './on-value';
import { RemoveButton } from './RemoveButton';
import { PeopleChoice } from './PeopleChoice';

/** One move the worker(s) reported: when, from where to where, who moved, why, and the work after it. */
export function WorkerMoveCard({
  draft,
  change,
  index,
}: {
  draft: InterviewDraft;
  change: ChangeDraft;
  index: number;
}) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel(draft);
  const move = draft.workerMoves[index]!;
  const setMove = (edit: (move: WorkerMoveDraft) => void) => change((d) => edit(d.workerMoves[index]!));
  return (
    <Card withBorder p="sm">
      <Fieldset legend={t('interview.moves.move', { number: index + 1 })} variant="unstyled">
        <Stack gap="xs">
          <TextInput
            type="date"
            required
            label={t('interview.moves.date')}
            description={t('interview.moves.dateHint')}
            value={move.date}
            onChange={onValue((value) =>
              setMove((m) => {
                m.date = value;
              }),
            )}
          />
          <PlaceFields
            legend={t('interview.moves.from')}
            place={move.from}
            onChange={(edit) => setMove((m) => edit(m.from))}
          />
          <PlaceFields
            legend={t('interview.moves.to')}
            place={move.to}
            onChange={(edit) => setMove((m) => edit(m.to))}
          />
          <PeopleChoice
            draft={draft}
            label={t('interview.moves.movers')}
            people={moverIds(draft)}
            value={move.movers}
            onChange={(movers) =>
              setMove((m) => {
                m.movers = movers;
              })
            }
          />
          <Checkbox
            label={t('interview.moves.economicNecessity')}
            checked={move.economicNecessity}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setMove((m) => {
                m.economicNecessity = checked;
              });
            }}
          />
          {move.movers
            .filter((id) => canWork(draft, id))
            .map((workerId) => (
              <WorkFields
                key={workerId}
                workerName={personLabel(workerId)}
                work={move.work[workerId] ?? emptyWork()}
                onChange={(edit) =>
                  setMove((m) => {
                    const work = m.work[workerId] ?? emptyWork();
                    edit(work);
                    m.work[workerId] = work;
                  })
                }
              />
            ))}
          <MoreFacts
            label={t('interview.moves.moreFacts', { number: index + 1 })}
            filled={move.largeDistrictFishing !== null}
          >
            <LargeDistrictFields
              facts={move.largeDistrictFishing}
              onChange={(facts) =>
                setMove((m) => {
                  m.largeDistrictFishing = facts;
                })
              }
            />
          </MoreFacts>
          <Group justify="flex-end">
            <RemoveButton
              label={t('interview.moves.remove', { number: index + 1 })}
              onRemove={() =>
                change((d) => {
                  d.workerMoves = d.workerMoves.filter((m) => m.id !== move.id);
                })
              }
            />
          </Group>
        </Stack>
      </Fieldset>
    </Card>
  );
}
