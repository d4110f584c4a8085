// /problem-sets/:slug: one set's problems in order, with the reader's marks and progress; a
// premium set shows its teaser and the upgrade call to readers who are not premium.

import { viewProblemSet, type SetTeaser } from '../../api/practice';
import { useSession } from '../../auth/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { UpgradeCallout } from '../../premium/UpgradeCallout';
import { Link } from '../../router/router';
import { ProblemTable } from '../ProblemTable';
import { ProgressBar } from '../SetCards';
import { useLoad } from '../useLoad';
import '../practice.css';

export function ProblemSetPage({ slug }: { slug: string }) {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const set = useLoad((signal) => viewProblemSet(slug, signedIn, signal), [slug, signedIn], session.status !== 'loading');
  const s = set.data?.kind === 'open' ? set.data.set : null;
  const teaser = set.data?.kind === 'locked' ? set.data.teaser : null;
  return (
    <div className="problem-set">
      <nav className="breadcrumbs small" aria-label="Breadcrumbs">
        <Link to="/problem-sets">Problem sets</Link> <span aria-hidden="true">/</span> <span className="muted">{s?.title ?? teaser?.title ?? slug}</span>
      </nav>
      <ErrorMessage message={set.error} testId="set-error" />
      {teaser && <LockedSet teaser={teaser} signedIn={signedIn} />}
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
              {!s.is_premium && (
                <Link to={`/problems?set=${encodeURIComponent(s.slug)}`} className="small">
                  Filter the problem list by this set →
                </Link>
              )}
            </div>
          </div>
          <ProblemTable items={s.items} loading={set.loading} numberFrom={1} empty="This set has no problems you can see yet." />
        </>
      )}
      {!set.data && !set.error && <ProblemTable items={null} loading empty="" numberFrom={1} />}
    </div>
  );
}

function LockedSet({ teaser, signedIn }: { teaser: SetTeaser; signedIn: boolean }) {
  return (
    <div className="locked-set" data-testid="locked-set">
      <h1 data-testid="set-title">{teaser.title}</h1>
      <p className="muted list-subtitle">{teaser.description}</p>
      <p className="small" data-testid="locked-set-count">
        {teaser.problems} problems
      </p>
      <UpgradeCallout title="This problem set is for premium members." detail="Premium opens the premium sets with every problem in them, all hint tiers, editorials and company tags." testId="locked-set-cta" />
      {!signedIn && (
        <p className="muted small">
          Already premium? <Link to={`/login?next=${encodeURIComponent(`/problem-sets/${teaser.slug}`)}`}>Log in</Link> to open it.
        </p>
      )}
    </div>
  );
}
