import { Button, Card, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CHILD_MOVE_KINDS,
  emptyChildMove,
  isRelatedToWorker,
  type ChildMoveDraft,
  type InterviewDraft,
} from './interview-draft';
import { FurtherLinksFields } from './FurtherLinksFields';
import { LargeDistrictFields } from './LargeDistrictFields';
import { MoreFacts } from './MoreFacts';
import { PlaceFields } from './PlaceFields';
import type { ChangeDraft } from './use-draft';
import { onValue } from './on-value';
import { WorkerLinkFields } from './WorkerLinkFields';
import { RemoveButton } from './RemoveButton';
import { PeopleChoice } from './PeopleChoice';

/** Step 3 of the framework: the move(s) the children made — with the worker, to join, or before (precede). */
export function ChildMovesStep({ draft, change }: { draft: InterviewDraft; change: ChangeDraft }) {
  const { t } = useTranslation();
  const setMove = (index: number, edit: (move: ChildMoveDraft) => void) =>
    change((d) => edit(d.childMoves[index]!));

  return (
    <Stack>
      <Text size="sm">{t('interview.childMoves.intro')}</Text>
      {draft.childMoves.map((move, index) => (
        <Card withBorder key={move.id} p="sm">
          <Fieldset legend={t('interview.childMoves.move', { number: index + 1 })} variant="unstyled">
            <Stack gap="xs">
              <PeopleChoice
                draft={draft}
                label={t('interview.childMoves.children')}
                people={draft.children.map((child) => child.id)}
                value={move.children}
                onChange={(children) =>
                  setMove(index, (m) => {
                    m.children = children;
                  })
                }
              />
              <WorkerLinkFields
                draft={draft}
                kinds={CHILD_MOVE_KINDS}
                link={move}
                onChange={(edit) => setMove(index, edit)}
              />
              {move.kind !== 'with' && move.children.length > 1 && (
                // IF1.1: the first link is for the children chosen, of those related to its worker
                <PeopleChoice
                  draft={draft}
                  label={t('interview.childMoves.linkChildren')}
                  people={move.children.filter((child) => isRelatedToWorker(draft, child, move.worker))}
                  value={move.linkChildren ?? move.children}
                  onChange={(children) =>
                    setMove(index, (m) => {
                      m.linkChildren = children;
                    })
                  }
                />
              )}
              {move.kind !== 'with' && (
                <>
                  <TextInput
                    type="date"
                    required
                    label={t('interview.childMoves.date')}
                    value={move.date}
                    onChange={onValue((value) =>
                      setMove(index, (m) => {
                        m.date = value;
                      }),
                    )}
                  />
                  <PlaceFields
                    legend={t('interview.moves.from')}
                    place={move.from}
                    onChange={(edit) => setMove(index, (m) => edit(m.from))}
                  />
                  <PlaceFields
                    legend={t('interview.moves.to')}
                    place={move.to}
                    onChange={(edit) => setMove(index, (m) => edit(m.to))}
                  />
                  {draft.otherMembers.length > 0 && (
                    <PeopleChoice
                      draft={draft}
                      label={t('interview.childMoves.others')}
                      people={draft.otherMembers.map((member) => member.id)}
                      value={move.others}
                      onChange={(others) =>
                        setMove(index, (m) => {
                          m.others = others;
                        })
                      }
                    />
                  )}
                  <Checkbox
                    label={t('interview.moves.economicNecessity')}
                    checked={move.economicNecessity}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setMove(index, (m) => {
                        m.economicNecessity = checked;
                      });
                    }}
                  />
                  <MoreFacts
                    label={t('interview.childMoves.moreFacts', { number: index + 1 })}
                    filled={move.largeDistrictFishing !== null || move.furtherLinks.length > 0}
                  >
                    <FurtherLinksFields draft={draft} move={move} onChange={(edit) => setMove(index, edit)} />
                    <LargeDistrictFields
                      facts={move.largeDistrictFishing}
                      onChange={(facts) =>
                        setMove(index, (m) => {
                          m.largeDistrictFishing = facts;
                        })
                      }
                    />
                  </MoreFacts>
                </>
              )}
              <Group justify="flex-end">
                <RemoveButton
                  label={t('interview.childMoves.remove', { number: index + 1 })}
                  onRemove={() =>
                    change((d) => {
                      d.childMoves = d.childMoves.filter((m) => m.id !== move.id);
                    })
                  }
                />
              </Group>
            </Stack>
          </Fieldset>
        </Card>
      ))}
      <Button
        variant="default"
        // "together" until the recruiter hears otherwise: no guess at a move of their own
        onClick={() => change((d) => void d.childMoves.push({ ...emptyChildMove(d), kind: 'with' }))}
      >
        {t('interview.childMoves.add')}
      </Button>
    </Stack>
  );
}
