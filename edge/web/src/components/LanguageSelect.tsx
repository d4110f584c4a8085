// Picks the submission language. Languages the judge cannot run right now stay visible but
// disabled, so people see they exist.

import type { Language } from '../api/types';

interface Props {
  languages: Language[];
  value: string;
  onChange: (id: string) => void;
}

export function LanguageSelect({ languages, value, onChange }: Props) {
  return (
    <select className="language-select" data-testid="language-select" aria-label="Language" value={value} onChange={(e) => onChange(e.target.value)}>
      {languages.map((l) => (
        <option key={l.id} value={l.id} disabled={!l.available}>
          {l.available ? l.name : `${l.name} (unavailable)`}
        </option>
      ))}
    </select>
  );
}

/** The language to open a problem in: the last one picked if still runnable, else Python 3, else any runnable one. */
export function defaultLanguage(languages: Language[], preferred: string | null): string | null {
  const runnable = languages.filter((l) => l.available);
  return (
    runnable.find((l) => l.id === preferred)?.id ?? runnable.find((l) => l.id === 'python3')?.id ?? runnable[0]?.id ?? null
  );
}
