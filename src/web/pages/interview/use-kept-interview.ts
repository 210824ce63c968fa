import { useDebouncedValue } from '@mantine/hooks';
import type { Static } from '@sinclair/typebox';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  InterviewDraftReply,
  InterviewDraftSummaryReply,
} from '../../../server/routes/interview-drafts/interview-drafts.schemas';
import { api, ApiError } from '../../app/api';
import { dropKeptInterview, keepInterview, labelOf, type KeptInterview } from '../../offline/kept-interviews';
import type { InterviewDraft } from './interview-draft';
import type { ChangeDraft } from './use-draft';

export type ServerDraft = Static<typeof InterviewDraftReply>;
type ServerDraftSummary = Static<typeof InterviewDraftSummaryReply>;

/** What the server keeps of a draft: everything the device keeps but its bookkeeping. */
export interface DraftContent {
  draft: InterviewDraft;
  step: number;
  referralId: string | null;
  coeId: string | null;
}

export function contentOf(kept: KeptInterview): DraftContent {
  return { draft: kept.draft, step: kept.step, referralId: kept.referralId, coeId: kept.coeId };
}

/** The server's copy of a draft, as this device keeps it. */
export function keptFromServer(userId: string, server: ServerDraft): KeptInterview {
  const content = server.content as unknown as DraftContent;
  return {
    id: server.id,
    userId,
    regionId: server.regionId,
    label: server.label,
    updatedAt: server.updatedAt,
    step: content.step ?? 0,
    draft: content.draft,
    referralId: content.referralId ?? null,
    coeId: content.coeId ?? null,
    serverVersion: server.version,
    unsent: false,
  };
}

/**
 * Whether the server's copy of a draft is the one to continue rather than this device's: it
 * was saved since (on another device) and this device holds no change the server lacks. The
 * home page lists, and the interview opens, the same copy.
 */
export function serverCopyIsLater(
  here: Pick<KeptInterview, 'unsent' | 'serverVersion'>,
  server: { version: number },
): boolean {
  return !here.unsent && server.version > here.serverVersion;
}

/** How far the latest change is kept (ID1). */
export type KeepingState = 'untouched' | 'saving' | 'failed' | 'on-device' | 'sent';

/** Wait this long after the last keystroke before sending the draft to the server. */
const SEND_AFTER_MS = 1500;
/** Try again this long after the server could not be reached. */
const RETRY_AFTER_MS = 5_000;

/**
 * The interview in progress (docs/rules/interview-drafts.md): every change is kept on the
 * device at once (sealed, src/web/offline) and sent to the server shortly after the recruiter
 * stops typing, whenever the network allows. When another device saved the draft meanwhile,
 * `conflict` holds the server's copy until the recruiter chooses (ID3).
 */
export function useKeptInterview(initial: KeptInterview, alreadyKept: boolean) {
  const [kept, setKept] = useState(initial);
  const [touched, setTouched] = useState(alreadyKept);
  const [writing, setWriting] = useState<'idle' | 'writing' | 'failed'>('idle');
  const [conflict, setConflict] = useState<ServerDraft | null>(null);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [retry, setRetry] = useState(0);
  const writeQueue = useRef<Promise<void>>(Promise.resolve());
  const writeCount = useRef(0);
  const sending = useRef(false);
  const discarded = useRef(false);

  const change = useCallback<ChangeDraft>((edit) => {
    setTouched(true);
    setKept((current) => {
      const draft = structuredClone(current.draft);
      edit(draft);
      return { ...current, draft, label: labelOf(draft), updatedAt: new Date().toISOString(), unsent: true };
    });
  }, []);
  const setStep = useCallback((step: number) => setKept((current) => ({ ...current, step })), []);

  // On the device, at once: each state is written in turn, the latest last.
  useEffect(() => {
    if (!touched || discarded.current) return;
    const count = ++writeCount.current;
    setWriting('writing');
    writeQueue.current = writeQueue.current
      .then(() => (discarded.current ? undefined : keepInterview(kept)))
      .then(
        () => {
          if (count === writeCount.current) setWriting('idle');
        },
        () => setWriting('failed'),
      );
  }, [kept, touched]);

  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);

  // On the server, when the recruiter pauses and the network allows. The pause only says when:
  // what goes is the copy as it is now, with the server's version last answered — a send the
  // network's return sets off mid-pause would otherwise send an older copy at an older version.
  const [settled] = useDebouncedValue(kept, SEND_AFTER_MS);
  const latest = useRef(kept);
  latest.current = kept;
  useEffect(() => {
    const snapshot = latest.current;
    if (!touched || !snapshot.unsent || !snapshot.regionId || conflict || sending.current) return;
    if (discarded.current) return;
    if (!navigator.onLine) {
      // Look again shortly rather than count on the browser's 'online' event alone.
      const timer = window.setTimeout(() => {
        setOnline(navigator.onLine);
        setRetry((n) => n + 1);
      }, RETRY_AFTER_MS);
      return () => window.clearTimeout(timer);
    }
    sending.current = true;
    api<ServerDraftSummary>('PUT', `/api/interview-drafts/${snapshot.id}`, {
      regionId: snapshot.regionId,
      version: snapshot.serverVersion,
      label: snapshot.label,
      content: contentOf(snapshot),
    })
      .then((reply) =>
        setKept((current) => ({
          ...current,
          serverVersion: reply.version,
          unsent: current.updatedAt !== snapshot.updatedAt,
        })),
      )
      .catch(async (error: unknown) => {
        if (error instanceof ApiError && error.status === 409) {
          const theirs = await api<ServerDraft>('GET', `/api/interview-drafts/${snapshot.id}`).catch(
            () => null,
          );
          if (theirs) setConflict(theirs);
          // discarded on another device: this device's copy is kept there again as a new draft
          else setKept((current) => ({ ...current, serverVersion: 0 }));
        } else {
          window.setTimeout(() => setRetry((n) => n + 1), RETRY_AFTER_MS);
        }
      })
      .finally(() => {
        sending.current = false;
      });
  }, [settled, touched, online, conflict, retry]);

  /** Keep this device's copy: the next save replaces the server's, knowingly. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    setKept((current) => ({ ...current, serverVersion: conflict.version, unsent: true }));
    setConflict(null);
  }, [conflict]);
  /** Take the server's copy in place of this device's. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setKept((current) => keptFromServer(current.userId, conflict));
    setConflict(null);
  }, [conflict]);

  /** The interview is done (its COE submitted) or thrown away: forget it here and on the server. */
  const discard = useCallback(async () => {
    discarded.current = true;
    await writeQueue.current;
    await dropKeptInterview(kept.userId, kept.id);
    if (kept.serverVersion > 0 || sending.current)
      await api('DELETE', `/api/interview-drafts/${kept.id}`).catch(() => undefined);
  }, [kept.userId, kept.id, kept.serverVersion]);

  /**
   * The interview is handed over (its COE waits on the device for the network, ID7): this page
   * keeps and sends nothing more of it; the draft stays as last kept until the COE is sent.
   */
  const stop = useCallback(async () => {
    discarded.current = true;
    await writeQueue.current;
  }, []);

  const state: KeepingState = !touched
    ? 'untouched'
    : writing === 'failed'
      ? 'failed'
      : writing === 'writing'
        ? 'saving'
        : kept.unsent && kept.regionId
          ? 'on-device'
          : 'sent';
  return { kept, touched, change, setStep, state, online, conflict, keepMine, takeTheirs, discard, stop };
}
