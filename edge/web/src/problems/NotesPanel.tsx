// Private notes on a problem: Markdown written in a text box, saved on request, and shown
// rendered (sanitized by the Markdown component) when not being edited.

import { useEffect, useState } from 'react';
import { messageOf } from '../api/errors';
import { getNote, putNote } from '../api/myWork';
import { ErrorMessage } from '../components/ErrorMessage';
import { Markdown } from '../components/Markdown';

/** The note limit (shared::my_work::MAX_NOTE_BYTES), checked here so typing past it says so. */
const MAX_NOTE_BYTES = 16 * 1024;

export function NotesPanel({ slug }: { slug: string }) {
  const [text, setText] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getNote(slug)
      .then((note) => {
        if (!live) return;
        setText(note.text);
        setSaved(note.text);
        setUpdatedAt(note.updated_at);
        setEditing(note.text === '');
      })
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [slug]);

  const size = new TextEncoder().encode(text).length;

  async function onSave() {
    setBusy(true);
    setError(null);
    try {
      const note = await putNote(slug, text);
      setSaved(note.text);
      setUpdatedAt(note.updated_at);
      setEditing(note.text === '');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (saved === null && !error) return <p className="muted">Loading your note…</p>;

  return (
    <section className="notes-panel" data-testid="notes-panel">
      <p className="muted small">Only you can see this note.</p>
      {editing ? (
        <>
          <textarea className="notes-input" data-testid="note-input" rows={10} value={text} placeholder="Write Markdown: your idea, the trap you fell into, the complexity…" onChange={(e) => setText(e.target.value)} />
          <div className="notes-actions">
            <span className={size > MAX_NOTE_BYTES ? 'error small' : 'muted small'}>
              {Math.ceil(size / 1024)} / {MAX_NOTE_BYTES / 1024} KiB
            </span>
            <button type="button" className="btn btn-primary" data-testid="note-save" disabled={busy || size > MAX_NOTE_BYTES || text === saved} onClick={() => void onSave()}>
              {busy ? 'Saving…' : 'Save note'}
            </button>
          </div>
        </>
      ) : (
        <>
          <Markdown source={saved ?? ''} testId="note-rendered" />
          <div className="notes-actions">
            {updatedAt && <span className="muted small">Saved {new Date(updatedAt).toLocaleString()}</span>}
            <button type="button" className="btn" data-testid="note-edit" onClick={() => setEditing(true)}>
              Edit
            </button>
          </div>
        </>
      )}
      <ErrorMessage message={error} testId="note-error" />
    </section>
  );
}
