// Unsubmitted code per problem and language: kept locally first (memory, then localStorage) so
// a reload restores it instantly, and, when signed in, saved to the server a second after the
// last keystroke so it is there on any other device (docs/api.md, "Code drafts").
//
// Conflict rule, per problem and language. Each local copy remembers `base`, the server's
// `updated_at` it last agreed with, and whether it was edited since (`dirty`). On opening a
// problem the server's drafts are compared with the local ones:
//   - no local copy, or a clean one that the server has moved past: the server's copy is shown;
//   - a dirty local copy and a server copy still at `base` (or none): the local copy is pushed;
//   - both changed since `base` (edited on two devices while one was offline): the later write
//     wins, comparing the local edit time with the server's `updated_at` (clocks can disagree by
//     a little; that is accepted, as the losing copy was the older edit on a device left behind).
// Saving is last-write-wins on the server too: a PUT replaces whatever is there.
//
// Local copies are kept per account (`setDraftOwner`), so on a shared computer one person's
// drafts are never shown to, or saved into, another's account. Code typed while signed out is
// adopted by the account that signs in next (the "log in to submit" path keeps its code).

import { listDrafts, putDraft, type Draft } from '../api/myWork';

interface LocalDraft {
  code: string;
  /** When it was last edited here (ms since the epoch). */
  savedAt: number;
  /** The server's updated_at this copy last matched; null if never synced. */
  base: string | null;
  /** Edited since it last matched the server. */
  dirty: boolean;
}

/** What the page shows beside the editor. */
export type DraftSync = 'idle' | 'saving' | 'saved' | 'local-only' | 'error';

const SAVE_DELAY_MS = 1000;
const STORE_PREFIX = 'aa:draft:';
const LANGUAGE_KEY = 'aa:language';

const drafts = new Map<string, LocalDraft>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const listeners = new Set<(state: DraftSync) => void>();
let syncState: DraftSync = 'idle';
let lastLanguage: string | null = readStore(LANGUAGE_KEY);
/** The signed-in account whose drafts these are; null while signed out. */
let owner: string | null = null;

const key = (slug: string, language: string) => `${slug}\u0000${language}`;
const ownerPrefix = (who: string | null) => `${STORE_PREFIX}${who ?? 'anonymous'}:`;
const storeKey = (slug: string, language: string) => `${ownerPrefix(owner)}${slug}:${language}`;

function readStore(name: string): string | null {
  try {
    return window.localStorage.getItem(name);
  } catch {
    return null; // Storage disabled (private mode, a sandboxed frame): memory only.
  }
}

function writeStore(name: string, value: string) {
  try {
    window.localStorage.setItem(name, value);
  } catch {
    // Full or disabled: the in-memory copy and the server still have it.
  }
}

function local(slug: string, language: string): LocalDraft | undefined {
  const k = key(slug, language);
  const cached = drafts.get(k);
  if (cached) return cached;
  const stored = readStore(storeKey(slug, language));
  if (!stored) return undefined;
  try {
    const parsed = JSON.parse(stored) as LocalDraft;
    if (typeof parsed.code !== 'string') return undefined;
    drafts.set(k, parsed);
    return parsed;
  } catch {
    return undefined;
  }
}

/** The languages of `slug` with a local copy (memory or storage). */
function storedLanguages(slug: string): Set<string> {
  const found = new Set<string>();
  for (const k of drafts.keys()) {
    const [draftSlug, language] = k.split('\u0000');
    if (draftSlug === slug) found.add(language);
  }
  try {
    const prefix = `${ownerPrefix(owner)}${slug}:`;
    for (let i = 0; i < window.localStorage.length; i++) {
      const name = window.localStorage.key(i);
      if (name?.startsWith(prefix)) found.add(name.slice(prefix.length));
    }
  } catch {
    // Storage disabled: memory only.
  }
  return found;
}

function keep(slug: string, language: string, draft: LocalDraft) {
  drafts.set(key(slug, language), draft);
  writeStore(storeKey(slug, language), JSON.stringify(draft));
}

function setSync(next: DraftSync) {
  syncState = next;
  for (const listener of listeners) listener(next);
}

/**
 * Switches the local drafts to `next`'s (null: signed out). Drafts typed signed out move into
 * the account that signs in, to be saved to the server; another account's are left alone.
 */
export function setDraftOwner(next: string | null) {
  if (next === owner) return;
  const adopt = owner === null && next !== null;
  const anonymous = [...drafts.entries()];
  drafts.clear();
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  owner = next;
  if (!adopt) return;
  for (const [k, draft] of anonymous) {
    if (!draft.dirty) continue;
    const [slug, language] = k.split('\u0000');
    keep(slug, language, { ...draft, base: null });
    removeStore(`${ownerPrefix(null)}${slug}:${language}`);
  }
}

function removeStore(name: string) {
  try {
    window.localStorage.removeItem(name);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Follows the save state (for the "Saved" badge); returns the unsubscribe. */
export function onDraftSync(listener: (state: DraftSync) => void): () => void {
  listeners.add(listener);
  listener(syncState);
  return () => listeners.delete(listener);
}

export function getDraft(slug: string, language: string): string | undefined {
  return local(slug, language)?.code;
}

/** Keeps the code locally at once and schedules the server save; unchanged code is a no-op. */
export function saveDraft(slug: string, language: string, code: string) {
  const current = local(slug, language);
  if (current?.code === code) return;
  keep(slug, language, { code, savedAt: Date.now(), base: current?.base ?? null, dirty: true });
  const k = key(slug, language);
  clearTimeout(timers.get(k));
  timers.set(
    k,
    setTimeout(() => {
      timers.delete(k);
      void push(slug, language);
    }, SAVE_DELAY_MS),
  );
}

/** Sends the local copy to the server; signed out, it stays local (and says so). */
async function push(slug: string, language: string) {
  const draft = local(slug, language);
  if (!draft?.dirty) return;
  const sent = draft.code;
  setSync('saving');
  try {
    const saved = await putDraft(slug, language, sent);
    const now = local(slug, language);
    // Typing during the request leaves the copy dirty; the next save sends it.
    if (now) keep(slug, language, { ...now, base: saved.updated_at, dirty: now.code !== sent });
    setSync('saved');
  } catch (err) {
    const status = (err as { status?: number }).status;
    setSync(status === 401 ? 'local-only' : 'error');
  }
}

/**
 * Merges the server's drafts of `slug` with the local ones by the rule above. Resolves to true
 * when a shown draft changed (the page re-renders). Signed out, it does nothing.
 */
export async function syncDrafts(slug: string): Promise<boolean> {
  let server: Draft[];
  try {
    server = (await listDrafts(slug)).items;
  } catch {
    return false;
  }
  let changed = false;
  const seen = new Set<string>();
  for (const remote of server) {
    seen.add(remote.language);
    const mine = local(slug, remote.language);
    const serverMoved = !mine || mine.base !== remote.updated_at;
    if (!mine || (!mine.dirty && serverMoved) || (mine.dirty && serverMoved && Date.parse(remote.updated_at) > mine.savedAt)) {
      if (mine?.code !== remote.code) changed = true;
      keep(slug, remote.language, { code: remote.code, savedAt: Date.parse(remote.updated_at), base: remote.updated_at, dirty: false });
    } else if (mine.dirty) {
      void push(slug, remote.language);
    }
  }
  // Local drafts the server has never seen (typed while signed out or offline) go up now.
  for (const language of storedLanguages(slug)) {
    if (!seen.has(language) && local(slug, language)?.dirty) void push(slug, language);
  }
  return changed;
}

/** Sends pending saves now (leaving the page must not drop the last second of typing). */
export function flushDrafts() {
  for (const [k, timer] of timers) {
    clearTimeout(timer);
    timers.delete(k);
    const [slug, language] = k.split('\u0000');
    void push(slug, language);
  }
}

/** The language last picked on any problem; the next problem opens in it. */
export function preferredLanguage(): string | null {
  return lastLanguage;
}

export function rememberLanguage(language: string) {
  lastLanguage = language;
  writeStore(LANGUAGE_KEY, language);
}
