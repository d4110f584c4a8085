// The Testcase tab's inputs for one problem: the samples' inputs at first, then whatever the
// user edits, adds or removes, kept in memory for the life of the tab (like drafts.ts).

import { useCallback, useState } from 'react';
import type { Sample } from '../api/types';

/** The most cases one run takes (the API's limit). */
export const MAX_CASES = 10;

const edited = new Map<string, string[]>();

const sampleInputs = (samples: Sample[]) => samples.map((s) => s.input);

// Trailing newlines and spaces do not change an input, so they do not make a case custom.
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x.trimEnd() === b[i].trimEnd());

/**
 * What Run should send: nothing while the cases are the samples (so their stored answers are
 * the expected outputs), else every case's input (the reference solution answers them).
 */
export function customInputs(cases: string[], samples: Sample[]): string[] | undefined {
  return same(cases, sampleInputs(samples)) ? undefined : cases;
}

export function useTestCases(slug: string, samples: Sample[]) {
  // Bumped after each change to the store, which lives outside React.
  const [, setVersion] = useState(0);
  const stored = edited.get(slug);
  const cases = stored ?? (samples.length ? sampleInputs(samples) : ['']);

  const save = useCallback(
    (next: string[]) => {
      edited.set(slug, next);
      setVersion((v) => v + 1);
    },
    [slug],
  );

  return {
    cases,
    isSamples: customInputs(cases, samples) === undefined,
    setCase: (index: number, input: string) => save(cases.map((c, i) => (i === index ? input : c))),
    // A new case starts as a copy of the last one, which is usually the quickest to edit.
    addCase: () => cases.length < MAX_CASES && save([...cases, cases[cases.length - 1] ?? '']),
    removeCase: (index: number) => cases.length > 1 && save(cases.filter((_, i) => i !== index)),
    reset: () => {
      edited.delete(slug);
      setVersion((v) => v + 1);
    },
  };
}
