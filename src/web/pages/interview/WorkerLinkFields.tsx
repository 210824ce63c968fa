import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { ChildMoveDraft, InterviewDraft } from './interview-draft';
import { onValue } from './on-value';
import { usePersonLabel } from './person-label';

interface WorkerLink {
  kind: ChildMoveDraft['kind'];
  worker: string;
  workerMove: string;
}

/** How the children moved — with, to join or ahead of a worker — which worker, and which of that worker's moves. */
export function WorkerLinkFields<Link extends WorkerLink>({
  draft,
  kinds,
  link,
  onChange,
}: {
  draft: InterviewDraft;
  kinds: readonly Link['kind'][];
  link: Link;
  onChange: (edit: (link: Link) => void) => void;
}) {
  const { kind, worker, workerMove } = link;
  const { t, i18n } = useTranslation();
  const personLabel = usePersonLabel(draft);
  const moveLabel = (index: number) => {
    const move = draft.workerMoves[index]!;
    return t('interview.childMoves.workerMoveOption', {
      number: index + 1,
      date: formatDate(move.date, i18n.language),
      to: move.to.city || move.to.residence || '…',
    });
  };
  return (
    <>
      <NativeSelect
        label={t('interview.childMoves.kind')}
        value={kind}
        onChange={onValue<Link['kind']>((value) =>
          onChange((l) => {
            l.kind = value;
          }),
        )}
        data={kinds.map((value) => ({ value, label: t(`interview.childMoves.kinds.${value}`) }))}
      />
      <NativeSelect
        label={t('interview.childMoves.worker')}
        value={worker}
        onChange={onValue((value) =>
          onChange((l) => {
            l.worker = value;
          }),
        )}
        data={draft.workers.map((w) => ({ value: w.id, label: personLabel(w.id) }))}
      />
      <NativeSelect
        label={t(`interview.childMoves.workerMove.${kind}`)}
        value={workerMove}
        onChange={onValue((value) =>
          onChange((l) => {
            l.workerMove = value;
          }),
        )}
        data={[
          { value: '', label: t('interview.childMoves.chooseMove') },
          ...draft.workerMoves.flatMap((m, index) =>
            m.movers.includes(worker) || m.id === workerMove
              ? [{ value: m.id, label: moveLabel(index) }]
              : [],
          ),
        ]}
      />
    </>
  );
}
