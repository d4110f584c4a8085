// The language a reader wants statements in, when a problem has translations (an ICPC package's
// `problem.<lang>.md` besides the shown one): kept in localStorage, so the choice made on one
// problem holds on the next that has the same language, and in every tab.

import { useCallback, useSyncExternalStore } from 'react';

/** The localStorage key; absent means the statement as the package shows it. */
export const STATEMENT_LANGUAGE_KEY = 'aa-statement-language';

function read(): string | null {
  try {
    return window.localStorage.getItem(STATEMENT_LANGUAGE_KEY);
  } catch {
    return null; // Storage disabled: the shown statement.
  }
}

const listeners = new Set<() => void>();
let chosen = read();

window.addEventListener('storage', (e) => {
  if (e.key !== STATEMENT_LANGUAGE_KEY) return;
  chosen = read();
  for (const listener of listeners) listener();
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's chosen language (null: as shown) and the way to change it. */
export function useStatementLanguage(): [string | null, (language: string | null) => void] {
  const language = useSyncExternalStore(subscribe, () => chosen);
  const choose = useCallback((next: string | null) => {
    chosen = next;
    try {
      if (next === null) window.localStorage.removeItem(STATEMENT_LANGUAGE_KEY);
      else window.localStorage.setItem(STATEMENT_LANGUAGE_KEY, next);
    } catch {
      // Not kept across reloads, but shown now.
    }
    for (const listener of listeners) listener();
  }, []);
  return [language, choose];
}

/** A language code as the reader's own language names it ("de" → "German"), else the code. */
export function languageName(code: string): string {
  try {
    const names = new Intl.DisplayNames(navigator.languages, { type: 'language' });
    const name = names.of(code);
    if (name && name !== code) return `${name} (${code})`;
  } catch {
    // A code Intl does not accept: shown as it is.
  }
  return code;
}
