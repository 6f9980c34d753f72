import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { MemorySource } from '../checklist/memory-source.js';

const CONFIG = (ledger: string) =>
  `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    ledger: ${ledger}\n    gates:\n      - { metric: auc, min: 0.5 }\n`;

async function run(ledger: string, head: Record<string, string>, base: Record<string, string>) {
  return runPipeline({
    head: new MemorySource({ '.mlgate.yml': CONFIG(ledger), 'm.json': '{"auc": 0.9}', ...head }),
    base: new MemorySource({ '.mlgate.yml': CONFIG(ledger), 'm.json': '{"auc": 0.8}', ...base }),
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody: null,
    pr: { number: null, base: null, head: null },
    failOn: 'error',
  });
}

const ledgerFindings = (r: Awaited<ReturnType<typeof run>>) =>
  r.findings
    .filter((f) => f.check === 'ledger')
    .map((f) => `${f.level} ${f.file}:${f.line ?? ''} ${f.message}`);

describe('ledger stage', () => {
  it('a ledger missing at head is an error', async () => {
    const r = await run('L.md', {}, { 'L.md': '## Iteration 1: a\n- Change: x\n' });
    expect(ledgerFindings(r)).toEqual(['error L.md: L.md: not found in memory']);
    expect(r.models[0].ledger?.entries).toBeNull();
  });

  it('a broken YAML ledger is an error at head and a warning at base', async () => {
    const r = await run('L.yaml', { 'L.yaml': '- a: [1,\n' }, { 'L.yaml': '- a: [\n' });
    const found = ledgerFindings(r);
    expect(found[0]).toMatch(/^error L\.yaml:\d* L\.yaml: /);
    expect(found.some((f) => /^warning L\.yaml:\d* at base: /.test(f))).toBe(true);
  });

  it('a ledger added by this PR, with the entry for the metric change', async () => {
    const entry =
      '## Iteration 1: first\n- Change: x\n- Metric movement: auc +0.1 (0.8 → 0.9)\n- Decision: promote\n';
    const r = await run('L.md', { 'L.md': entry }, {});
    expect(ledgerFindings(r)).toEqual([]);
    expect(r.models[0].ledger).toMatchObject({
      baseEntries: null,
      entries: 1,
      metricsChanged: true,
    });
  });
});
