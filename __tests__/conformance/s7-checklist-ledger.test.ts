/** SPEC §7: the 12 checklist items, evidence, attestation, N/A waivers; the ledger rules and the suggested entry. */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { renderComment } from '../../src/report/markdown.js';
import { MemorySource } from '../pipeline/memory.js';
import { specTrees, type Files } from './helpers.js';

const TABLE: [string, string][] = [
  ['prediction-contract', 'Prediction contract is explicit and testable'],
  [
    'data-contract',
    'Data contract defines entity grain, label timing, feature timing, and snapshot/version',
  ],
  ['leakage', 'Leakage risks were checked against prediction-time availability'],
  ['reproducible', 'Training is reproducible from code, config, data version, and seed'],
  ['baseline-production', 'Metrics compare against baseline and current production model'],
  ['slices', 'Slice metrics and guardrails are included for high-risk cohorts'],
  ['fail-closed', 'Promotion gates are automated and fail closed'],
  ['train-serve', 'Training and serving transformations are shared or equivalence-tested'],
  ['artifact', 'Model artifact carries version, config, dataset reference, and preprocessing'],
  ['serving', 'Serving path validates inputs and has timeout, fallback, and rollback behavior'],
  [
    'monitoring',
    'Monitoring covers system health, feature drift, prediction drift, and delayed labels',
  ],
  ['sensitive-data', 'Sensitive data is excluded from artifacts, logs, prompts, and examples'],
];

function check(trees: { base: Files | null; head: Files }, prBody: string | null) {
  return runPipeline({
    head: new MemorySource('head', trees.head),
    base: trees.base ? new MemorySource('base', trees.base) : null,
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody,
    pr: { number: 7, base: 'b'.repeat(40), head: 'h'.repeat(40) },
    failOn: 'error',
  });
}

/** A bare model: no manifest, contract or rollout, so most items have no machine evidence. */
const bare = (checklist: unknown = undefined): Files => ({
  '.mlgate.yml': stringify({
    version: 1,
    models: [{ name: 'm', metrics: 'm.json', gates: [{ metric: 'auc', min: 0.5 }] }],
    ...(checklist ? { checklist } : {}),
  }),
  'm.json': '{"auc": 0.9}',
});

describe('§7 the default checklist', () => {
  it('has the 12 items with the stable ids and texts, in order', async () => {
    const report = await check({ base: bare(), head: bare() }, null);
    expect(report.checklist?.items.map((i) => [i.id, i.text])).toEqual(TABLE);
  });

  it('the comment prints the snippet to paste, with every id and text', async () => {
    const report = await check({ base: bare(), head: bare() }, '');
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    for (const [id, text] of TABLE) expect(md).toContain(`- [ ] ${text} <!-- mlgate:${id} -->`);
  });

  it('machine evidence satisfies items on the SPEC example', async () => {
    const report = await check(specTrees(), '');
    const status = Object.fromEntries(report.checklist!.items.map((i) => [i.id, i.status]));
    for (const id of [
      'prediction-contract',
      'data-contract',
      'leakage',
      'reproducible',
      'baseline-production',
      'slices',
      'fail-closed',
      'artifact',
      'serving',
      'monitoring',
      'sensitive-data',
    ])
      expect([id, status[id]]).toEqual([id, 'evidence']);
    expect(status['train-serve']).toBe('missing');
  });
});

describe('§7 attestation and waivers in the PR body', () => {
  const body = [
    '## Review',
    '- [x] Training and serving transformations are shared or equivalence-tested',
    '- [X] anything at all <!-- mlgate:artifact -->',
    '- [ ] Slice metrics and guardrails are included for high-risk cohorts',
    '- [ ] Monitoring covers system health, feature drift, prediction drift, and delayed labels N/A: batch model, no online traffic',
    '<!--',
    '- [x] Serving path validates inputs and has timeout, fallback, and rollback behavior',
    '-->',
    '```markdown',
    '- [x] Sensitive data is excluded from artifacts, logs, prompts, and examples',
    '```',
  ].join('\n');

  it.each([
    ['train-serve', 'attested', 'ticked, matched by its exact text'],
    ['artifact', 'attested', 'ticked, matched by the hidden id'],
    ['slices', 'missing', 'not ticked'],
    ['monitoring', 'waived', 'N/A: reason'],
    ['serving', 'missing', 'ticked inside an HTML comment: ignored'],
    ['sensitive-data', 'missing', 'ticked inside a code block: ignored'],
  ])('%s is %s (%s)', async (id, want) => {
    const report = await check({ base: bare(), head: bare() }, body);
    const item = report.checklist!.items.find((i) => i.id === id)!;
    expect(item.status).toBe(want);
    if (want === 'waived') expect(item.reason).toBe('batch model, no online traffic');
  });

  it('a required item that is missing fails the check; attested, it passes', async () => {
    const cfg = { require: ['train-serve'] };
    const missing = await check({ base: bare(cfg), head: bare(cfg) }, '- [ ] nothing\n');
    expect(missing.passed).toBe(false);
    expect(missing.findings).toContainEqual(
      expect.objectContaining({ level: 'error', check: 'checklist' }),
    );
    const ok = await check({ base: bare(cfg), head: bare(cfg) }, body);
    expect(ok.passed).toBe(true);
  });

  it('N/A on an item that does not allow it is no waiver', async () => {
    const cfg = { items: [{ id: 'sign-off', text: 'Signed off by the owner', allow_na: false }] };
    const report = await check(
      { base: bare(cfg), head: bare(cfg) },
      '- [ ] Signed off by the owner N/A: too busy\n- [ ] Promotion gates are automated and fail closed N/A: no\n',
    );
    const status = (id: string) => report.checklist!.items.find((i) => i.id === id)!.status;
    expect(status('sign-off')).toBe('missing');
    expect(report.findings.some((f) => f.check === 'checklist' && /sign-off/.test(f.message))).toBe(
      true,
    );
  });

  it('a custom item is attested by its exact text', async () => {
    const cfg = {
      require: ['fairness-review'],
      items: [
        {
          id: 'fairness-review',
          text: 'Fairness slices reviewed by the decision owner',
          attest: true,
        },
      ],
    };
    const report = await check(
      { base: bare(cfg), head: bare(cfg) },
      '- [x] Fairness slices reviewed by the decision owner\n',
    );
    expect(report.checklist!.items.at(-1)).toMatchObject({
      id: 'fairness-review',
      status: 'attested',
    });
    expect(report.passed).toBe(true);
  });
});

describe('§7 observation ledger', () => {
  const entry = (n: number, movement: string, decision = '- Decision: promote') =>
    [
      `## Iteration ${n}: try ${n}`,
      `- Change: change ${n}`,
      `- Metric movement: ${movement}`,
      '- Slice movement: none',
      decision,
      '',
    ].join('\n');
  const tree = (ledger: string, auc: number, policy: Record<string, unknown> = {}): Files => ({
    '.mlgate.yml': stringify({
      version: 1,
      models: [
        {
          name: 'm',
          metrics: 'm.json',
          ledger: 'LEDGER.md',
          gates: [{ metric: 'auc', min: 0.5 }],
        },
      ],
      checklist: { enabled: false },
      ledger_policy: { require_entry_when_metrics_change: true, append_only: true, ...policy },
    }),
    'm.json': JSON.stringify({ auc, slices: { young: { recall: auc - 0.1 } } }),
    'LEDGER.md': `# Ledger\n\n${ledger}`,
  });
  const base = tree(entry(1, 'auc +0.01 (0.79 → 0.8)'), 0.8);
  const ledgerFindings = (r: Awaited<ReturnType<typeof check>>) =>
    r.findings.filter((f) => f.check === 'ledger' && f.level !== 'notice');

  it('a good new entry: shown as a diff block, no findings', async () => {
    const head = tree(
      entry(1, 'auc +0.01 (0.79 → 0.8)') + '\n' + entry(2, 'auc +0.02 (0.8 → 0.82)'),
      0.82,
    );
    const report = await check({ base, head }, null);
    expect(ledgerFindings(report)).toEqual([]);
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    expect(md).toMatch(/```diff\n[\s\S]*\+## Iteration 2: try 2[\s\S]*```/);
  });

  it('metrics changed without a new entry: a new entry is required', async () => {
    const report = await check(
      { base, head: tree(entry(1, 'auc +0.01 (0.79 → 0.8)'), 0.82) },
      null,
    );
    expect(ledgerFindings(report).length).toBeGreaterThan(0);
    expect(report.passed).toBe(false);
  });

  it('an edited past entry breaks append_only', async () => {
    const head = tree(
      entry(1, 'auc +0.05 (0.79 → 0.84)') + '\n' + entry(2, 'auc +0.02 (0.8 → 0.82)'),
      0.82,
    );
    const report = await check({ base, head }, null);
    expect(
      ledgerFindings(report)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/Iteration 1/);
  });

  it('a removed past entry breaks append_only', async () => {
    const head = tree(entry(2, 'auc +0.02 (0.8 → 0.82)'), 0.82);
    const report = await check({ base, head }, null);
    expect(
      ledgerFindings(report)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/Iteration 1/);
  });

  it('a new entry must fill the required fields', async () => {
    const head = tree(
      entry(1, 'auc +0.01 (0.79 → 0.8)') + '\n' + entry(2, 'auc +0.02 (0.8 → 0.82)', ''),
      0.82,
    );
    const report = await check({ base, head }, null);
    expect(
      ledgerFindings(report)
        .map((f) => f.message)
        .join('\n'),
    ).toMatch(/Decision/);
  });

  it('the suggested entry fills Metric movement and Slice movement from the measured diff', async () => {
    const report = await check(
      { base, head: tree(entry(1, 'auc +0.01 (0.79 → 0.8)'), 0.82) },
      null,
    );
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    expect(md).toMatch(/- Metric movement: auc \+0\.02 \(0\.8 → 0\.82\)/);
    expect(md).toMatch(/- Slice movement: slices\.young\.recall \+0\.02 \(0\.7 → 0\.72\)/);
  });

  it('a YAML ledger with the same fields is read too', async () => {
    const yamlTree = (entries: unknown[], auc: number): Files => {
      const t = tree('', auc);
      const config = t['.mlgate.yml'].replace('LEDGER.md', 'ledger.yaml');
      return { ...t, '.mlgate.yml': config, 'ledger.yaml': stringify(entries) };
    };
    const e1 = { Change: 'one', 'Metric movement': 'auc +0.01 (0.79 → 0.8)', Decision: 'promote' };
    const e2 = { Change: 'two', 'Metric movement': 'auc +0.02 (0.8 → 0.82)', Decision: 'promote' };
    const report = await check({ base: yamlTree([e1], 0.8), head: yamlTree([e1, e2], 0.82) }, null);
    expect(ledgerFindings(report)).toEqual([]);
    expect(report.models[0].ledger).toBeDefined();
  });
});
