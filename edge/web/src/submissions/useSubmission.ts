// Submits a solution and follows it to its verdict by polling GET /api/submissions/:id.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { getSubmission, submitSolution } from '../api/endpoints';
import type { Submission } from '../api/types';

const POLL_INTERVAL_MS = 700;
// A few failed polls in a row (a dropped connection, a 502 while the farm restarts) are not
// worth giving up on: the submission is still being judged.
const MAX_TRANSIENT_FAILURES = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isTransient(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 0 || err.status >= 500 || err.status === 429);
}

export function useSubmission() {
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each submit gets a generation number; a poll loop stops as soon as it is no longer the
  // latest (a newer submit, or the page went away).
  const generation = useRef(0);

  useEffect(() => {
    return () => {
      generation.current++;
    };
  }, []);

  const submit = useCallback(async (problemSlug: string, language: string, code: string) => {
    const gen = ++generation.current;
    const live = () => gen === generation.current;
    setBusy(true);
    setError(null);
    setSubmission(null);
    try {
      let current = await submitSolution(problemSlug, language, code);
      let failures = 0;
      while (live()) {
        setSubmission(current);
        if (current.finished) break;
        await sleep(POLL_INTERVAL_MS);
        if (!live()) break;
        try {
          current = await getSubmission(current.id);
          failures = 0;
        } catch (err) {
          if (!isTransient(err) || ++failures > MAX_TRANSIENT_FAILURES) throw err;
        }
      }
    } catch (err) {
      if (live()) setError(messageOf(err));
    } finally {
      if (live()) setBusy(false);
    }
  }, []);

  return { submission, error, busy, submit };
}
