// /problem-sets: every curated set with the reader's progress.

import { listProblemSets } from '../../api/practice';
import { useSession } from '../../auth/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SetCards } from '../SetCards';
import { useLoad } from '../useLoad';
import '../practice.css';

export function ProblemSetsPage() {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const sets = useLoad((signal) => listProblemSets(signedIn, signal), [signedIn], session.status !== 'loading');
  return (
    <div className="problem-sets">
      <div className="list-header">
        <div>
          <h1>Problem sets</h1>
          <p className="muted list-subtitle">Curated paths through the catalogue, one pattern at a time.</p>
        </div>
      </div>
      <ErrorMessage message={sets.error} testId="sets-error" />
      {sets.loading && !sets.data && <p className="muted">Loading the sets…</p>}
      {sets.data && sets.data.length === 0 && <p className="muted">No problem sets yet.</p>}
      {sets.data && <SetCards sets={sets.data} />}
    </div>
  );
}
