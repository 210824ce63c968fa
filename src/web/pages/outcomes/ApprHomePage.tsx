import { Navigate } from 'react-router';
import { useSession } from '../../app/session';
import { currentPeriod } from '../../app/periods';

/** The APPR menu item: a region's staff open their own report, state roles the roll-up, of the current period. */
export function ApprHomePage() {
  const { me } = useSession();
  const period = currentPeriod();
  if (me.regionId) return <Navigate to={`/appr/${me.regionId}/${period}`} replace />;
  if (me.role === 'state_consultant') return <Navigate to={`/outcomes?period=${period}`} replace />;
  return <Navigate to={`/appr/state/${period}`} replace />;
}
