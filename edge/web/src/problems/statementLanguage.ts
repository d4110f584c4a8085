// The language a reader wants statements in, when a problem has translations (an ICPC package's
// `problem.<lang>.md` besides the shown one): kept as a stored choice (lib/storedChoice), so
// the choice made on one problem holds on the next that has the same language, and in every tab.

import { storedChoice, useStoredChoice } from '../lib/storedChoice';

/** The localStorage key; absent means the statement as the package shows it. */
export const STATEMENT_LANGUAGE_KEY = 'aa-statement-language';

const chosen = storedChoice<string | null>(STATEMENT_LANGUAGE_KEY, (saved) => saved, null);

/** The reader's chosen language (null: as shown) and the way to change it. */
export function useStatementLanguage(): [string | null, (language: string | null) => void] {
  return [useStoredChoice(chosen), chosen.set];
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
