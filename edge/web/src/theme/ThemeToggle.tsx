// The theme picker in the navbar: follow the system, or always light or dark.

import { setThemeChoice, useTheme, type ThemeChoice } from './theme';

const LABELS: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

export function ThemeToggle() {
  const { choice, theme } = useTheme();
  return (
    <select
      className="theme-toggle"
      aria-label="Colour theme"
      title={`Theme: ${LABELS[choice]}${choice === 'system' ? ` (${theme} now)` : ''}`}
      data-testid="theme-toggle"
      data-theme-now={theme}
      value={choice}
      onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
    >
      {(Object.keys(LABELS) as ThemeChoice[]).map((c) => (
        <option key={c} value={c}>
          {c === 'system' ? '◐ ' : c === 'light' ? '☀ ' : '☾ '}
          {LABELS[c]}
        </option>
      ))}
    </select>
  );
}
