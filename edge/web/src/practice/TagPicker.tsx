// The tag filter: a button that opens a panel of every tag with its problem count, a box to
// narrow the tags by name, and whether a problem needs any or all of the chosen tags.
// Keyboard: Enter/Space opens, the box takes focus, Tab walks the checkboxes, Escape closes
// and returns focus to the button.

import { useEffect, useId, useRef, useState } from 'react';
import type { TagCount } from '../api/practice';
import type { TagMatch } from './listQuery';

interface Props {
  tags: TagCount[] | null;
  chosen: string[];
  match: TagMatch;
  onChange: (tags: string[], match: TagMatch) => void;
}

export function TagPicker({ tags, chosen, match, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [narrow, setNarrow] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  function toggle(slug: string) {
    const next = chosen.includes(slug) ? chosen.filter((t) => t !== slug) : [...chosen, slug].sort();
    onChange(next, match);
  }

  const words = narrow.trim().toLowerCase();
  const shown = (tags ?? []).filter((t) => !words || t.name.toLowerCase().includes(words));

  return (
    <div
      className="tag-picker"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        type="button"
        ref={button}
        className={chosen.length ? 'filter-button active' : 'filter-button'}
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="tag-filter"
        onClick={() => setOpen(!open)}
      >
        Tags{chosen.length ? ` · ${chosen.length}` : ''} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="tag-panel" id={panelId} role="group" aria-label="Filter by tags" data-testid="tag-panel">
          <input
            type="search"
            className="tag-narrow"
            placeholder="Find a tag"
            aria-label="Find a tag"
            value={narrow}
            autoFocus
            onChange={(e) => setNarrow(e.target.value)}
          />
          <fieldset className="tag-match">
            <legend className="visually-hidden">Problems need</legend>
            {(['any', 'all'] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name={`${panelId}-match`}
                  value={m}
                  checked={match === m}
                  data-testid={`tag-match-${m}`}
                  onChange={() => onChange(chosen, m)}
                />
                {m === 'any' ? 'Any of these' : 'All of these'}
              </label>
            ))}
          </fieldset>
          <ul className="tag-options">
            {tags === null && <li className="muted small">Loading tags…</li>}
            {tags !== null && shown.length === 0 && <li className="muted small">No tag matches.</li>}
            {shown.map((t) => (
              <li key={t.slug}>
                <label className="tag-option">
                  <input
                    type="checkbox"
                    checked={chosen.includes(t.slug)}
                    data-testid={`tag-option-${t.slug}`}
                    onChange={() => toggle(t.slug)}
                  />
                  <span className="tag-option-name">{t.name}</span>
                  <span className="tag-option-count">{t.problems}</span>
                </label>
              </li>
            ))}
          </ul>
          {chosen.length > 0 && (
            <button type="button" className="link-button small" onClick={() => onChange([], match)}>
              Clear tags
            </button>
          )}
        </div>
      )}
    </div>
  );
}
