// /problem-sets/:slug: one set's problems in order, with the reader's marks and progress.

import { getProblemSet } from '../../api/practice';
import { useSession } from '../../auth/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Link } from '../../router/router';
import { ProblemTable } from '../ProblemTable';
import { ProgressBar } from '../SetCards';
import { useLoad } from '../useLoad';
import '../practice.css';

export function ProblemSetPage({ slug }: { slug: string }) {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const set = useLoad((signal) => getProblemSet(slug, signedIn, signal), [slug, signedIn], session.status !== 'loading');
  const s = set.data;
  return (
    <div className="problem-set">
      <nav className="breadcrumbs small" aria-label="Breadcrumbs">
        <Link to="/problem-sets">Problem sets</Link> <span aria-hidden="true">/</span> <span className="muted">{s?.title ?? slug}</span>
      </nav>
      <ErrorMessage message={set.error} testId="set-error" />
      {s && (
        <>
          <div className="list-header set-header">
            <div>
              <h1 data-testid="set-title">{s.title}</h1>
              <p className="muted list-subtitle">{s.description}</p>
            </div>
            <div className="set-progress-box">
              <span className="small" data-testid="set-progress">
                {s.solved !== undefined ? `${s.solved} of ${s.items.length} solved` : `${s.items.length} problems`}
              </span>
              {s.solved !== undefined && <ProgressBar solved={s.solved} total={s.items.length} />}
              <Link to={`/problems?set=${encodeURIComponent(s.slug)}`} className="small">
                Filter the problem list by this set →
              </Link>
            </div>
          </div>
          <ProblemTable items={s.items} loading={set.loading} numberFrom={1} empty="This set has no problems you can see yet." />
        </>
      )}
      {!s && !set.error && <ProblemTable items={null} loading empty="" numberFrom={1} />}
    </div>
  );
}
