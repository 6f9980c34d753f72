import { describe, expect, it } from 'vitest';
import { findingLine } from '../../src/report/findings.js';
import { renderComment } from '../../src/report/markdown.js';
import { messageAfterFile } from '../../src/report/model.js';
import type { Finding } from '../../src/types.js';
import { run, type Trees } from '../pipeline/memory.js';

const config = (gates: string, extra = '') =>
  `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    gates:\n${gates}${extra}`;
const metrics = JSON.stringify({ auc: 0.84, recall: 0.6 });

const ledgerConfig = config(
  '      - { metric: auc, min: 0.8 }\n',
  'ledger_policy: { require_entry_when_metrics_change: true }\n',
).replace('metrics: m.json', 'metrics: m.json\n    ledger: L.md');

/** The first two lines of the comment, after the marker. */
async function verdict(trees: Trees): Promise<string[]> {
  const { markdown } = renderComment(await run(trees), { commentKey: 'default' });
  return markdown.split('\n').slice(1, 3);
}

// The reviewer learns from the first two lines whether the PR may merge and, if not, what blocks it.
describe('verdict lines', () => {
  it.each<[string, Trees, string[]]>([
    [
      'passing',
      {
        base: null,
        head: { '.mlgate.yml': config('      - { metric: auc, min: 0.8 }\n'), 'm.json': metrics },
      },
      ['## ✅ mlgate: ready to promote', '1/1 gates passed · 0 errors · 0 warnings'],
    ],
    [
      'a failing gate alone: listed right below, not repeated',
      {
        base: null,
        head: { '.mlgate.yml': config('      - { metric: auc, min: 0.9 }\n'), 'm.json': metrics },
      },
      ['## ❌ mlgate: promotion blocked', '0/1 gates passed · 1 error · 0 warnings'],
    ],
    [
      'a warn-level gate with fail-on warning says that warnings block',
      {
        base: null,
        failOn: 'warning',
        head: {
          '.mlgate.yml': config('      - { metric: recall, min: 0.7, level: warn }\n'),
          'm.json': metrics,
        },
      },
      [
        '## ❌ mlgate: promotion blocked',
        '0/1 gates passed · 0 errors · 1 warning · blocked by 1 failing gate (`fail-on: warning`: warnings block too)',
      ],
    ],
    [
      'a problem outside the gates names its kind',
      {
        base: {
          '.mlgate.yml': ledgerConfig,
          'm.json': JSON.stringify({ auc: 0.83 }),
          'L.md': '# Ledger\n',
        },
        head: { '.mlgate.yml': ledgerConfig, 'm.json': metrics, 'L.md': '# Ledger\n' },
      },
      [
        '## ❌ mlgate: promotion blocked',
        '1/1 gates passed · 1 error · 0 warnings · blocked by 1 ledger finding',
      ],
    ],
  ])('%s', async (_, trees, lines) => {
    expect(await verdict(trees)).toEqual(lines);
  });
});

it('failing gates on one missing metric are told apart by their reference', async () => {
  const cfg = config(
    '      - { metric: f1, min: 0.8 }\n      - { metric: f1, vs: production, max_drop: 0.01 }\n',
  );
  const report = await run({
    base: { '.mlgate.yml': cfg, 'm.json': JSON.stringify({ f1: 0.7 }) },
    head: { '.mlgate.yml': cfg, 'm.json': metrics },
  });
  const { markdown } = renderComment(report, { commentKey: 'default' });
  const list = markdown.split('### Failing gates\n')[1].split('\n\n')[0];
  expect(list.split('\n')).toEqual([
    '- ❌ f1 is missing from m.json at head · gate `.mlgate.yml:6` → provide the value, or set `required: false` on the gate to skip it',
    '- ❌ vs production: f1 is missing from m.json at head · gate `.mlgate.yml:7` → provide the value, or set `required: false` on the gate to skip it',
  ]);
});

describe('a finding line does not print its file twice', () => {
  it.each<[Finding, string]>([
    [
      { level: 'error', check: 'metrics', file: 'm.json', message: 'm.json: not found in head' },
      '- ❌ `m.json` not found in head',
    ],
    [
      { level: 'warning', check: 'config', file: 'a.yml', line: 3, message: 'a.yml: x' },
      '- ⚠️ `a.yml:3` x',
    ],
    [
      { level: 'notice', check: 'metrics', file: 'm.json', message: 'other.json: y' },
      '- ℹ️ `m.json` other.json: y',
    ],
    [{ level: 'error', check: 'config', message: 'm.json: z' }, '- ❌ m.json: z'],
  ])('%o', (f, line) => {
    expect(findingLine(f)).toBe(line);
    expect(messageAfterFile(f)).toBe(line.replace(/^- \S+ (`[^`]*` )?/, ''));
  });
});
