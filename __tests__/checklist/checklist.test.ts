import { describe, expect, it } from 'vitest';
import {
  checklistItems,
  checklistSnippet,
  DEFAULT_ITEMS,
  evaluateChecklist,
  type ChecklistInput,
} from '../../src/checks/checklist.js';
import { loadConfig } from '../../src/config/load.js';
import type { Config, GateSpec } from '../../src/config/types.js';
import { parseTaskItems } from '../../src/formats/pr-body.js';
import type { ModelReport } from '../../src/report/model.js';
import type { Evidence, GateResult } from '../../src/types.js';
import { runPipeline } from '../../src/pipeline.js';
import { MemorySource } from './memory-source.js';

const yes = (detail = 'ok'): Evidence => ({ ok: true, detail });
const no = (detail = 'not ok'): Evidence => ({ ok: false, detail });

const GATES: GateSpec[] = [
  { metric: 'auc', min: 0.8 },
  { metric: 'auc', vs: 'production', max_drop: 0.01 },
  { metric: 'auc', vs: 'baseline', min_gain: 0.02 },
  { metric: 'slices.*.recall', min: 0.7, level: 'warn' },
  { metric: 'latency.p95_ms', max: 80 },
];

function result(g: GateSpec, i: number, status: GateResult['status'] = 'pass'): GateResult {
  return {
    metric: g.metric,
    status,
    level: g.level ?? 'error',
    value: 1,
    reference: null,
    threshold: null,
    message: '',
    gate: i,
    ...(g.vs ? { vs: g.vs } : {}),
  };
}

function model(name: string, over: Partial<ModelReport> = {}): ModelReport {
  return {
    name,
    state: 'existing',
    metricsFile: 'm.json',
    gates: GATES.map((g, i) => result(g, i)),
    metrics: [],
    meta: { code_sha: 'abc', config_hash: 'h', dataset_version: 'v1', seed: 1 },
    notes: [],
    ...over,
  };
}

const full = (name = 'churn'): ModelReport =>
  model(name, {
    // Only the evidence matters to the checklist; the rest of the section is the contract stage's.
    contract: {
      file: 'c.yaml',
      evidence: {
        'data-contract': yes('grain'),
        leakage: yes('no leak'),
        'sensitive-data': yes('no pii'),
      },
    } as ModelReport['contract'],
    manifest: {
      file: 'model.yaml',
      evidence: {
        'prediction-contract': yes('prediction block'),
        artifact: yes('all four'),
        serving: yes('timeout and fallback'),
        monitoring: yes('all four'),
        reproducible: yes('run'),
      },
    },
    rollout: {
      file: 'r.yaml',
      policy: { max_first_step: 10, min_bake: '10m', gate_before: 50 },
      evidence: { rollback: yes('trigger'), guardrails: yes('latency, errors') },
    },
  });

function config(over: Partial<Config> = {}, gates = GATES, names = ['churn']): Config {
  return { version: 1, models: names.map((name) => ({ name, metrics: 'm.json', gates })), ...over };
}

function run(input: Partial<ChecklistInput> & { body?: string | null }) {
  const { body, ...rest } = input;
  return evaluateChecklist({
    config: config(),
    configFile: '.mlgate.yml',
    models: [full()],
    tasks: body === null ? null : parseTaskItems(body ?? ''),
    ...rest,
  });
}

const status = (r: ReturnType<typeof run>, id: string) =>
  r.section.items.find((i) => i.id === id)?.status;

describe('default checklist', () => {
  it('has the 12 items with stable ids and texts', () => {
    expect(DEFAULT_ITEMS.map((i) => i.id)).toEqual([
      'prediction-contract',
      'data-contract',
      'leakage',
      'reproducible',
      'baseline-production',
      'slices',
      'fail-closed',
      'train-serve',
      'artifact',
      'serving',
      'monitoring',
      'sensitive-data',
    ]);
    expect(DEFAULT_ITEMS.find((i) => i.id === 'leakage')?.text).toBe(
      'Leakage risks were checked against prediction-time availability',
    );
    expect(DEFAULT_ITEMS.filter((i) => !i.allowNa).map((i) => i.id)).toEqual(['fail-closed']);
  });

  it('the snippet lists every item with its hidden id, and parses back', () => {
    const snippet = checklistSnippet();
    const items = parseTaskItems(snippet);
    expect(items.map((i) => i.id)).toEqual(DEFAULT_ITEMS.map((i) => i.id));
    expect(items.map((i) => i.text)).toEqual(DEFAULT_ITEMS.map((i) => i.text));
    expect(items.every((i) => !i.checked)).toBe(true);
  });

  it('custom items override by id or are appended', () => {
    const items = checklistItems({
      items: [
        { id: 'leakage', text: 'Leakage reviewed by the data owner', attest: false },
        { id: 'fairness-review', text: 'Fairness slices reviewed' },
      ],
    });
    expect(items).toHaveLength(13);
    expect(items[2]).toMatchObject({ id: 'leakage', attest: false, machine: true });
    expect(items[12]).toMatchObject({ id: 'fairness-review', custom: true, attest: true });
  });
});

describe('item status', () => {
  it('all evidence, train-serve attested by id: every machine item ✅', () => {
    const r = run({ body: '- [x] anything <!-- mlgate:train-serve -->' });
    expect(r.section.counts).toEqual({ evidence: 11, attested: 1, waived: 0, missing: 0 });
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['ticked by id', '- [x] renamed <!-- mlgate:train-serve -->', 'attested'],
    [
      'ticked by exact text',
      '- [X] training and serving   transformations are shared or equivalence-tested.',
      'attested',
    ],
    ['text that differs', '- [x] Training and serving are shared', 'missing'],
    ['unticked', '- [ ] x <!-- mlgate:train-serve -->', 'missing'],
    ['waived', '- [ ] x N/A: rules engine, no training <!-- mlgate:train-serve -->', 'waived'],
    ['N/A without a reason', '- [ ] x N/A: <!-- mlgate:train-serve -->', 'missing'],
    ['in a code block', '```\n- [x] x <!-- mlgate:train-serve -->\n```', 'missing'],
    ['in a quote', '> - [x] x <!-- mlgate:train-serve -->', 'missing'],
  ])('train-serve %s → %s', (_n, body, expected) => {
    expect(status(run({ body }), 'train-serve')).toBe(expected);
  });

  it('a waiver records its reason', () => {
    const r = run({ body: '- [ ] Serving — N/A: nightly batch job <!-- mlgate:train-serve -->' });
    const item = r.section.items.find((i) => i.id === 'train-serve');
    expect(item).toMatchObject({ status: 'waived', reason: 'nightly batch job' });
    expect(item?.detail).toBe('N/A: nightly batch job');
  });

  it('N/A is refused for fail-closed, with a warning', () => {
    const r = run({
      config: config({}, [{ metric: 'auc', min: 0.8, required: false }]),
      body: '- [ ] x N/A: not needed <!-- mlgate:fail-closed -->',
    });
    expect(status(r, 'fail-closed')).toBe('missing');
    expect(r.findings.map((f) => f.rule)).toContain('checklist.na-not-allowed');
  });

  it('an empty N/A reason is a warning', () => {
    const r = run({ body: '- [ ] x N/A: <!-- mlgate:train-serve -->' });
    expect(r.findings.find((f) => f.rule === 'checklist.na-reason')?.message).toMatch(
      /line 1: "N\/A:" on checklist item `train-serve` needs a reason/,
    );
  });

  it('attest: false means a ticked box does not count', () => {
    const r = run({
      models: [model('churn')],
      config: config({ checklist: { items: [{ id: 'leakage', text: 'Leak', attest: false }] } }),
      body: '- [x] Leak <!-- mlgate:leakage -->',
    });
    const item = r.section.items.find((i) => i.id === 'leakage');
    expect(item?.status).toBe('missing');
    expect(item?.detail).toMatch(/attest: false/);
  });

  it('evidence wins over a ticked box and says so', () => {
    const r = run({ body: '- [x] x <!-- mlgate:leakage -->' });
    expect(r.section.items.find((i) => i.id === 'leakage')?.detail).toBe('no leak (also ticked)');
  });

  it('a ticked box over failing evidence is attested, with the disagreement shown', () => {
    const m = full();
    m.contract!.evidence.leakage = no('feature churned_at is not available at prediction time');
    const r = run({ models: [m], body: '- [x] x <!-- mlgate:leakage -->' });
    const item = r.section.items.find((i) => i.id === 'leakage');
    expect(item?.status).toBe('attested');
    expect(item?.detail).toMatch(/the files do not show it: feature churned_at/);
  });
});

describe('evidence', () => {
  it('absent sections are no evidence', () => {
    const r = run({ models: [model('churn', { meta: {} })] });
    const missing = r.section.items.filter((i) => i.status === 'missing').map((i) => i.id);
    expect(missing).toEqual([
      'prediction-contract',
      'data-contract',
      'leakage',
      'reproducible',
      'train-serve',
      'artifact',
      'serving',
      'monitoring',
      'sensitive-data',
    ]);
    expect(r.section.items.find((i) => i.id === 'data-contract')?.detail).toMatch(
      /^no data contract configured/,
    );
  });

  it.each([
    [
      'metrics meta complete',
      { code_sha: 'a', config_hash: 'b', dataset_version: 'c', seed: 0 },
      false,
      'evidence',
    ],
    [
      'meta lacks seed, no manifest',
      { code_sha: 'a', config_hash: 'b', dataset_version: 'c' },
      false,
      'missing',
    ],
    [
      'meta empty string',
      { code_sha: '', config_hash: 'b', dataset_version: 'c', seed: 1 },
      false,
      'missing',
    ],
    ['meta lacks seed, manifest run ok', { code_sha: 'a' }, true, 'evidence'],
  ])('reproducible: %s', (_n, meta, manifestRun, expected) => {
    const m = model('churn', { meta });
    if (manifestRun) m.manifest = full().manifest;
    expect(status(run({ models: [m] }), 'reproducible')).toBe(expected);
  });

  it.each<[string, GateSpec[], GateResult['status'][], string]>([
    ['both comparisons gated', GATES, [], 'evidence'],
    ['no baseline gate', GATES.filter((g) => g.vs !== 'baseline'), [], 'missing'],
    [
      'production gate off',
      GATES.map((g) => (g.vs === 'production' ? { ...g, level: 'off' as const } : g)),
      [],
      'missing',
    ],
    ['production gate skipped', GATES, ['pass', 'skip'], 'missing'],
  ])('baseline-production: %s', (_n, gates, statuses, expected) => {
    const m = model('churn', {
      gates: gates.map((g, i) => result(g, i, statuses[i] ?? 'pass')),
    });
    expect(status(run({ models: [m], config: config({}, gates) }), 'baseline-production')).toBe(
      expected,
    );
  });

  it.each<[string, GateSpec[], boolean, string]>([
    ['slice gate + latency guardrail', GATES, false, 'evidence'],
    ['no wildcard gate', GATES.filter((g) => !g.metric.includes('*')), false, 'missing'],
    [
      'only a drift wildcard',
      [
        { metric: 'drift.*.psi', max: 0.2 },
        { metric: 'latency.p95_ms', max: 80 },
      ],
      false,
      'missing',
    ],
    ['no guardrail gate', [{ metric: 'slices.*.recall', min: 0.7 }], false, 'missing'],
    [
      'no guardrail gate, rollout guardrails',
      [{ metric: 'slices.*.recall', min: 0.7 }],
      true,
      'evidence',
    ],
    [
      'cost guardrail',
      [
        { metric: 'slices.*.recall', min: 0.7 },
        { metric: 'serving_cost', max: 3 },
      ],
      false,
      'evidence',
    ],
  ])('slices: %s', (_n, gates, rollout, expected) => {
    const m = model('churn');
    if (rollout) m.rollout = full().rollout;
    expect(status(run({ models: [m], config: config({}, gates) }), 'slices')).toBe(expected);
  });

  it.each<[string, GateSpec[], string, RegExp]>([
    ['all error gates required', GATES, 'evidence', /all 4 error-level gates are required/],
    [
      'one optional',
      [{ metric: 'auc', min: 0.8, required: false }, ...GATES],
      'missing',
      /required: false.*auc/,
    ],
    [
      'optional warn gate is fine',
      [{ metric: 'x', min: 1, level: 'warn', required: false }, ...GATES],
      'evidence',
      /all 4/,
    ],
    ['no gates', [], 'missing', /no error-level gate/],
  ])('fail-closed: %s', (_n, gates, expected, detail) => {
    const r = run({ config: config({}, gates), body: '- [x] x <!-- mlgate:fail-closed -->' });
    const item = r.section.items.find((i) => i.id === 'fail-closed');
    expect(item?.status).toBe(expected === 'missing' ? 'attested' : expected);
    expect(item?.detail).toMatch(detail);
  });

  it.each([
    ['manifest and rollback', true, true, 'evidence'],
    ['manifest only', true, false, 'missing'],
    ['rollback only', false, true, 'missing'],
  ])('serving: %s', (_n, manifest, rollback, expected) => {
    const m = full();
    m.manifest!.evidence.serving = manifest ? yes() : no();
    m.rollout!.evidence.rollback = rollback ? yes() : no('no rollback trigger');
    expect(status(run({ models: [m] }), 'serving')).toBe(expected);
  });

  it('with several models, evidence must hold for every model', () => {
    const partial = full('fraud');
    partial.contract!.evidence.leakage = no('label used as a feature');
    const r = run({
      models: [full('churn'), partial],
      config: config({}, GATES, ['churn', 'fraud']),
    });
    const leakage = r.section.items.find((i) => i.id === 'leakage');
    expect(leakage).toMatchObject({ status: 'missing' });
    expect(leakage?.detail).toMatch(/^fraud: label used as a feature/);
    expect(status(r, 'data-contract')).toBe('evidence');
    expect(r.section.items.find((i) => i.id === 'data-contract')?.detail).toBe(
      'churn: grain; fraud: grain',
    );
  });
});

describe('required items and findings', () => {
  it('a missing required item is an error at its require line', () => {
    const text =
      'version: 1\nmodels:\n  - { name: churn, metrics: m.json }\nchecklist:\n  require:\n    - fail-closed\n    - train-serve\n';
    const loaded = loadConfig('.mlgate.yml', text);
    if (!loaded.ok) throw new Error('config');
    const r = run({
      config: loaded.loaded.config,
      configLine: loaded.loaded.lineOf,
      models: [model('churn', { gates: [] })],
      body: '- [x] x <!-- mlgate:fail-closed -->',
    });
    const errors = r.findings.filter((f) => f.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        check: 'checklist',
        file: '.mlgate.yml',
        line: 7,
        message: expect.stringMatching(/required checklist item `train-serve` is missing/),
      }),
    ]);
    expect(r.section.items.find((i) => i.id === 'fail-closed')).toMatchObject({
      status: 'attested',
      required: true,
    });
  });

  it('missing items that are not required are notices', () => {
    const r = run({ models: [model('churn', { meta: {} })] });
    expect(r.findings.every((f) => f.level === 'notice' && f.check === 'checklist')).toBe(true);
    expect(r.findings).toHaveLength(9);
  });

  it('without a PR body, a missing required item only warns', () => {
    const r = run({ config: config({ checklist: { require: ['train-serve'] } }), body: null });
    expect(r.section.source).toBe('none');
    expect(r.findings).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/no PR body/) }),
    ]);
  });

  it('an unknown id in require is a config error', () => {
    const r = run({ config: config({ checklist: { require: ['leakge'] } }) });
    expect(r.findings.filter((f) => f.level !== 'notice')).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'config',
        message: expect.stringMatching(
          /unknown item "leakge" \(did you mean "leakage"\?\); expected one of: /,
        ),
      }),
    ]);
  });

  it('a custom item that can never be satisfied is a config warning', () => {
    const r = run({
      config: config({ checklist: { items: [{ id: 'x', text: 'X', attest: false }] } }),
    });
    expect(r.findings.find((f) => f.check === 'config')?.message).toMatch(/can only be waived/);
  });
});

describe('boxes that lost their id comment', () => {
  const trainServe =
    '- [x] Training and serving transformations are shared (see features/shared.py)';

  it('a ticked box whose text was edited and id removed is named in the missing item', () => {
    const r = run({ body: `intro\n\n${trainServe}\n` });
    const item = r.section.items.find((i) => i.id === 'train-serve')!;
    expect(item.status).toBe('missing');
    expect(item.detail).toBe(
      'attestation only; PR body line 3 has a ticked box like it, but its text differs and its `<!-- mlgate:train-serve -->` comment is gone: add the comment back at the end of that line',
    );
  });

  it.each([
    ['an unrelated ticked box', '- [x] Unit tests added for the new endpoint'],
    ['an unticked look-alike', trainServe.replace('[x]', '[ ]')],
  ])('%s does not trigger the hint', (_, body) => {
    const item = run({ body }).section.items.find((i) => i.id === 'train-serve')!;
    expect(item.detail).toBe('attestation only; not ticked in the PR body');
  });

  it.each<[string, string]>([
    [
      'train-serv',
      'PR body line 1: `<!-- mlgate:train-serv -->` names no checklist item (did you mean `train-serve`?); the box counts for nothing',
    ],
    [
      'zzzzzzzz',
      'PR body line 1: `<!-- mlgate:zzzzzzzz -->` names no checklist item; expected one of: ',
    ],
  ])('an id comment naming no item (%s) is a warning', (id, message) => {
    const r = run({ body: `- [x] Something <!-- mlgate:${id} -->` });
    const f = r.findings.filter((x) => x.rule === 'checklist.unknown-id');
    expect(f).toHaveLength(1);
    expect(f[0].level).toBe('warning');
    expect(f[0].message.startsWith(message)).toBe(true);
  });
});

describe('pipeline', () => {
  const files = (checklist: string) => ({
    '.mlgate.yml': `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    gates:\n      - { metric: auc, min: 0.5 }\n${checklist}`,
    'm.json': '{"auc": 0.9}',
  });
  const pipe = (checklist: string, prBody: string | null) =>
    runPipeline({
      head: new MemorySource(files(checklist)),
      base: null,
      configPath: '.mlgate.yml',
      configSource: 'head',
      prBody,
      pr: { number: 1, base: null, head: null },
      failOn: 'error',
    });

  it('checklist.enabled: false skips the stage', async () => {
    const report = await pipe('checklist:\n  enabled: false\n  require: [train-serve]\n', '');
    expect(report.checklist).toBeUndefined();
    expect(report.passed).toBe(true);
  });

  it('a required item blocks until it is ticked', async () => {
    const blocked = await pipe('checklist:\n  require: [train-serve]\n', 'no boxes');
    expect(blocked.passed).toBe(false);
    expect(blocked.findings[0]).toMatchObject({ check: 'checklist', line: 8 });
    const ok = await pipe(
      'checklist:\n  require: [train-serve]\n',
      '- [x] Training and serving transformations are shared or equivalence-tested',
    );
    expect(ok.passed).toBe(true);
  });
});
