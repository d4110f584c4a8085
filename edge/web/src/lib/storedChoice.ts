// A choice the reader makes once and the app keeps (the theme, the statement language): in
// localStorage, so it holds after a reload and in every tab (a change made in another tab is
// followed), and readable from React as an external store. With storage disabled the choice
// still holds until the page is left.

import { useSyncExternalStore } from 'react';

export interface StoredChoice<T> {
  get: () => T;
  /** Keeps `next` (a value equal to the default is kept as no entry) and tells the listeners. */
  set: (next: T) => void;
  subscribe: (listener: () => void) => () => void;
  /** Tells the listeners without a change of choice (what the choice means changed). */
  notify: () => void;
}

/**
 * The choice kept under `key`: `parse` turns the stored text (null: none) into a choice;
 * `fallback` is the choice when nothing is stored, and is stored as nothing.
 */
export function storedChoice<T extends string | null>(key: string, parse: (saved: string | null) => T, fallback: T): StoredChoice<T> {
  const listeners = new Set<() => void>();
  const read = (): T => {
    try {
      return parse(window.localStorage.getItem(key));
    } catch {
      return fallback;
    }
  };
  let current = read();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  window.addEventListener('storage', (e) => {
    if (e.key !== key) return;
    current = read();
    notify();
  });
  return {
    get: () => current,
    set: (next) => {
      current = next;
      try {
        if (next === fallback || next === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, next);
      } catch {
        // Not kept across reloads, but in force now.
      }
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify,
  };
}

/** The choice now; re-renders when it changes. */
export function useStoredChoice<T extends string | null>(choice: StoredChoice<T>): T {
  return useSyncExternalStore(choice.subscribe, choice.get);
}
