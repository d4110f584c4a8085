// Writing a solution: share one of your accepted submissions (the code comes from it) with a
// title and a Markdown explanation, or edit the title and explanation of one you shared. The
// explanation can be previewed as readers will see it (sanitized Markdown).

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import type { MySubmission } from '../api/myWork';
import { MAX_EXPLANATION_BYTES, MAX_TITLE_CHARS } from '../api/solutions';
import { ErrorMessage } from '../components/ErrorMessage';
import { Markdown } from '../components/Markdown';

interface Props {
  /** Sharing: the accepted submissions to pick from. Editing: absent. */
  submissions?: MySubmission[];
  initial?: { title: string; explanation: string };
  submitLabel: string;
  onSave: (fields: { submissionId: string; title: string; explanation: string }) => Promise<void>;
  onCancel: () => void;
}

const TEMPLATE = '## Intuition\n\n\n## Approach\n\n\n## Complexity\n- Time: \n- Space: \n';

export function SolutionForm({ submissions, initial, submitLabel, onSave, onCancel }: Props) {
  const [submissionId, setSubmissionId] = useState(submissions?.[0]?.id ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [explanation, setExplanation] = useState(initial?.explanation ?? TEMPLATE);
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const size = new TextEncoder().encode(explanation).length;
  const titleOk = title.trim().length >= 3 && title.trim().length <= MAX_TITLE_CHARS;
  const ok = titleOk && explanation.trim() !== '' && size <= MAX_EXPLANATION_BYTES && (!submissions || submissionId !== '');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ submissionId, title: title.trim(), explanation });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="solution-form" data-testid="solution-form" onSubmit={(e) => void onSubmit(e)}>
      {submissions && (
        <label className="field">
          <span className="field-label">Accepted submission</span>
          <select data-testid="solution-submission" value={submissionId} onChange={(e) => setSubmissionId(e.target.value)}>
            {submissions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.language} · {new Date(s.created_at).toLocaleString()}
                {s.runtime_ms != null ? ` · ${s.runtime_ms} ms` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span className="field-label">Title</span>
        <input data-testid="solution-title" value={title} maxLength={MAX_TITLE_CHARS} placeholder="e.g. One pass with a hash map, O(n)" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="field">
        <span className="field-label">
          Explanation (Markdown){' '}
          <button type="button" className="btn btn-ghost small" data-testid="solution-preview-toggle" onClick={() => setPreview(!preview)}>
            {preview ? 'Write' : 'Preview'}
          </button>
        </span>
        {preview ? (
          <Markdown source={explanation} className="solution-preview" testId="solution-preview" />
        ) : (
          <textarea className="notes-input" data-testid="solution-explanation" rows={12} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
        )}
      </div>
      {error && <ErrorMessage message={error} testId="solution-form-error" />}
      <div className="notes-actions">
        <span className={size > MAX_EXPLANATION_BYTES ? 'error small' : 'muted small'}>
          {Math.ceil(size / 1024)} / {MAX_EXPLANATION_BYTES / 1024} KiB
        </span>
        <span className="solution-form-buttons">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="solution-save" disabled={busy || !ok}>
            {busy ? 'Saving…' : submitLabel}
          </button>
        </span>
      </div>
    </form>
  );
}
