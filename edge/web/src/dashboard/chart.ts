// Chart.js, loaded only when a chart is first drawn (a dynamic import, so its chunk stays out
// of the first load), with just the pieces the dashboard uses registered.

import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import { useEffect, useRef } from 'react';

let loading: Promise<typeof Chart> | null = null;

function loadChart(): Promise<typeof Chart> {
  loading ??= import('chart.js').then((m) => {
    m.Chart.register(m.RadarController, m.RadialLinearScale, m.PointElement, m.LineElement, m.Filler, m.DoughnutController, m.ArcElement, m.Tooltip, m.Legend, m.LineController, m.LinearScale, m.CategoryScale);
    return m.Chart;
  });
  return loading;
}

/** Draws `config` on the returned canvas; redrawn when `key` changes, destroyed on unmount. */
export function useChart<T extends ChartType>(config: ChartConfiguration<T>, key: string) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: Chart<T> | null = null;
    let live = true;
    void loadChart().then((ChartClass) => {
      if (live && canvas.current) chart = new ChartClass<T>(canvas.current, config);
    });
    return () => {
      live = false;
      chart?.destroy();
    };
    // `key` stands in for `config`, which is a fresh object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return canvas;
}
