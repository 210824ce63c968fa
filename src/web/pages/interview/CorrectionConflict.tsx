import { useTranslation } from 'react-i18next';
import type { CoeDetail } from '../coes/coe-types';
import { draftFromInterview } from './draft-from-interview';
import type { InterviewDraft } from './interview-draft';
import { ChooseVersion, InterviewSummary } from './TwoVersions';

/**
 * The returned COE changed on the server while the recruiter corrected it (ID7.4): their
 * correction and the COE as the server has it now, side by side; the recruiter chooses.
 * Nothing is overwritten until they do.
 */
export function CorrectionConflict({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  mine: InterviewDraft;
  theirs: CoeDetail;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const server = draftFromInterview(theirs.interview, theirs.children, '');
  return (
    <ChooseVersion
      title={t('interview.correction.conflictTitle')}
      intro={t('interview.correction.conflict')}
      mine={{ label: t('interview.correction.mine'), content: <InterviewSummary draft={mine} lines={[]} /> }}
      theirs={{
        label: t('interview.correction.theirs'),
        content: (
          <InterviewSummary
            draft={server}
            lines={[
              t(`coes.statuses.${theirs.status}`),
              ...(theirs.reviewComments ? [theirs.reviewComments] : []),
            ]}
          />
        ),
      }}
      keepMine={{ label: t('interview.correction.keepMine'), onClick: onKeepMine }}
      takeTheirs={{ label: t('interview.correction.takeTheirs'), onClick: onTakeTheirs }}
      busy={busy}
    />
  );
}
