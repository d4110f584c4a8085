// The Testcase tab: one tab per case ("Case 1", "Case 2", …) with its input in a textarea, a
// "+" to add a case, a × to remove one and a reset back to the problem's samples.

import { useState } from 'react';
import { MAX_CASES, type useTestCases } from '../problems/useTestCases';

type TestCases = ReturnType<typeof useTestCases>;

export function TestCaseEditor({ testCases }: { testCases: TestCases }) {
  const { cases, isSamples, setCase, addCase, removeCase, reset } = testCases;
  const [picked, setPicked] = useState(0);
  const selected = Math.min(picked, cases.length - 1);

  function remove(index: number) {
    removeCase(index);
    if (index <= selected) setPicked(Math.max(0, selected - 1));
  }

  function add() {
    addCase();
    setPicked(cases.length);
  }

  return (
    <div className="testcase-editor" data-testid="testcase-editor" data-cases={cases.length} data-samples={String(isSamples)}>
      <div className="case-tabs">
        {cases.map((_, i) => (
          <span key={i} className={i === selected ? 'case-tab active' : 'case-tab'}>
            <button type="button" className="case-tab-name" data-testid={`testcase-tab-${i + 1}`} onClick={() => setPicked(i)}>
              Case {i + 1}
            </button>
            {cases.length > 1 && (
              <button type="button" className="case-tab-remove" data-testid={`testcase-remove-${i + 1}`} aria-label={`Remove case ${i + 1}`} onClick={() => remove(i)}>
                ×
              </button>
            )}
          </span>
        ))}
        {cases.length < MAX_CASES && (
          <button type="button" className="case-tab case-tab-add" data-testid="testcase-add" aria-label="Add a case" onClick={add}>
            +
          </button>
        )}
        <button type="button" className="case-reset" data-testid="testcase-reset" disabled={isSamples} onClick={reset}>
          Reset to samples
        </button>
      </div>
      <label className="case-label" htmlFor="testcase-input">
        Input
      </label>
      <textarea
        id="testcase-input"
        className="case-input"
        data-testid="testcase-input"
        data-case={selected + 1}
        spellCheck={false}
        rows={Math.min(8, Math.max(2, cases[selected].split('\n').length))}
        value={cases[selected]}
        onChange={(e) => setCase(selected, e.target.value)}
      />
      {!isSamples && <p className="muted small hint">Custom cases: the reference solution supplies the expected output.</p>}
    </div>
  );
}
