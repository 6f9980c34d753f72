/**
 * Issue 10 points 2 and 4: every "missing" names the revision it looked in; every gate finding
 * names the metrics file its value came from (or would come from) and the gate line that asked;
 * two gates never print the same line, in the text output or the comment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { buildRepo, check, type TestRepo } from './repo.js';

const CONFIG = `version: 1
models:
  - name: m
    metrics: results/metrics.json
    production: prod.json
    gates:
      - { metric: auc, min: 0.8 }
      - { metric: f1, min: 0.5 }
      - { metric: f1, vs: production, max_drop: 0.01 }
      - { metric: rec, vs: production, max_drop: 0.01 }
      - { metric: rec, vs: production, max_drop_pct: 1 }
      - { metric: auc, vs: production, max_drop: 0.001 }
checklist: { enabled: false }
`;

describe('messages name the revision, the metrics file and the gate line', () => {
  let repo: TestRepo;
  let report: Report;
  let head: string;
  beforeAll(async () => {
    repo = buildRepo([
      {
        '.mlgate.yml': CONFIG,
        'results/metrics.json': { auc: 0.85, rec: 0.5 },
        'prod.json': { auc: 0.96 },
      },
      { 'results/metrics.json': { auc: 0.95, rec: 0.4 } },
    ]);
    head = repo.shas[1].slice(0, 7);
    report = await check(repo, repo.shas[0], repo.shas[1]);
  });
  afterAll(() => repo.remove());

  it('a missing metric names the file and the commit it looked in, at the gate line', () => {
    const f1 = report.findings.filter((f) => f.check === 'gate' && f.message.includes('f1'));
    expect(f1.map((f) => [f.file, f.line, f.message])).toEqual([
      ['.mlgate.yml', 8, `f1 is missing from results/metrics.json at commit ${head}`],
      ['.mlgate.yml', 9, `f1 is missing from results/metrics.json at commit ${head}`],
    ]);
    // The reference's file is named with the revision it was read at (the head, by default).
    const rec = report.models[0].gates.filter((g) => g.metric === 'rec');
    expect(rec.map((g) => g.message)).toEqual([
      `production rec is missing from prod.json at commit ${head} (did you mean \`auc\`?)`,
      `production rec is missing from prod.json at commit ${head} (did you mean \`auc\`?)`,
    ]);
  });

  it('a failed value sits at its line in the metrics file and names the gate line', () => {
    const auc = report.findings.find((f) => f.check === 'gate' && f.message.startsWith('auc '));
    expect(auc).toMatchObject({ file: 'results/metrics.json', line: 2 });
    expect(auc?.message).toMatch(/\(gate at \.mlgate\.yml:12\)$/);
    const gate = report.models[0].gates.find((g) => g.gate === 5);
    expect(gate).toMatchObject({ path: 'results/metrics.json', line: 2, configLine: 12 });
  });

  it('text: every failing row says where, and no row is printed twice', () => {
    const text = renderText(report);
    const rows = text.split('\n').filter((l) => /^ {2}(FAIL|WARN|PASS|SKIP) /.test(l));
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows).toContain(
      `  FAIL  vs production: f1 is missing from results/metrics.json at commit ${head} · gate .mlgate.yml:9`,
    );
    expect(rows).toContain(
      `  FAIL  production rec is missing from prod.json at commit ${head} (did you mean \`auc\`?) · results/metrics.json:3 · gate .mlgate.yml:10`,
    );
    expect(rows).toContain(
      '  FAIL  auc dropped 0.01 vs production (0.96 → 0.95; max 0.001) · results/metrics.json:2 · gate .mlgate.yml:12',
    );
  });

  it('markdown: failing items, table rows and notes are never printed twice', () => {
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    const items = md.split('### Failing gates\n')[1].split('\n\n')[0].split('\n');
    expect(new Set(items).size).toBe(items.length);
    expect(items).toHaveLength(5);
    for (const item of items) expect(item).toMatch(/ · gate `\.mlgate\.yml:\d+`/);
    const table = md.split('#### Gates\n\n')[1].split('\n\n')[0].split('\n');
    expect(new Set(table).size).toBe(table.length);
    const notes = md
      .split('#### Gates\n\n')[1]
      .split('\n\n')[1]
      .split('\n')
      .map((l) => l.replace(/^\d+\. /, ''));
    expect(new Set(notes).size).toBe(notes.length);
  });
});

describe('the working tree is named as such', () => {
  it('a metric missing from the working tree says so', async () => {
    const repo = buildRepo([
      {
        '.mlgate.yml': CONFIG.replace('    production: prod.json\n', ''),
        'results/metrics.json': {},
      },
    ]);
    try {
      const report = await check(repo, null, 'workspace');
      expect(report.models[0].gates[0].message).toBe(
        'auc is missing from results/metrics.json in the working tree',
      );
    } finally {
      repo.remove();
    }
  });
});
