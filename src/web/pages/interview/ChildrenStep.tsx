import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChildMoreFacts } from './ChildMoreFacts';
import { CompletionFields } from './CompletionFields';
import {
  RELATIONS,
  SEXES,
  emptyChild,
  removeChild,
  nameOf,
  type ChildDraft,
  type InterviewDraft,
} from './interview-draft';
import { LikelyMatches } from './LikelyMatches';
import { NameFields } from './NameFields';
import type { ChangeDraft } from './use-draft';
import { onValue } from './on-value';
import { RemoveButton } from './RemoveButton';

/** Step 2 of the framework: each child — name, birth date, relation to the worker, school completion. */
export function ChildrenStep({ draft, change }: { draft: InterviewDraft; change: ChangeDraft }) {
  const { t } = useTranslation();
  const setChild = (index: number, edit: (child: ChildDraft) => void) =>
    change((d) => edit(d.children[index]!));

  return (
    <Stack>
      <Text size="sm">{t('interview.children.intro')}</Text>
      {draft.children.map((child, index) => (
        <Card
          withBorder
          key={child.id}
          role="group"
          aria-label={t('interview.children.child', { number: index + 1 })}
        >
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {nameOf(child) || t('interview.children.child', { number: index + 1 })}
              </Title>
              <RemoveButton
                label={t('interview.remove')}
                onRemove={() => change((d) => removeChild(d, child.id))}
              />
            </Group>
            <NameFields person={child} onChange={(edit) => setChild(index, edit)} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                type="date"
                required
                label={t('interview.children.birthDate')}
                value={child.birthDate}
                onChange={onValue((value) =>
                  setChild(index, (c) => {
                    c.birthDate = value;
                  }),
                )}
              />
              <NativeSelect
                label={t('interview.children.sex')}
                value={child.sex}
                onChange={onValue<ChildDraft['sex']>((value) =>
                  setChild(index, (c) => {
                    c.sex = value;
                  }),
                )}
                data={SEXES.map((value) => ({ value, label: t(`interview.children.sexes.${value}`) }))}
              />
              <TextInput
                label={t('interview.children.birthCity')}
                value={child.birthCity}
                onChange={onValue((value) =>
                  setChild(index, (c) => {
                    c.birthCity = value;
                  }),
                )}
              />
              <TextInput
                label={t('interview.children.birthCountry')}
                description={t('interview.place.countryHint')}
                value={child.birthCountry}
                onChange={onValue((value) =>
                  setChild(index, (c) => {
                    c.birthCountry = value;
                  }),
                )}
              />
              <NativeSelect
                label={t('interview.children.worker')}
                value={child.worker}
                onChange={onValue((value) =>
                  setChild(index, (c) => {
                    c.worker = value;
                  }),
                )}
                data={[
                  ...draft.workers.map((worker, workerIndex) => ({
                    value: worker.id,
                    label: nameOf(worker) || t('interview.workers.worker', { number: workerIndex + 1 }),
                  })),
                  { value: '', label: t('interview.children.noWorker') },
                ]}
              />
              {child.worker && (
                <NativeSelect
                  label={t('interview.children.relation')}
                  value={child.relation}
                  onChange={onValue<ChildDraft['relation']>((value) =>
                    setChild(index, (c) => {
                      c.relation = value;
                    }),
                  )}
                  data={RELATIONS.map((value) => ({
                    value,
                    label: t(`interview.children.relations.${value}`),
                  }))}
                />
              )}
              <CompletionFields child={child} onChange={(edit) => setChild(index, edit)} />
            </SimpleGrid>
            <ChildMoreFacts
              draft={draft}
              child={child}
              name={nameOf(child) || t('interview.children.child', { number: index + 1 })}
              onChange={(edit) => setChild(index, edit)}
              onWorkerChange={(isWorker) =>
                change((d) => {
                  d.children[index]!.isWorker = isWorker;
                  if (isWorker) return;
                  for (const move of d.workerMoves) {
                    move.movers = move.movers.filter((m) => m !== child.id);
                    delete move.work[child.id];
                  }
                })
              }
            />
            <LikelyMatches
              child={child}
              onLink={(childId, version) =>
                setChild(index, (c) => {
                  c.existingChildId = childId;
                  c.existingChildVersion = version;
                })
              }
            />
          </Stack>
        </Card>
      ))}
      <Button variant="default" onClick={() => change((d) => void d.children.push(emptyChild(d)))}>
        {t('interview.children.add')}
      </Button>
    </Stack>
  );
}
