// Loads data for a component and drops answers that arrive after the inputs changed, so a
// slow response for page 1 can never overwrite the page 2 the user already moved to.

import { useEffect, useState, type DependencyList } from 'react';
import { messageOf } from '../api/errors';

export type AsyncState<T> =
  | { status: 'loading'; data: null; error: null }
  | { status: 'done'; data: T; error: null }
  | { status: 'failed'; data: null; error: string };

const LOADING = { status: 'loading', data: null, error: null } as const;

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((dep, i) => Object.is(dep, b[i]));
}

export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>(LOADING);
  // New inputs show "loading" from the render that brings them, not one render later from the
  // effect (React's "adjusting state when a prop changes", without a cascading effect render).
  const [stateDeps, setStateDeps] = useState(deps);
  if (!sameDeps(stateDeps, deps)) {
    setStateDeps(deps);
    setState(LOADING);
  }
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ status: 'done', data, error: null }),
      (err) => current && setState({ status: 'failed', data: null, error: messageOf(err) }),
    );
    return () => {
      current = false;
    };
    // The caller's deps stand in for `load`, which is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
