/** Mermaid charts (SPEC §11): each with its text, labels reduced to a safe alphabet, a switch off. */
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/markdown.js';
import { barRange, chartLabel } from '../../src/report/sections/charts.js';
import type { Report } from '../../src/report/model.js';
import { firstFoldLines } from './fold.js';
import { run } from '../pipeline/memory.js';
import { churnConfig, churnMetrics, CHURN_BASE_METRICS, BASELINE } from '../pipeline/scenarios.js';

const ROLLOUT = (steps: string) => `kind: MlgateRollout
model: churn
candidate: churn:2026-11-20
strategy: canary
steps:
${steps}
guardrails:
  - { metric: p95_latency_ms, max: 75 }
  - { metric: error_rate, max_ratio_vs_control: 2 }
rollback:
  artifact: churn:2026-10-01
  trigger: 'error_rate > 2x control for 15m'
`;

async function report(charts?: boolean): Promise<Report> {
  const rollout = '    rollout: deploy/rollout.yaml\n';
  const cfg = (c: string) =>
    c.replace('    baseline: models/churn/baseline-metrics.json\n', (m) => m + rollout) +
    (charts === undefined ? '' : `comment: { charts: ${charts} }\n`);
  const tree = (metrics: string, steps: string) => ({
    '.mlgate.yml': cfg(churnConfig()),
    'models/churn/metrics.json': metrics,
    'models/churn/baseline-metrics.json': BASELINE,
    'deploy/rollout.yaml': ROLLOUT(steps),
  });
  return run({
    base: tree(CHURN_BASE_METRICS, '  - { traffic: 10, hold: 1h }\n  - { traffic: 100 }\n'),
    head: tree(
      churnMetrics(0.843, 0.72),
      '  - { traffic: 1, hold: 1h }\n  - { traffic: 10, hold: 4h }\n  - { traffic: 100 }\n',
    ),
  });
}

const mermaidBlocks = (md: string) => md.match(/^```mermaid\n[\s\S]*?^```$/gm) ?? [];

describe('charts', () => {
  it('slices base vs head (worst first) and the rollout staircase, folded, each with its text', async () => {
    const r = await report();
    const md = renderComment(r, { commentKey: 'k' }).markdown;
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const slices = blocks.find((b) => b.includes('recall by slice'))!;
    // Worst first: 0.72 (tenure_gt_24m) before 0.73 and 0.77.
    expect(slices).toContain('x-axis ["tenure_gt_24m", "tenure_6_24m", "tenure_lt_6m"]');
    expect(slices).toContain('bar [0.72, 0.73, 0.77]');
    expect(slices).toContain('line [0.71, 0.72, 0.76]');
    // The worst slice is a visible bar: the axis starts below the smallest value.
    expect(slices).toContain('y-axis "recall" 0.68 --> 0.776');
    // A comma in a title stays a comma (it used to show as `_`).
    expect(slices).toContain('title "recall by slice: head bars, base line"');
    const traffic = blocks.find((b) => b.includes('traffic percent'))!;
    // Base first, head last: the PR's plan is drawn on top.
    expect(traffic).toContain('title "traffic percent by time since start: head blue, base grey"');
    // Grey for the base, GitHub's blue for the PR (Mermaid's first default colour is near white).
    expect(traffic).toContain('"plotColorPalette": "#57606a, #0969da"');
    expect(slices).toContain('"plotColorPalette": "#54aeff, #57606a"');
    expect(traffic).toContain('  line [10, 10, 100, 100, 100]\n  line [1, 1, 10, 10, 100]');
    // The fold's title is raw HTML, where a markdown escape would show as a backslash.
    expect(md).toContain('<summary>📈 Charts: Rollout, slices.*.recall</summary>');
    expect(md).toContain('tenure\\_gt\\_24m 0.71 → 0.72');
    // Charts live inside the fold: the first fold is unchanged.
    expect(firstFoldLines(md).join('\n')).not.toContain('mermaid');
    expect(firstFoldLines(md).length).toBeLessThanOrEqual(15);
  });

  it('comment: { charts: false } drops the Mermaid blocks and keeps the text', async () => {
    const md = renderComment(await report(false), { commentKey: 'k' }).markdown;
    expect(mermaidBlocks(md)).toEqual([]);
    expect(md).toContain('tenure\\_gt\\_24m 0.71 → 0.72');
  });

  it.each([
    [
      [0.72, 0.73, 0.77],
      [0.695, 0.775],
    ],
    [
      [5, 5],
      [4.75, 5.05],
    ],
    [
      [0.01, 0.5],
      [0, 0.549],
    ],
    [
      [-2, -1],
      [-2.5, -0.9],
    ],
  ])('bars of %j stand on an axis from %j', (values, range) => {
    const [lo, hi] = barRange(values);
    expect([Number(lo.toFixed(6)), Number(hi.toFixed(6))]).toEqual(range);
  });

  it.each([
    ['a"b', 'a_b'],
    ['x]\n%%{init: {}}%%', 'x_____init: _____'],
    ['', '_'],
    ['head, base', 'head, base'],
  ])('a label from a file cannot break out of its string: %j', (raw, safe) => {
    expect(chartLabel(raw)).toBe(safe);
  });
});
