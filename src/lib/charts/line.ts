/**
 * Geometry of a small line chart (one series over years), computed with d3-scale so the SVG is written
 * at build time with no script in the page.
 */
import { scaleLinear, scalePoint } from 'd3-scale';

export interface LinePoint {
  label: string;
  value: number;
  x: number;
  y: number;
}

export interface LineChart {
  points: LinePoint[];
  /** The `points` attribute of an SVG polyline. */
  polyline: string;
  /** Horizontal grid lines with their values. */
  ticks: { value: number; y: number }[];
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
}

export function lineChart(
  series: { label: string; value: number }[],
  opts: {
    width: number;
    height: number;
    domain: [number, number];
    ticks: number[];
    margin?: { left: number; right: number; top: number; bottom: number };
  },
): LineChart {
  const m = opts.margin ?? { left: 28, right: 16, top: 20, bottom: 24 };
  const plot = { left: m.left, right: opts.width - m.right, top: m.top, bottom: opts.height - m.bottom };
  const x = scalePoint<string>()
    .domain(series.map((s) => s.label))
    .range([plot.left, plot.right])
    .padding(0.3);
  const y = scaleLinear().domain(opts.domain).range([plot.bottom, plot.top]);
  const points = series.map((s) => ({ ...s, x: x(s.label) ?? plot.left, y: y(s.value) }));
  return {
    points,
    polyline: points.map((p) => `${round(p.x)},${round(p.y)}`).join(' '),
    ticks: opts.ticks.map((value) => ({ value, y: y(value) })),
    width: opts.width,
    height: opts.height,
    plot,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
