/**
 * Crashes and hangs the hostile suite found, kept as regressions: each ran out of stack, threw
 * from a regular expression, or spent minutes in a quadratic loop before its fix.
 */
import { describe, expect, it } from 'vitest';
import { escapeCell, fenced } from '../../src/report/escape.js';
import { parseMovement } from '../../src/checks/ledger-movement.js';
import { HEAD, dump, runCase, type Tree } from './harness.js';

const TICKS = '` '.repeat(300_000);

describe('300,000 backtick runs in user text (Math.max spread overflowed the stack)', () => {
  const cases: [string, Tree][] = [
    ['a metric name', { 'models/churn/metrics.json': JSON.stringify({ [TICKS]: 1, auc: 0.9 }) }],
    ['a ledger entry', { 'models/churn/LEDGER.md': `## Iteration 9: x\n- Change: ${TICKS}\n` }],
    [
      'a contract name',
      {
        'data/churn.odcs.yaml': `apiVersion: v3.0.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\nname: "${TICKS}"\n`,
      },
    ],
  ];
  it.each(cases)('%s', async (_name, head) => {
    const { report } = await runCase({ head });
    expect(report.findings.length, dump(report)).toBeGreaterThan(0);
  });

  it('fenced() and code cells pick a fence longer than any run', () => {
    expect(fenced(`a ${'`'.repeat(7)} b`)).toMatch(/^`{8}\n/);
    expect(escapeCell(TICKS).length).toBeGreaterThan(0);
  });
});

describe('ledger movement against many metrics (one RegExp per clause × metric name)', () => {
  it('a 40,000-clause Metric movement with 19,000 metrics completes', async () => {
    const many: Record<string, number> = {};
    for (let i = 0; i < 19_000; i++) many[`m${i}`] = i / 1e5;
    const head = JSON.parse(HEAD['models/churn/metrics.json']) as Record<string, unknown>;
    const ledger = `${HEAD['models/churn/LEDGER.md']}\n## Iteration 99: x\n- Change: y\n- Metric movement: ${'m18999 +0.1 (1 → 2); '.repeat(40_000)}\n- Decision: promote\n`;
    const { report } = await runCase({
      head: {
        'models/churn/metrics.json': JSON.stringify({ ...head, ...many }),
        'models/churn/LEDGER.md': ledger,
      },
    });
    expect(report.models[0].ledger).toBeDefined();
  });

  it('a metric name full of regex syntax is matched literally', () => {
    const name = 'a(b[c*'.repeat(1000);
    expect(parseMovement(`${name} +0.1`, [name])).toEqual([
      expect.objectContaining({ metric: name, delta: expect.objectContaining({ value: 0.1 }) }),
    ]);
    expect(parseMovement('auc.x +0.1; xauc +0.2; auc -0.3', ['auc'])).toEqual([
      expect.objectContaining({ metric: 'auc', delta: expect.objectContaining({ value: -0.3 }) }),
    ]);
  });
});
