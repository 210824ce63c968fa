import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { KeptInterview } from '../../offline/kept-interviews';
import { ChooseVersion, InterviewSummary } from './TwoVersions';
import { keptFromServer, type ServerDraft } from './use-kept-interview';

/**
 * The draft was saved on another device since this one last sent it (ID3): both copies side by
 * side, and the recruiter chooses which to keep. Nothing is overwritten until they do.
 */
export function DraftConflict({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: KeptInterview;
  theirs: ServerDraft;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t, i18n } = useTranslation();
  /** A copy as its label and when it was last changed, then what it holds. */
  const summary = (copy: KeptInterview) => (
    <InterviewSummary
      draft={copy.draft}
      lines={[
        copy.label || t('interview.keeping.noName'),
        t('interview.keeping.changedAt', { when: formatDateTime(copy.updatedAt, i18n.language) }),
      ]}
    />
  );
  return (
    <ChooseVersion
      title={t('interview.keeping.conflictTitle')}
      intro={t('interview.keeping.conflict')}
      mine={{ label: t('interview.keeping.mine'), content: summary(mine) }}
      theirs={{ label: t('interview.keeping.theirs'), content: summary(keptFromServer(mine.userId, theirs)) }}
      keepMine={{ label: t('interview.keeping.keepMine'), onClick: onKeepMine }}
      takeTheirs={{ label: t('interview.keeping.takeTheirs'), onClick: onTakeTheirs }}
    />
  );
}
