import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChildDraft } from './interview-draft';
import { MoreFacts } from './MoreFacts';
import { PriorMovesFields } from './PriorMovesFields';

/** The seldom-needed facts of a child: a youth who is the worker (and his or her recent history), the existing COE's QAD. */
export function ChildMoreFacts({
  child,
  name,
  onChange,
  onWorkerChange,
}: {
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
      filled={child.isWorker || child.priorQad !== ''}
    >
      <Stack gap="xs">
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
          onChange={(e) => {
            const value = e.currentTarget.value;
            onChange((c) => {
              c.priorQad = value;
            });
          }}
        />
      </Stack>
    </MoreFacts>
  );
}
