// The colour theme: the reader's choice (system, light or dark, kept in localStorage) and the
// theme it resolves to, which is the `data-theme` attribute on <html> that styles.css keys its
// palette on. public/theme.js sets the attribute before the first paint; this module keeps it
// in step afterwards (a new choice, or the system turning dark while the choice is "system").

import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** The localStorage key; public/theme.js reads the same one. */
export const THEME_KEY = 'aa-theme';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    const saved = window.localStorage.getItem(THEME_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

let choice: ThemeChoice = readChoice();

function resolve(c: ThemeChoice): Theme {
  if (c === 'system') return darkQuery.matches ? 'dark' : 'light';
  return c;
}

function apply() {
  document.documentElement.setAttribute('data-theme', resolve(choice));
  for (const listener of listeners) listener();
}

darkQuery.addEventListener('change', () => {
  if (choice === 'system') apply();
});
// Another tab changed the choice: follow it.
window.addEventListener('storage', (e) => {
  if (e.key !== THEME_KEY) return;
  choice = readChoice();
  apply();
});

export function setThemeChoice(next: ThemeChoice) {
  choice = next;
  try {
    if (next === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, next);
  } catch {
    // Not kept across reloads, but applied now.
  }
  apply();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's choice and the theme it resolves to now; re-renders when either changes. */
export function useTheme(): { choice: ThemeChoice; theme: Theme } {
  const current = useSyncExternalStore(subscribe, () => choice);
  const theme = useSyncExternalStore(subscribe, () => resolve(choice));
  return { choice: current, theme };
}

/** A palette colour (a custom property of styles.css) as the page resolves it now. */
export function paletteColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}
