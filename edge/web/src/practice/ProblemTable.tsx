// A table of problems: the reader's mark (solved ✓ / attempted ◐), title, tags, acceptance and
// difficulty. Shared by the problem list and the problem-set page.

import type { ReactNode } from 'react';
import type { ProblemSummary } from '../api/types';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { formatPercent } from '../lib/format';
import { PremiumLock } from '../premium/PremiumLock';
import { Link } from '../router/router';

interface Props {
  items: ProblemSummary[] | null;
  /** Shown in place of rows when `items` is empty. */
  empty: ReactNode;
  loading: boolean;
  /** A number column (e.g. a set's order) when given. */
  numberFrom?: number;
}

export function StatusMark({ status }: { status: ProblemSummary['status'] }) {
  if (status === 'solved') {
    return (
      <span className="mark mark-solved" title="Solved" aria-label="Solved" data-testid="mark-solved">
        ✓
      </span>
    );
  }
  if (status === 'attempted') {
    return (
      <span className="mark mark-attempted" title="Attempted" aria-label="Attempted" data-testid="mark-attempted">
        ◐
      </span>
    );
  }
  return <span className="mark" aria-hidden="true" />;
}

export function ProblemTable({ items, empty, loading, numberFrom }: Props) {
  const columns = numberFrom === undefined ? 5 : 6;
  return (
    <div className={loading && items ? 'card table-card is-refreshing' : 'card table-card'} aria-busy={loading}>
      <table className="problems-table" data-testid="problem-table">
        <thead>
          <tr>
            <th className="col-status">
              <span className="visually-hidden">Status</span>
            </th>
            {numberFrom !== undefined && <th className="col-index">#</th>}
            <th className="col-title">Title</th>
            <th className="col-tags">Tags</th>
            <th className="col-num">Acceptance</th>
            <th className="col-difficulty">Difficulty</th>
          </tr>
        </thead>
        <tbody>
          {items === null && loading && <SkeletonRows columns={columns} />}
          {items !== null && items.length === 0 && (
            <tr>
              <td colSpan={columns} className="empty-cell" data-testid="problem-list-empty">
                {empty}
              </td>
            </tr>
          )}
          {items?.map((p, i) => (
            <tr key={p.slug} data-testid="problem-row" data-slug={p.slug} data-status={p.status ?? ''} data-premium={p.is_premium ? 'true' : undefined}>
              <td className="col-status">
                <StatusMark status={p.status} />
              </td>
              {numberFrom !== undefined && <td className="col-index muted">{numberFrom + i}</td>}
              <td className="col-title">
                <Link to={`/problems/${encodeURIComponent(p.slug)}`} data-testid={`problem-link-${p.slug}`}>
                  {p.title}
                </Link>
                {p.is_premium && <PremiumLock />}
              </td>
              <td className="col-tags">
                <span className="tags">
                  {p.tags.map((t) => (
                    <span key={t} className="tag">
                      {t}
                    </span>
                  ))}
                </span>
              </td>
              <td className="col-num" data-testid="acceptance">
                {formatPercent(p.acceptance_rate)}
              </td>
              <td className="col-difficulty">
                <DifficultyBadge difficulty={p.difficulty} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SkeletonRows({ columns }: { columns: number }) {
  return (
    <>
      {Array.from({ length: 6 }, (_, i) => (
        <tr key={i} className="skeleton-row" aria-hidden="true">
          {Array.from({ length: columns }, (_, j) => (
            <td key={j}>
              <span className="skeleton" />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
