import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RELATIONS, type ChildDraft, type InterviewDraft } from './interview-draft';
import { usePersonLabel } from './person-label';

/** The child's relation to each worker besides the main one ("not related" leaves it out). */
export function OtherWorkerRelations({
  draft,
  child,
  onChange,
}: {
  draft: InterviewDraft;
  child: ChildDraft;
  onChange: (edit: (child: ChildDraft) => void) => void;
}) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel(draft);
  const others = draft.workers.filter((worker) => worker.id !== child.worker);
  if (others.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {others.map((worker) => (
        <NativeSelect
          key={worker.id}
          label={t('interview.children.relationTo', { name: personLabel(worker.id) })}
          value={child.otherWorkers.find((other) => other.worker === worker.id)?.relation ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value as ChildDraft['relation'] | '';
            onChange((c) => {
              c.otherWorkers = c.otherWorkers.filter((other) => other.worker !== worker.id);
              if (value) c.otherWorkers.push({ worker: worker.id, relation: value });
            });
          }}
          data={[
            { value: '', label: t('interview.children.notRelated') },
            ...RELATIONS.map((value) => ({ value, label: t(`interview.children.relations.${value}`) })),
          ]}
        />
      ))}
    </SimpleGrid>
  );
}
