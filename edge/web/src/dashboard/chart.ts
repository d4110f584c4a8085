// Chart.js, loaded only when a chart is first drawn (a dynamic import, so its chunk stays out
// of the first load), with just the pieces the dashboard uses registered. Charts take their
// colours from the page's palette (styles.css) and are redrawn when the theme changes.

import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import { useEffect, useRef } from 'react';
import { paletteColor, useTheme } from '../theme/theme';

let loading: Promise<typeof Chart> | null = null;

function loadChart(): Promise<typeof Chart> {
  loading ??= import('chart.js').then((m) => {
    m.Chart.register(m.RadarController, m.RadialLinearScale, m.PointElement, m.LineElement, m.Filler, m.DoughnutController, m.ArcElement, m.Tooltip, m.Legend, m.LineController, m.LinearScale, m.CategoryScale);
    return m.Chart;
  });
  return loading;
}

/** The palette colours charts use, read when a chart is drawn. */
export function chartPalette() {
  return {
    accent: paletteColor('--accent'),
    accentStrong: paletteColor('--accent-strong'),
    easy: paletteColor('--easy'),
    medium: paletteColor('--medium'),
    hard: paletteColor('--hard'),
    track: paletteColor('--heat-0'),
    text: paletteColor('--muted'),
    grid: paletteColor('--chart-grid'),
  };
}

export type ChartPalette = ReturnType<typeof chartPalette>;

/** `color` (#rrggbb) at opacity `alpha`, for fills under lines. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m ? `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})` : color;
}

/** Draws `config(palette)` on the returned canvas; redrawn when `key` or the theme changes,
 * destroyed on unmount. */
export function useChart<T extends ChartType>(config: (palette: ChartPalette) => ChartConfiguration<T>, key: string) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { theme } = useTheme();
  useEffect(() => {
    let chart: Chart<T> | null = null;
    let live = true;
    void loadChart().then((ChartClass) => {
      if (!live || !canvas.current) return;
      const palette = chartPalette();
      // Axis labels, legends and grid lines of every chart.
      ChartClass.defaults.color = palette.text;
      ChartClass.defaults.borderColor = palette.grid;
      chart = new ChartClass<T>(canvas.current, config(palette));
    });
    return () => {
      live = false;
      chart?.destroy();
    };
    // `key` stands in for `config`, which is a fresh function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, theme]);
  return canvas;
}
