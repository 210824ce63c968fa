import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChildDraft, InterviewDraft } from './interview-draft';
import { MoreFacts } from './MoreFacts';
import { OtherWorkerRelations } from './OtherWorkerRelations';
import { PriorMovesFields } from './PriorMovesFields';
import { onValue } from './on-value';

/** The seldom-needed facts of a child: a youth who is the worker (and his or her recent history), the existing COE's QAD. */
export function ChildMoreFacts({
  draft,
  child,
  name,
  onChange,
  onWorkerChange,
}: {
  draft: InterviewDraft;
  child: ChildDraft;
  name: string;
  onChange: (edit: (child: ChildDraft) => void) => void;
  /** The youth stops (or starts) being a worker: the draft's moves follow. */
  onWorkerChange: (isWorker: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <MoreFacts
      label={t('interview.children.moreFacts', { name })}
      filled={child.isWorker || child.priorQad !== '' || child.otherWorkers.length > 0}
    >
      <Stack gap="xs">
        <OtherWorkerRelations draft={draft} child={child} onChange={onChange} />
        <Checkbox
          label={t('interview.children.isWorker')}
          description={t('interview.children.isWorkerHint')}
          checked={child.isWorker}
          onChange={(e) => onWorkerChange(e.currentTarget.checked)}
        />
        {child.isWorker && (
          <PriorMovesFields
            moves={child.priorMoves}
            onChange={(edit) => onChange((c) => edit(c.priorMoves))}
          />
        )}
        <TextInput
          type="date"
          label={t('interview.children.priorQad')}
          description={t('interview.children.priorQadHint')}
          value={child.priorQad}
          onChange={onValue((value) =>
            onChange((c) => {
              c.priorQad = value;
            }),
          )}
        />
      </Stack>
    </MoreFacts>
  );
}
