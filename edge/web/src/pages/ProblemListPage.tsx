// The problem list: search, filters (difficulty, tags any/all, the reader's status, problem
// set, company for premium members), sort and pages. Everything lives in the URL (/problems?q=two&difficulty=Easy&page=2),
// so a link shares the exact list and reload or the back button keep it. The search box
// follows the URL after a short pause in typing (replacing the history entry, so the back
// button is not a keystroke log); the other controls push one entry each.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { listProblemSets, listProblems, listTags, type ProblemSetSummary, type TagCount } from '../api/practice';
import type { Difficulty } from '../api/types';
import { useSession } from '../auth/useSession';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import {
  apiQuery,
  DIFFICULTIES,
  isFiltered,
  listHref,
  NO_FILTERS,
  parseFilters,
  SORTS,
  STATUSES,
  type ListFilters,
  type SortKey,
  type StatusFilter,
} from '../practice/listQuery';
import { Pagination } from '../practice/Pagination';
import { ProblemTable } from '../practice/ProblemTable';
import { TagPicker } from '../practice/TagPicker';
import { useDebounced } from '../practice/useDebounced';
import { useLoad } from '../practice/useLoad';
import { CompanyFilter } from '../premium/CompanyFilter';
import { navigate, useLocation } from '../router/router';
import '../practice/practice.css';

const SEARCH_PAUSE_MS = 250;

const SORT_LABELS: Record<SortKey, string> = {
  number: 'Number',
  title: 'Title',
  difficulty: 'Difficulty',
  acceptance: 'Acceptance',
  newest: 'Newest',
  relevance: 'Best match',
};

const STATUS_LABELS: Record<StatusFilter, string> = { solved: 'Solved', attempted: 'Attempted', todo: 'To do' };

/** Any change of filter or sort starts again from page 1. */
function go(filters: ListFilters, change: Partial<ListFilters>, replace = false) {
  navigate(listHref({ ...filters, page: 1, ...change }), { replace });
}

export function ProblemListPage() {
  const { search } = useLocation();
  const filters = parseFilters(search);
  const session = useSession();
  const signedIn = session.status === 'authenticated';

  const query = apiQuery(filters).toString();
  // Until the session is known the list waits (a few ms on a warm refresh cookie), so a
  // signed-in reader never sees a page without marks followed by one with them.
  const list = useLoad(
    (signal) => listProblems(new URLSearchParams(query), signedIn, signal),
    [query, signedIn],
    session.status !== 'loading',
  );
  const tags = useAsync<TagCount[]>(listTags, []);
  const sets = useAsync<ProblemSetSummary[]>(() => listProblemSets(false), []);

  const data = list.data;
  const filtered = isFiltered(filters);

  return (
    <div className="problem-list">
      <div className="list-header">
        <div>
          <h1>Problems</h1>
          <p className="muted list-subtitle" data-testid="problem-total" data-total={data?.total}>
            {data ? `${data.total} ${data.total === 1 ? 'problem' : 'problems'}${filtered ? ' match' : ''}` : '\u00a0'}
          </p>
        </div>
        <SortSelect filters={filters} />
      </div>

      <div className="filter-bar" role="search">
        <SearchBox filters={filters} />
        <label className="visually-hidden" htmlFor="difficulty-filter">
          Difficulty
        </label>
        <select
          id="difficulty-filter"
          className={filters.difficulty ? 'filter-select active' : 'filter-select'}
          data-testid="difficulty-filter"
          value={filters.difficulty ?? ''}
          onChange={(e) => go(filters, { difficulty: (e.target.value || null) as Difficulty | null })}
        >
          <option value="">Difficulty</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <TagPicker
          tags={tags.data}
          chosen={filters.tags}
          match={filters.tagMatch}
          onChange={(t, tagMatch) => go(filters, { tags: t, tagMatch })}
        />
        <label className="visually-hidden" htmlFor="status-filter">
          Status
        </label>
        <select
          id="status-filter"
          className={filters.status ? 'filter-select active' : 'filter-select'}
          data-testid="status-filter"
          value={filters.status ?? ''}
          disabled={!signedIn && !filters.status}
          title={signedIn ? undefined : 'Log in to filter by your progress'}
          onChange={(e) => go(filters, { status: (e.target.value || null) as StatusFilter | null })}
        >
          <option value="">Status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {sets.data && sets.data.length > 0 && (
          <>
            <label className="visually-hidden" htmlFor="set-filter">
              Problem set
            </label>
            <select
              id="set-filter"
              className={filters.set ? 'filter-select active' : 'filter-select'}
              data-testid="set-filter"
              value={filters.set ?? ''}
              onChange={(e) => go(filters, { set: e.target.value || null })}
            >
              <option value="">Problem set</option>
              {sets.data.filter((s) => !s.is_premium).map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.title}
                </option>
              ))}
            </select>
          </>
        )}
        <CompanyFilter
          role={session.status === 'authenticated' ? session.user.role : undefined}
          chosen={filters.companies}
          onChange={(companies) => go(filters, { companies })}
        />
      </div>

      <ActiveFilters filters={filters} tags={tags.data} sets={sets.data} />

      <ErrorMessage message={list.error} testId="problem-list-error" />

      <ProblemTable
        items={data?.items ?? null}
        loading={list.loading}
        empty={<EmptyList filters={filters} total={data?.total ?? 0} />}
      />

      {data && data.total > 0 && (
        <Pagination
          page={filters.page}
          perPage={data.per_page}
          total={data.total}
          noun="problems"
          href={(n) => listHref({ ...filters, page: n })}
        />
      )}
    </div>
  );
}

/**
 * The search box. Typing updates the URL after a pause; the URL updates the box when it
 * changes from elsewhere (back button, a link). `/` focuses the box from anywhere on the page.
 */
function SearchBox({ filters }: { filters: ListFilters }) {
  const [text, setText] = useState(filters.q);
  const [seenQ, setSeenQ] = useState(filters.q);
  if (filters.q !== seenQ) {
    setSeenQ(filters.q);
    if (filters.q !== text.trim()) setText(filters.q);
  }
  const settled = useDebounced(text, SEARCH_PAUSE_MS);
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  });
  useEffect(() => {
    const current = latest.current;
    if (settled.trim() !== current.q) go(current, { q: settled }, true);
  }, [settled]);

  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const focusOnSlash = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        box.current?.focus();
      }
    };
    window.addEventListener('keydown', focusOnSlash);
    return () => window.removeEventListener('keydown', focusOnSlash);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() !== filters.q) go(filters, { q: text }, true);
  }

  return (
    <form className="search-box" onSubmit={submit}>
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={box}
        type="search"
        aria-label="Search problems"
        placeholder="Search by title or statement"
        data-testid="problem-search"
        maxLength={100}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
    </form>
  );
}

function SortSelect({ filters }: { filters: ListFilters }) {
  const effective: SortKey = filters.sort ?? (filters.q.trim() ? 'relevance' : 'number');
  return (
    <label className="sort-select">
      <span className="muted small">Sort by</span>
      <select
        data-testid="sort-select"
        value={effective}
        onChange={(e) => go(filters, { sort: e.target.value as SortKey })}
      >
        {SORTS.filter((s) => s !== 'relevance' || filters.q.trim()).map((s) => (
          <option key={s} value={s}>
            {SORT_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filters in force as removable chips, with "Clear all". */
function ActiveFilters({
  filters,
  tags,
  sets,
}: {
  filters: ListFilters;
  tags: TagCount[] | null;
  sets: ProblemSetSummary[] | null;
}) {
  if (!isFiltered(filters)) return null;
  const tagName = (slug: string) => tags?.find((t) => t.slug === slug)?.name ?? slug;
  const chips: { key: string; label: string; remove: Partial<ListFilters> }[] = [];
  if (filters.q.trim()) chips.push({ key: 'q', label: `“${filters.q.trim()}”`, remove: { q: '' } });
  if (filters.difficulty) chips.push({ key: 'difficulty', label: filters.difficulty, remove: { difficulty: null } });
  for (const t of filters.tags) {
    chips.push({ key: `tag-${t}`, label: tagName(t), remove: { tags: filters.tags.filter((x) => x !== t) } });
  }
  if (filters.tags.length > 1) chips.push({ key: 'match', label: filters.tagMatch === 'all' ? 'all tags' : 'any tag', remove: { tagMatch: filters.tagMatch === 'all' ? 'any' : 'all' } });
  if (filters.status) chips.push({ key: 'status', label: STATUS_LABELS[filters.status], remove: { status: null } });
  if (filters.set) {
    const title = sets?.find((s) => s.slug === filters.set)?.title ?? filters.set;
    chips.push({ key: 'set', label: title, remove: { set: null } });
  }
  for (const c of filters.companies) {
    chips.push({ key: `company-${c}`, label: c, remove: { companies: filters.companies.filter((x) => x !== c) } });
  }
  return (
    <div className="active-filters" data-testid="active-filters">
      {chips.map((c) => (
        <button
          key={c.key}
          type="button"
          className="chip"
          aria-label={c.key === 'match' ? `Switch to ${filters.tagMatch === 'all' ? 'any tag' : 'all tags'}` : `Remove filter ${c.label}`}
          onClick={() => go(filters, c.remove)}
        >
          {c.label}
          <span aria-hidden="true">{c.key === 'match' ? ' ⇄' : ' ×'}</span>
        </button>
      ))}
      <button type="button" className="link-button small" data-testid="clear-filters" onClick={() => go(NO_FILTERS, {})}>
        Clear all
      </button>
    </div>
  );
}

function EmptyList({ filters, total }: { filters: ListFilters; total: number }) {
  if (total > 0) {
    return (
      <>
        There is no page {filters.page}.{' '}
        <a href={listHref({ ...filters, page: 1 })} onClick={(e) => (e.preventDefault(), go(filters, {}))}>
          Back to the first page
        </a>
      </>
    );
  }
  if (!isFiltered(filters)) return <>No problems have been published yet.</>;
  return (
    <div className="empty-hint">
      <strong>No problems match{filters.q.trim() ? ` “${filters.q.trim()}”` : ' these filters'}.</strong>
      <span className="muted">Try fewer words, another spelling, or fewer filters.</span>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => go(NO_FILTERS, {})}>
        Clear all filters
      </button>
    </div>
  );
}
