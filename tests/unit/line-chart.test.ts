import { describe, expect, it } from 'vitest';
import { lineChart } from '../../src/lib/charts/line.ts';

describe('lineChart', () => {
  const chart = lineChart(
    [
      { label: '2022', value: 1 },
      { label: '2023', value: 10 },
      { label: '2024', value: 5.5 },
    ],
    { width: 300, height: 150, domain: [1, 10], ticks: [1, 5, 10], margin: { left: 30, right: 10, top: 10, bottom: 20 } },
  );

  it('places the lowest value on the bottom edge and the highest on the top edge of the plot', () => {
    expect(chart.points[0]!.y).toBe(130);
    expect(chart.points[1]!.y).toBe(10);
    expect(chart.points[2]!.y).toBe(70);
  });

  it('spaces the years evenly from left to right, inside the plot', () => {
    const xs = chart.points.map((p) => p.x);
    expect(xs[0]).toBeGreaterThan(30);
    expect(xs[2]).toBeLessThan(290);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!);
  });

  it('writes a polyline through every point and grid lines for the ticks', () => {
    expect(chart.polyline.split(' ')).toHaveLength(3);
    expect(chart.ticks.map((t) => t.y)).toEqual([130, 130 - (4 / 9) * 120, 10]);
  });
});
