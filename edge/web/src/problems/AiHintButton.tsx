// The "AI hint" button in the editor's toolbar: it shows how many AI hints are left today and,
// clicked, asks for one on the code in the editor (the server adds the latest verdict) and
// shows it under the toolbar. Free members see the same button; it offers the upgrade instead.

import { useEffect, useState } from 'react';
import { askAiHint, getAiHintQuota, type AiHintQuota } from '../api/aiHints';
import { ApiError, messageOf } from '../api/errors';
import { Markdown } from '../components/Markdown';
import { Link } from '../router/router';
import './aiHint.css';

type Panel =
  | { kind: 'closed' }
  | { kind: 'asking' }
  | { kind: 'hint'; text: string }
  | { kind: 'upgrade' }
  | { kind: 'error'; message: string };

export function AiHintButton({ slug, language, code }: { slug: string; language: string; code: string }) {
  const [quota, setQuota] = useState<AiHintQuota | null>(null);
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' });

  useEffect(() => {
    let live = true;
    getAiHintQuota()
      .then((q) => live && setQuota(q))
      .catch(() => live && setQuota(null));
    return () => {
      live = false;
    };
  }, [slug]);

  async function onClick() {
    if (quota && !quota.premium) {
      setPanel({ kind: 'upgrade' });
      return;
    }
    setPanel({ kind: 'asking' });
    try {
      const answer = await askAiHint(slug, language, code);
      setQuota(answer.quota);
      setPanel({ kind: 'hint', text: answer.hint });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'premium_required') {
        setQuota((q) => (q ? { ...q, premium: false, remaining: 0 } : q));
        setPanel({ kind: 'upgrade' });
      } else {
        if (err instanceof ApiError && err.code === 'rate_limited') setQuota((q) => (q ? { ...q, remaining: 0 } : q));
        setPanel({ kind: 'error', message: messageOf(err) });
      }
    }
  }

  const left = quota?.premium ? `${quota.remaining} left` : quota ? 'premium' : null;
  return (
    <div className="ai-hint">
      <button
        type="button"
        className="btn btn-run"
        data-testid="ai-hint-button"
        data-remaining={quota?.premium ? quota.remaining : ''}
        title="A hint on your code and your latest verdict, without the solution"
        disabled={panel.kind === 'asking'}
        onClick={() => void onClick()}
      >
        {panel.kind === 'asking' ? 'Thinking…' : 'AI hint'}
        {left && <span className="ai-hint-count"> ({left})</span>}
      </button>
      {panel.kind !== 'closed' && panel.kind !== 'asking' && (
        <div className="ai-hint-panel" role="dialog" aria-label="AI hint" data-testid="ai-hint-panel">
          <button type="button" className="ai-hint-close" aria-label="Close" onClick={() => setPanel({ kind: 'closed' })}>
            ×
          </button>
          {panel.kind === 'hint' && <Markdown source={panel.text} testId="ai-hint-text" />}
          {panel.kind === 'upgrade' && (
            <p data-testid="ai-hint-upgrade">
              AI hints are for premium members: up to {quota?.limit ?? 10} a day, on your own code and verdicts.{' '}
              <Link to="/pricing" className="ai-hint-upgrade-link" onClick={() => setPanel({ kind: 'closed' })}>
                Upgrade to premium
              </Link>
            </p>
          )}
          {panel.kind === 'error' && <p className="ai-hint-error" data-testid="ai-hint-error">{panel.message}</p>}
          {quota?.premium && (
            <p className="ai-hint-left" data-testid="ai-hint-left">
              {quota.remaining} of {quota.limit} AI hints left today.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
