import { useTranslation } from 'react-i18next';
import { nameOf, type InterviewDraft } from './interview-draft';

/** Who someone in the draft is, as the form shows them: the name typed, or "Worker 2", "Child 1", "Family member 1". */
export function usePersonLabel(draft: InterviewDraft): (id: string) => string {
  const { t } = useTranslation();
  return (id) => {
    const workerIndex = draft.workers.findIndex((w) => w.id === id);
    if (workerIndex >= 0)
      return (
        nameOf(draft.workers[workerIndex]!) || t('interview.workers.worker', { number: workerIndex + 1 })
      );
    const childIndex = draft.children.findIndex((c) => c.id === id);
    if (childIndex >= 0)
      return nameOf(draft.children[childIndex]!) || t('interview.children.child', { number: childIndex + 1 });
    const memberIndex = draft.otherMembers.findIndex((m) => m.id === id);
    if (memberIndex >= 0)
      return (
        draft.otherMembers[memberIndex]!.name.trim() ||
        t('interview.others.member', { number: memberIndex + 1 })
      );
    return id;
  };
}

/** Everyone who can be among a worker move's movers: workers, youths who are their own workers, other members. */
export function moverIds(draft: InterviewDraft): string[] {
  return [
    ...draft.workers.map((w) => w.id),
    ...draft.children.filter((c) => c.isWorker).map((c) => c.id),
    ...draft.otherMembers.map((m) => m.id),
  ];
}

/** Whether someone can have work after a move: a worker, or a youth who is the worker. */
export function canWork(draft: InterviewDraft, id: string): boolean {
  return draft.workers.some((w) => w.id === id) || draft.children.some((c) => c.id === id && c.isWorker);
}
