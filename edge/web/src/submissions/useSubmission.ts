// Submits a solution, or runs it on test cases, and follows it to its verdict: live over the
// event stream (per-test progress), falling back to polling GET /api/submissions/:id when the
// stream fails. A run is a submission of kind `run`, so both share one follower.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { getSubmission, runSolution, submitSolution } from '../api/endpoints';
import type { Submission, SubmissionProgress } from '../api/types';
import { followSubmission } from './events';

const POLL_INTERVAL_MS = 700;
// A few failed polls in a row (a dropped connection, a 502 while the farm restarts) are not
// worth giving up on: the submission is still being judged.
const MAX_TRANSIENT_FAILURES = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isTransient(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 0 || err.status >= 500 || err.status === 429);
}

/** Follows whatever `start` queues (a submission or a run) to its verdict. */
export function useJudging() {
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [progress, setProgress] = useState<SubmissionProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each submit gets a generation number; a poll loop stops as soon as it is no longer the
  // latest (a newer submit, or the page went away). The controller ends the live stream.
  const generation = useRef(0);
  const stream = useRef<AbortController | null>(null);

  useEffect(() => {
    // A counter, not a DOM node: the cleanup bumps whatever generation is current by then,
    // which is what stops the latest poll loop.
    const generations = generation;
    return () => {
      generations.current++;
      stream.current?.abort();
    };
  }, []);

  const follow = useCallback(async (start: () => Promise<Submission>) => {
    const gen = ++generation.current;
    const live = () => gen === generation.current;
    stream.current?.abort();
    const controller = new AbortController();
    stream.current = controller;
    setBusy(true);
    setError(null);
    setSubmission(null);
    setProgress(null);
    try {
      let current = await start();
      if (!live()) return;
      setSubmission(current);
      if (!current.finished) {
        try {
          current = await followSubmission(current.id, (p) => live() && setProgress(p), controller.signal);
        } catch (err) {
          if (!live()) return;
          // Not fatal: the submission is still judged; polling picks it up from here.
          console.warn('live submission view failed; polling instead', err);
        }
      }
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

  return { submission, progress, error, busy, follow };
}

/** Submit: judged on every test, listed among the user's submissions. */
export function useSubmission() {
  const { follow, ...state } = useJudging();
  const submit = useCallback(
    (problemSlug: string, language: string, code: string, contestSlug?: string) =>
      follow(() => submitSolution(problemSlug, language, code, contestSlug)),
    [follow],
  );
  return { ...state, submit };
}

/** Run: the sample tests, or the user's own inputs when `inputs` is given. */
export function useRun() {
  const { follow, ...state } = useJudging();
  const run = useCallback(
    (problemSlug: string, language: string, code: string, inputs?: string[]) =>
      follow(() => runSolution(problemSlug, language, code, inputs)),
    [follow],
  );
  return { ...state, run };
}
