/** SPEC §8 The sticky comment: marker, section order, size limit, escaping of user text. */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { renderComment } from '../../src/report/markdown.js';
import { MemorySource } from '../pipeline/memory.js';
import { specMetrics, specTrees, type Files } from './helpers.js';

const RUN = 'https://github.com/acme/churn/actions/runs/99';
const HEAD = 'abcdef0123456789abcdef0123456789abcdef01';

function check(trees: { base: Files; head: Files }, prBody: string | null = '') {
  return runPipeline({
    head: new MemorySource('head', trees.head),
    base: new MemorySource('base', trees.base),
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody,
    pr: { number: 7, base: '1'.repeat(40), head: HEAD },
    failOn: 'error',
    runUrl: RUN,
  });
}

/** Fences and <details> balanced: nothing was cut inside a block. */
function balanced(md: string): void {
  const fences = md.split('\n').filter((l) => /^\s*```/.test(l));
  expect(fences.length % 2).toBe(0);
  expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
}

describe('§8 marker and order', () => {
  it.each(['default', 'svc-a/matrix.1'])(
    'the first line is exactly the marker for key %s',
    async (key) => {
      const md = renderComment(await check(specTrees()), { commentKey: key }).markdown;
      expect(md.split('\n')[0]).toBe(`<!-- mlgate:v1 key=${key} -->`);
    },
  );

  it('sections come in the SPEC order, with the footer last', async () => {
    // A failing gate, a metric change without a ledger entry: every section is present.
    const trees = specTrees(specMetrics({ calibration_error: 0.09 }));
    const ledger = trees.base['models/churn/LEDGER.md'];
    trees.head['models/churn/LEDGER.md'] = ledger;
    const report = await check(trees);
    expect(report.passed).toBe(false);
    const md = renderComment(report, { commentKey: 'default' }).markdown;
    const at = (pattern: RegExp) => {
      const i = md.search(pattern);
      expect(i, String(pattern)).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at(/^## ❌ mlgate/m),
      at(/^### Failing gates/m),
      at(/^#### Gates/m),
      at(/^#### Metric diff/m),
      at(/Data contract `data\/churn\.odcs\.yaml`/),
      at(/^#### Rollout/m),
      at(/Review checklist/),
      at(/Observation ledger/),
      at(/Suggested (ledger )?entry/i),
      at(/^---\n<sub>mlgate /m),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const footer = md.slice(order.at(-1));
    expect(footer).toContain('mlgate 0.1.0');
    expect(footer).toContain(HEAD.slice(0, 7));
    expect(footer).toContain(RUN);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it.each([
    [specMetrics(), '✅'],
    [
      specMetrics({
        slices: { a: { recall: 0.5, positive_rate: 0.3 }, b: { recall: 0.9, positive_rate: 0.3 } },
      }),
      '⚠️',
    ],
    [specMetrics({ auc: { value: 0.5, ci: [0.4, 0.6] } }), '❌'],
  ])('the verdict line has the icon and counts (%#)', async (metrics, icon) => {
    const trees = specTrees(metrics);
    const report = await check(
      trees,
      [
        '- [x] Training and serving transformations are shared or equivalence-tested',
        '- [x] Fairness slices reviewed by the decision owner',
      ].join('\n'),
    );
    const lines = renderComment(report, { commentKey: 'k' }).markdown.split('\n');
    expect(lines[1].startsWith(`## ${icon}`)).toBe(true);
    expect(lines[2]).toContain(`${report.counts.errors} error`);
    expect(lines[2]).toContain(`${report.counts.warnings} warning`);
  });
});

describe('§8 size', () => {
  const huge = (n: number, name: (i: number) => string): { base: Files; head: Files } => {
    const gates = [{ metric: 's.*.v', min: 0.5 }];
    const config = stringify({ version: 1, models: [{ name: 'm', metrics: 'm.json', gates }] });
    const metrics = (shift: number) =>
      JSON.stringify({
        s: Object.fromEntries(
          Array.from({ length: n }, (_, i) => [name(i), { v: (i % 10) / 10 + shift }]),
        ),
      });
    return {
      base: { '.mlgate.yml': config, 'm.json': metrics(0) },
      head: { '.mlgate.yml': config, 'm.json': metrics(0.01) },
    };
  };

  it.each([
    ['3,000 slices', 3000, (i: number) => `slice_${i}`],
    ['1,500 slices with 200-character names', 1500, (i: number) => `${'x'.repeat(200)}_${i}`],
  ])('%s: never over 65,536 characters, blocks intact, footer kept', async (_w, n, name) => {
    const report = await check(huge(n, name));
    const { markdown, warnings } = renderComment(report, { commentKey: 'k' });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown.split('\n')[0]).toBe('<!-- mlgate:v1 key=k -->');
    expect(markdown).toContain('mlgate 0.1.0');
    expect(Array.isArray(warnings)).toBe(true);
    balanced(markdown);
    // Every table row is whole: rows start and end with a pipe.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('|')))
      expect(line.endsWith('|'), line.slice(0, 80)).toBe(true);
  });
});

describe('§8 escaping of user text', () => {
  const evil = 'x|y <img src=x onerror=alert(1)> @octocat\nnext';
  it('metric names, ledger text and PR body text: |, newlines, HTML and @mentions', async () => {
    const name = 'a|b<script>@octocat';
    const config = stringify({
      version: 1,
      models: [
        {
          name: 'm',
          metrics: 'm.json',
          ledger: 'LEDGER.md',
          gates: [{ metric: 'x', min: 1, name: evil }],
        },
      ],
      checklist: { items: [{ id: 'custom', text: 'Reviewed by @octocat' }] },
    });
    const tree = (v: number, ledger: string): Files => ({
      '.mlgate.yml': config,
      'm.json': JSON.stringify({ x: v, [name]: v }),
      'LEDGER.md': ledger,
    });
    const entry = `## Iteration 1: <b>bold</b> @octocat\n- Change: ${evil.replace('\n', ' ')}\n- Metric movement: x +1 (0 → 1)\n- Decision: promote\n`;
    const report = await check(
      { base: tree(0, ''), head: tree(1, entry) },
      '- [ ] Reviewed by @octocat N/A: not needed <script>alert(1)</script> @octocat\n',
    );
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    expect(report.findings.filter((f) => f.check === 'config')).toEqual([]);
    // No mention pings anybody, no raw HTML from users.
    expect(md).not.toMatch(/@octocat/);
    // Raw HTML only inside code spans and fences, where GitHub shows it as text.
    const outsideCode = md
      .replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '')
      .replace(/`+[^`\n]*`+/g, '');
    expect(outsideCode).not.toMatch(/<img|<script|<b>/);
    // Table rows stay whole: a `|` in user text never adds a column.
    const gateRows = md.split('\n').filter((l) => l.startsWith('|') && l.includes('onerror'));
    expect(gateRows.length).toBeGreaterThan(0);
    for (const row of gateRows) {
      const cells = row.split(/(?<!\\)\|/).length;
      const header = md.split('\n').find((l) => l.startsWith('|') && l.includes('Threshold'))!;
      expect(cells).toBe(header.split('|').length);
    }
    balanced(md);
  });
});

describe('§8 size with one huge block', () => {
  it('a 200 KB ledger entry: the section is dropped or shortened with a note, never cut inside its fence', async () => {
    const trees = specTrees();
    const long = Array.from(
      { length: 2000 },
      (_, i) => `- Debt created: item ${i} ${'z'.repeat(90)}`,
    );
    trees.head['models/churn/LEDGER.md'] +=
      `\n## Iteration 8: huge\n- Change: c\n- Metric movement: m\n- Decision: promote\n${long.join('\n')}\n`;
    const { markdown } = renderComment(await check(trees), { commentKey: 'k' });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('mlgate 0.1.0');
    balanced(markdown);
  });
});
