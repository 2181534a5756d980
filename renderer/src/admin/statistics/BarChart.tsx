import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only what a bar chart needs (Chart.js is tree-shaken to these): no tooltips (nothing to hover on a touch
// screen; the numbers are in the page's tables), no animation (a kiosk redraws at once).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

export interface BarSeries {
  readonly label: string;
  readonly data: readonly number[];
  /** A CSS colour variable of the theme (--color-success…), so contrast themes carry over. */
  readonly colorVar: string;
}

export interface BarChartProps {
  readonly labels: readonly string[];
  readonly series: readonly BarSeries[];
  readonly horizontal?: boolean;
  readonly stacked?: boolean;
  /** Set on the figure for tests ("per-day", "ratings"). */
  readonly name: string;
}

function cssVar(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/**
 * A bar chart drawn by Chart.js on a canvas, in the page's font and theme colours. The canvas is a picture
 * for the eye only (aria-hidden): every number it shows is also on the page as text, in a table beside it.
 */
export function BarChart({ labels, series, horizontal = false, stacked = false, name }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'>>(undefined);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const text = cssVar(element, '--color-text', '#111');
    const grid = cssVar(element, '--color-border', '#999');
    const style = getComputedStyle(element);
    const font = { family: style.fontFamily, size: Math.max(14, Math.round(parseFloat(style.fontSize) || 16)) };
    const data = {
      labels: [...labels],
      datasets: series.map((s) => {
        const color = cssVar(element, s.colorVar, '#0b4f9c');
        return {
          label: s.label,
          data: [...s.data],
          backgroundColor: color,
          maxBarThickness: 56,
        };
      }),
    };
    const valueAxis = {
      beginAtZero: true,
      stacked,
      ticks: { color: text, font, precision: 0 },
      grid: { color: grid },
    };
    // Every category labelled: five levels, or up to 30 days (Chart.js skips day labels only when they collide).
    const categoryAxis = { stacked, ticks: { color: text, font, autoSkip: !horizontal }, grid: { display: false } };
    const options = {
      indexAxis: horizontal ? ('y' as const) : ('x' as const),
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      events: [],
      plugins: {
        legend: { display: series.length > 1, labels: { color: text, font, boxWidth: font.size * 2 } },
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    };
    if (chart.current) {
      chart.current.data = data;
      chart.current.options = options;
      chart.current.update('none');
    } else {
      chart.current = new Chart(element, { type: 'bar', data, options });
    }
    return undefined;
  }, [labels, series, horizontal, stacked]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = undefined;
    },
    [],
  );

  return (
    <div className="k-stats-chart__canvas" data-chart={name}>
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
