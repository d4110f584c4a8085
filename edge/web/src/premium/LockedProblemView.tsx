// A premium problem seen by someone who is not premium: its title, difficulty, tags and the
// statement's first paragraph (the teaser the server sends), and the upgrade call to action.

import type { ProblemTeaser } from '../api/premium';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { Markdown } from '../components/Markdown';
import { Link } from '../router/router';
import { PremiumLock } from './PremiumLock';
import { UpgradeCallout } from './UpgradeCallout';
import './premium.css';

export function LockedProblemView({ teaser, signedIn }: { teaser: ProblemTeaser; signedIn: boolean }) {
  return (
    <div className="locked-problem" data-testid="locked-problem">
      <article className="statement card">
        <h1 data-testid="problem-title">
          <PremiumLock /> {teaser.title}
        </h1>
        <div className="statement-meta">
          <DifficultyBadge difficulty={teaser.difficulty} />
          <span className="badge badge-premium">Premium</span>
          {teaser.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
        </div>
        <div className="teaser-excerpt">
          <Markdown source={teaser.excerpt} testId="teaser-excerpt" />
        </div>
        <div className="teaser-fade" aria-hidden="true" />
        <UpgradeCallout
          title="This problem is for premium members."
          detail="Premium opens every premium problem with its tests, all hint tiers, editorials and company tags."
          testId="locked-problem-cta"
        />
        {!signedIn && (
          <p className="muted small">
            Already premium? <Link to={`/login?next=${encodeURIComponent(`/problems/${teaser.slug}`)}`}>Log in</Link> to open it.
          </p>
        )}
      </article>
    </div>
  );
}
