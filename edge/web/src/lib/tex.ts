// KaTeX, loaded the first time something shows math (a dynamic import: its script, stylesheet
// and fonts stay out of the first load and off pages without math). Until it is there, and if
// it cannot be fetched, math shows as its TeX source.

import { useEffect, useSyncExternalStore } from 'react';
import type { TexRenderer } from './math';

let renderer: TexRenderer | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function loadTex(): Promise<void> {
  loading ??= import('./texRender').then(
    (m) => {
      renderer = m.renderTex;
      listeners.forEach((l) => l());
    },
    (err: unknown) => {
      // Try again the next time math is shown (a deploy may have replaced the chunk).
      loading = null;
      console.error('could not load KaTeX', err);
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** KaTeX's renderer once loaded, else null; `needed` starts loading it. */
export function useTexRenderer(needed: boolean): TexRenderer | null {
  const current = useSyncExternalStore(subscribe, () => renderer);
  useEffect(() => {
    if (needed) void loadTex();
  }, [needed]);
  return current;
}
