// Contest clocks: a ticking "now" for countdowns and how to write a span and a start time.

import { useEffect, useState } from 'react';

/** The current time in ms, updated every `everyMs` (one timer per component that asks). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** `2d 03:04:05`, `03:04:05`, or `04:05` under an hour; never negative. */
export function formatSpan(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = h > 0 || days > 0 ? `${two(h)}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** A start time in the reader's own zone, e.g. "Sun, Jan 10, 03:30". */
export function formatStart(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** `90 min`, `2 h`, `1 h 30 min`. */
export function formatDuration(startIso: string, endIso: string): string {
  const minutes = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The phase by the reader's clock, which moves on between the farm's answers. */
export function phaseAt(now: number, startsAt: string, endsAt: string): 'upcoming' | 'running' | 'ended' {
  if (now < Date.parse(startsAt)) return 'upcoming';
  return now < Date.parse(endsAt) ? 'running' : 'ended';
}
