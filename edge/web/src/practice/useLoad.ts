// Loads data for a component like lib/useAsync, but keeps showing the last answer while the
// next one loads: typing in the search box or paging must not blank the table between
// answers. Answers that arrive after the inputs changed are dropped (the request is aborted).

import { useEffect, useState, type DependencyList } from 'react';
import { messageOf } from '../api/errors';

export interface Load<T> {
  /** The latest answer, possibly for earlier inputs while `loading`; null after a failure. */
  data: T | null;
  error: string | null;
  loading: boolean;
}

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((dep, i) => Object.is(dep, b[i]));
}

/** `load` is skipped (and `loading` stays true) while `enabled` is false. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList, enabled = true): Load<T> {
  const [state, setState] = useState<Load<T>>({ data: null, error: null, loading: true });
  const [stateDeps, setStateDeps] = useState(deps);
  // React's "adjusting state when a prop changes": new inputs show `loading` from the render
  // that brings them, with no extra effect render.
  if (!sameDeps(stateDeps, deps)) {
    setStateDeps(deps);
    setState((s) => ({ ...s, error: null, loading: true }));
  }
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    load(abort.signal).then(
      (data) => !abort.signal.aborted && setState({ data, error: null, loading: false }),
      (err) => !abort.signal.aborted && setState({ data: null, error: messageOf(err), loading: false }),
    );
    return () => abort.abort();
    // The caller's deps stand in for `load`, which is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, ...deps]);
  return state;
}
