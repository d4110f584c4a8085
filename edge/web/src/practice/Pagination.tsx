// Page links for a paged list: previous / next, numbered pages around the current one with the
// first and last always reachable, and what range of how many items is shown.

import { Link } from '../router/router';

interface Props {
  page: number;
  perPage: number;
  total: number;
  /** The href of page `n` (links, so pages open in new tabs and keep their URL). */
  href: (n: number) => string;
  noun: string;
}

/** Page numbers to show, with `null` where a gap is elided. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

export function Pagination({ page, perPage, total, href, noun }: Props) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * perPage + 1);
  const last = Math.min(total, page * perPage);
  return (
    <nav className="pagination pager-bar" aria-label="Pages">
      <span className="muted" data-testid="page-indicator">
        {total === 0 ? `No ${noun}` : `${first}–${last} of ${total} ${noun}`} · Page {page} of {pages}
      </span>
      <span className="pager-links">
        <PageStep to={page > 1 ? href(page - 1) : null} testId="page-prev" label="Previous page">
          ‹ Prev
        </PageStep>
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <span key={`gap-${i}`} className="pager-gap" aria-hidden="true">
              …
            </span>
          ) : (
            <Link
              key={n}
              to={href(n)}
              className={n === page ? 'pager-num active' : 'pager-num'}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`Page ${n}`}
              data-testid={`page-${n}`}
            >
              {n}
            </Link>
          ),
        )}
        <PageStep to={page < pages ? href(page + 1) : null} testId="page-next" label="Next page">
          Next ›
        </PageStep>
      </span>
    </nav>
  );
}

/** A previous / next step: a link, or a disabled button at either end (tests ask `isEnabled`). */
function PageStep({ to, testId, label, children }: { to: string | null; testId: string; label: string; children: string }) {
  if (!to) {
    return (
      <button type="button" className="btn btn-ghost btn-sm" disabled data-testid={testId} aria-label={label}>
        {children}
      </button>
    );
  }
  return (
    <Link to={to} className="btn btn-ghost btn-sm" data-testid={testId} aria-label={label}>
      {children}
    </Link>
  );
}
