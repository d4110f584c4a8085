// Unsubmitted code per problem and language, kept in memory for the life of the tab, so that
// switching languages, or going to log in and coming back, does not lose what was typed.

const drafts = new Map<string, string>();
let lastLanguage: string | null = null;

const key = (slug: string, language: string) => `${slug}\u0000${language}`;

export function getDraft(slug: string, language: string): string | undefined {
  return drafts.get(key(slug, language));
}

export function saveDraft(slug: string, language: string, code: string) {
  drafts.set(key(slug, language), code);
}

/** The language last picked on any problem; the next problem opens in it. */
export function preferredLanguage(): string | null {
  return lastLanguage;
}

export function rememberLanguage(language: string) {
  lastLanguage = language;
}
