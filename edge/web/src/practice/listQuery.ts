// The problem list's filters as they stand in the page's URL (/problems?q=sum&tags=array,...),
// parsed leniently (a hand-edited URL with a bad value drops that value rather than the page)
// and written back with only the non-default parameters, so a shared link stays short.
// The parameter names are the API's own, so the same query goes to GET /api/problems.

import type { Difficulty } from '../api/types';

export const PER_PAGE = 20;
export const DIFFICULTIES: Difficulty[] = ['Easy', 'Medium', 'Hard'];
export const STATUSES = ['solved', 'attempted', 'todo'] as const;
export type StatusFilter = (typeof STATUSES)[number];
export const SORTS = ['number', 'title', 'difficulty', 'acceptance', 'newest', 'relevance'] as const;
export type SortKey = (typeof SORTS)[number];
export type TagMatch = 'any' | 'all';

export interface ListFilters {
  q: string;
  difficulty: Difficulty | null;
  tags: string[];
  tagMatch: TagMatch;
  status: StatusFilter | null;
  set: string | null;
  /** Company slugs (premium members only; the server refuses others). */
  companies: string[];
  /** Null: the API's default (relevance with a search, number without). */
  sort: SortKey | null;
  page: number;
}

export const NO_FILTERS: ListFilters = {
  q: '',
  difficulty: null,
  tags: [],
  tagMatch: 'any',
  status: null,
  set: null,
  companies: [],
  sort: null,
  page: 1,
};

function oneOf<T extends string>(all: readonly T[], value: string | null): T | null {
  return all.find((v) => v === value) ?? null;
}

const SLUG = /^[a-z0-9_()-]{1,120}$/;

export function parseFilters(search: URLSearchParams): ListFilters {
  const tags = (search.get('tags') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => SLUG.test(t));
  const set = search.get('set');
  const companies = (search.get('companies') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => SLUG.test(c));
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    difficulty: oneOf(DIFFICULTIES, search.get('difficulty')),
    tags: [...new Set(tags)].sort(),
    tagMatch: search.get('tag_match') === 'all' ? 'all' : 'any',
    status: oneOf(STATUSES, search.get('status')),
    set: set && SLUG.test(set) ? set : null,
    companies: [...new Set(companies)].sort(),
    sort: oneOf(SORTS, search.get('sort')),
    page: Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1),
  };
}

/** The non-default parameters, in a fixed order. */
export function filtersToSearch(f: ListFilters): URLSearchParams {
  const out = new URLSearchParams();
  const q = f.q.trim();
  if (q) out.set('q', q);
  if (f.difficulty) out.set('difficulty', f.difficulty);
  if (f.tags.length) {
    out.set('tags', f.tags.join(','));
    if (f.tagMatch === 'all') out.set('tag_match', 'all');
  }
  if (f.status) out.set('status', f.status);
  if (f.set) out.set('set', f.set);
  if (f.companies.length) out.set('companies', f.companies.join(','));
  if (f.sort) out.set('sort', f.sort);
  if (f.page > 1) out.set('page', String(f.page));
  return out;
}

export function listHref(f: ListFilters): string {
  const s = filtersToSearch(f).toString();
  return s ? `/problems?${s}` : '/problems';
}

/** The API query for one page of the list. */
export function apiQuery(f: ListFilters): URLSearchParams {
  const out = filtersToSearch(f);
  out.set('page', String(f.page));
  out.set('per_page', String(PER_PAGE));
  return out;
}

/** Whether any filter narrows the list (the page number aside). */
export function isFiltered(f: ListFilters): boolean {
  return Boolean(f.q.trim() || f.difficulty || f.tags.length || f.status || f.set || f.companies.length);
}
