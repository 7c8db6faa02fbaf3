/**
 * Geometry of a horizontal stacked bar chart (one bar per row, one segment per series), computed with
 * d3-scale so the SVG can be written at build time without any script in the page.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface StackedRow {
  label: string;
  values: number[];
}

export interface Segment {
  series: number;
  x: number;
  width: number;
  value: number;
}

export interface BarLayout {
  label: string;
  y: number;
  height: number;
  total: number;
  segments: Segment[];
}

export function stackedBars(rows: StackedRow[], opts: { width: number; labelWidth: number; rowHeight: number; gap?: number }) {
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  // Room at the right for the value written after the longest bar.
  const x = scaleLinear()
    .domain([0, max])
    .range([opts.labelWidth, opts.width - 72]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([0, rows.length * opts.rowHeight])
    .paddingInner(opts.gap ?? 0.3);
  const bars: BarLayout[] = rows.map((row, i) => {
    let start = 0;
    const segments = row.values.map((value, series) => {
      const segment = { series, x: x(start), width: x(start + value) - x(start), value };
      start += value;
      return segment;
    });
    return { label: row.label, y: y(i) ?? 0, height: y.bandwidth(), total: start, segments: segments.filter((s) => s.value > 0) };
  });
  return { bars, height: rows.length * opts.rowHeight, endOf: (total: number) => x(total) };
}
