// The colour theme: the reader's choice (system, light or dark, kept in localStorage) and the
// theme it resolves to, which is the `data-theme` attribute on <html> that styles.css keys its
// palette on. public/theme.js sets the attribute before the first paint; this module keeps it
// in step afterwards (a new choice, or the system turning dark while the choice is "system").

import { useSyncExternalStore } from 'react';
import { storedChoice, useStoredChoice } from '../lib/storedChoice';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

/** The localStorage key; public/theme.js reads the same one. */
export const THEME_KEY = 'aa-theme';

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
const choice = storedChoice<ThemeChoice>(THEME_KEY, (saved) => (saved === 'light' || saved === 'dark' ? saved : 'system'), 'system');

function resolve(c: ThemeChoice): Theme {
  if (c === 'system') return darkQuery.matches ? 'dark' : 'light';
  return c;
}

// A new choice, here or in another tab, or the system turning dark while the choice is
// "system": the page follows.
choice.subscribe(() => document.documentElement.setAttribute('data-theme', resolve(choice.get())));
darkQuery.addEventListener('change', () => {
  if (choice.get() === 'system') choice.notify();
});

export const setThemeChoice = choice.set;

/** The reader's choice and the theme it resolves to now; re-renders when either changes. */
export function useTheme(): { choice: ThemeChoice; theme: Theme } {
  // The resolved theme is a snapshot of its own: with the choice "system" it changes while the
  // choice does not.
  const theme = useSyncExternalStore(choice.subscribe, () => resolve(choice.get()));
  return { choice: useStoredChoice(choice), theme };
}

/** A palette colour (a custom property of styles.css) as the page resolves it now. */
export function paletteColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}
