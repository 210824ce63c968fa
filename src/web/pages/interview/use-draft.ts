import { useCallback, useState } from 'react';
import type { InterviewDraft } from './interview-draft';

/** Change the draft by editing a copy of it. */
export type ChangeDraft = (edit: (draft: InterviewDraft) => void) => void;

/** The interview draft and a way to change it, a copy at a time (React sees a new object). */
export function useDraft(initial: () => InterviewDraft): [InterviewDraft, ChangeDraft] {
  const [draft, setDraft] = useState(initial);
  const change = useCallback<ChangeDraft>(
    (edit) =>
      setDraft((current) => {
        const next = structuredClone(current);
        edit(next);
        return next;
      }),
    [],
  );
  return [draft, change];
}
