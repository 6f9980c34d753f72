import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/markdown.js';
import { runPipeline } from '../../src/pipeline.js';
import type { ReadResult } from '../../src/sources/types.js';
import { MemorySource, run } from './memory.js';
import {
  BASELINE,
  CHURN_BASE_METRICS,
  churnConfig,
  churnMetrics,
  failing,
  mixed,
  passing,
} from './scenarios.js';

describe('gate policy is read from the base branch', () => {
  it('a PR lowering auc min 0.82 → 0.70 and shipping auc 0.75 still fails, and shows the loosening', async () => {
    const report = await run(failing);
    expect(report.passed).toBe(false);
    expect(report.config.source).toBe('base');
    const aucMin = report.models[0].gates.find(
      (g) => g.metric === 'auc' && g.thresholdKind === 'min',
    );
    expect(aucMin).toMatchObject({
      status: 'fail',
      value: 0.75,
      threshold: 0.82,
      message: 'auc 0.75 < min 0.82',
    });
    expect(report.policyChanges).toContainEqual(
      expect.objectContaining({
        model: 'churn',
        metric: 'auc',
        kind: 'loosened',
        flagged: true,
        before: 'min 0.82',
        after: 'min 0.7',
      }),
    );
    expect(report.findings).toContainEqual({
      level: 'warning',
      check: 'policy',
      rule: 'policy.loosened',
      model: 'churn',
      file: '.mlgate.yml',
      line: 7,
      message: 'gate on auc loosened (min 0.82 → min 0.7); takes effect after merge',
    });
    const md = renderComment(report, { commentKey: 'default' }).markdown;
    expect(md).toContain('### Policy changes (effective after merge)');
    expect(md).toMatch(/\| churn \| `auc` \| ⚠️ loosened \| min 0\.82 \| min 0\.7 \|/);
  });

  it('with config-source: head the loosened gate is in force (and the change still shown)', async () => {
    const report = await run({ ...failing, configSource: 'head' });
    const aucMin = report.models[0].gates.find(
      (g) => g.metric === 'auc' && g.thresholdKind === 'min',
    );
    expect(aucMin).toMatchObject({ status: 'pass', threshold: 0.7 });
    expect(report.policyChanges.map((c) => c.kind)).toContain('loosened');
  });

  it('first adoption (no config at base) uses the head config and says so', async () => {
    const report = await run({
      base: { 'models/churn/metrics.json': CHURN_BASE_METRICS },
      head: passing.head,
    });
    expect(report.config).toMatchObject({
      source: 'head',
      note: expect.stringMatching(/first adoption/),
    });
    expect(report.policyChanges).toEqual([]);
    expect(report.passed).toBe(true);
    expect(renderComment(report, { commentKey: 'default' }).markdown).toMatch(/first adoption/);
  });
});

describe('baseline and production', () => {
  it('a new model skips vs production gates with a visible note', async () => {
    const report = await run(mixed);
    const ranker = report.models.find((m) => m.name === 'ranker');
    expect(ranker?.state).toBe('new');
    expect(ranker?.gates.map((g) => [g.status, g.vs ?? null])).toEqual([
      ['pass', null],
      ['skip', 'production'],
    ]);
    expect(ranker?.notes.join(' ')).toMatch(/New model.*vs production are skipped/);
    // Not in the base config: its gates come from the PR (nothing at base to loosen).
    expect(ranker?.notes[0]).toMatch(/added to the config by this PR/);
  });

  it('a new model fails closed when the vs production gate says required: true', async () => {
    const cfg = `version: 1
models:
  - name: ranker
    metrics: m.json
    gates:
      - { metric: ndcg, vs: production, required: true }
`;
    const report = await run({
      base: { '.mlgate.yml': cfg },
      head: { '.mlgate.yml': cfg, 'm.json': '{"ndcg": 0.5}' },
    });
    expect(report.passed).toBe(false);
    expect(report.models[0].gates[0]).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/gate is required/),
    });
  });

  it('an unreadable base metrics file is not a "new model": production gates fail closed', async () => {
    const report = await run({
      base: { ...passing.base, 'models/churn/metrics.json': '{ not json' },
      head: passing.head,
    });
    expect(report.models[0].state).toBe('existing');
    const prod = report.models[0].gates.find((g) => g.vs === 'production');
    expect(prod?.status).toBe('fail');
    expect(report.findings).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^at base: /) }),
    );
  });

  it('production from a file instead of the base commit', async () => {
    const cfg = `version: 1
models:
  - name: churn
    metrics: m.json
    production: prod/metrics.toml
    gates:
      - { metric: auc, vs: production, max_drop_pct: 1 }
`;
    const files = {
      '.mlgate.yml': cfg,
      'm.json': '{"auc": 0.80}',
      'prod/metrics.toml': 'auc = 0.82\n',
    };
    const report = await run({ base: files, head: files });
    expect(report.models[0].gates[0]).toMatchObject({
      status: 'fail',
      reference: 0.82,
      message: 'auc dropped 2.439% vs production (0.82 → 0.8; max 1%)',
    });
  });
});

describe('production from a file', () => {
  const cfg = `version: 1
models:
  - name: churn
    metrics: m.json
    production: prod.json
    gates:
      - { metric: auc, vs: production, max_drop: 0.01 }
`;

  it('a missing production file fails closed even for a model new in this PR', async () => {
    const report = await run({
      base: { '.mlgate.yml': cfg },
      head: { '.mlgate.yml': cfg, 'm.json': '{"auc": 0.9}' },
    });
    expect(report.models[0].state).toBe('new');
    expect(report.models[0].gates[0]).toMatchObject({
      status: 'fail',
      message: 'production auc is missing (no metrics read from prod.json at head)',
    });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file: 'prod.json',
        message: 'prod.json: not found in head',
      }),
    );
  });

  it('a production file edited by the PR is a warning', async () => {
    const base = { '.mlgate.yml': cfg, 'm.json': '{"auc": 0.9}', 'prod.json': '{"auc": 0.95}' };
    const report = await run({ base, head: { ...base, 'prod.json': '{"auc": 0.9}' } });
    expect(report.models[0].gates[0].status).toBe('pass');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        check: 'metrics',
        file: 'prod.json',
        message: expect.stringMatching(/production reference is changed by this PR/),
      }),
    );
  });

  it.each([
    [
      'a baseline lowered by the PR',
      'baseline',
      { 'bl.json': '{"auc": 0.5}' },
      /baseline reference is changed by this PR/,
    ],
    [
      'a production file added by the PR',
      'production',
      {},
      /production reference is added by this PR/,
    ],
  ])('%s is flagged (issue 9, point 8)', async (_name, key, baseExtra, message) => {
    const config = `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    ${key}: ${key === 'baseline' ? 'bl.json' : 'prod.json'}\n    gates:\n      - { metric: auc, vs: ${key}, max_drop: 0.5 }\n`;
    const base = { '.mlgate.yml': config, 'm.json': '{"auc": 0.9}', ...baseExtra };
    const head = { ...base, 'bl.json': '{"auc": 0.1}', 'prod.json': '{"auc": 0.1}' };
    const report = await run({ base, head });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        check: 'metrics',
        message: expect.stringMatching(message),
      }),
    );
  });

  it('`references: base` reads the baseline at the base commit, so the PR cannot move it', async () => {
    const config = `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    baseline: bl.json\n    references: base\n    gates:\n      - { metric: auc, vs: baseline, min_gain: 0.05 }\n`;
    const base = { '.mlgate.yml': config, 'm.json': '{"auc": 0.8}', 'bl.json': '{"auc": 0.8}' };
    const report = await run({ base, head: { ...base, 'bl.json': '{"auc": 0.1}' } });
    expect(report.models[0].gates[0]).toMatchObject({ status: 'fail', reference: 0.8 });
    expect(report.findings.filter((f) => f.rule?.startsWith('reference.'))).toEqual([]);
  });
});

describe('metrics named by dvc.yaml', () => {
  const cfg = `version: 1
models:
  - name: churn
    metrics: ml/dvc.yaml
    gates:
      - { metric: auc, min: 0.8 }
      - { metric: train_loss, max: 0.5 }
`;
  const head = {
    '.mlgate.yml': cfg,
    'ml/dvc.yaml':
      'metrics:\n  - eval/summary.json\nstages:\n  train:\n    metrics:\n      - eval/train.toml:\n          cache: false\n      - ../../etc/passwd\n      - missing.json\n',
    'ml/eval/summary.json': '{"auc": 0.85, "meta": {"seed": 3}}',
    'ml/eval/train.toml': 'train_loss = 0.31\nauc = 0.1\n',
  };

  it('reads the declared files, relative to dvc.yaml, confined; a name two files define must be qualified', async () => {
    const report = await run({ base: null, head });
    expect(report.models[0].gates.map((g) => [g.metric, g.status, g.value, g.path])).toEqual([
      ['auc', 'fail', null, undefined],
      ['train_loss', 'pass', 0.31, 'ml/eval/train.toml'],
    ]);
    expect(report.findings.filter((f) => f.check === 'config').map((f) => f.message)).toEqual([
      'auc is defined by several metrics files (ml/eval/summary.json, ml/eval/train.toml); name one in the gate: `ml/eval/summary.json:auc` or `ml/eval/train.toml:auc`',
    ]);
    const qualified = await run({
      base: null,
      head: {
        ...head,
        '.mlgate.yml': cfg.replace('metric: auc,', 'metric: "ml/eval/summary.json:auc",'),
      },
    });
    expect(qualified.models[0].gates[0]).toMatchObject({ status: 'pass', value: 0.85 });
    expect(report.models[0].meta).toEqual({ seed: 3 });
    const messages = report.findings
      .filter((f) => f.check === 'metrics')
      .map((f) => `${f.file}:${f.line ?? ''} ${f.message}`);
    expect(messages).toEqual([
      'ml/dvc.yaml:8 metrics file "ml/../../etc/passwd" points outside the repository',
      'ml/missing.json: ml/missing.json: not found in head (declared in ml/dvc.yaml:9); it is a DVC-cached output of stage `train` (git-ignored, so not in a fresh checkout): run `dvc pull` (or `dvc repro`) before mlgate, or declare the metric with `cache: false` so that git tracks it',
    ]);
  });
});

describe('several models, each with its own section; comment-key', () => {
  it('renders one section per model and the key in the marker', async () => {
    const report = await run(mixed);
    expect(report.models.map((m) => m.name)).toEqual(['churn', 'ranker']);
    const md = renderComment(report, { commentKey: 'ml-monorepo' }).markdown;
    expect(md.split('\n')[0]).toBe('<!-- mlgate:v1 key=ml-monorepo -->');
    expect(md).toContain('### ⚠️ Model `churn`');
    expect(md).toContain('### ✅ Model `ranker` (new)');
  });

  it('a model whose head metrics file is missing fails closed', async () => {
    const report = await run({
      base: passing.base,
      head: { ...passing.head, 'models/churn/metrics.json': undefined as unknown as string },
    });
    expect(report.passed).toBe(false);
    expect(report.models[0].gates.map((g) => g.status)).toEqual([
      ...Array(5).fill('fail'),
      'warn',
      ...Array(3).fill('fail'),
    ]);
    expect(report.models[0].gates[0].message).toBe(
      'auc is missing (no metrics read from models/churn/metrics.json at head)',
    );
  });

  it('is deterministic', async () => {
    const a = await run(mixed);
    const b = await run(mixed);
    expect(renderComment(a, { commentKey: 'k' }).markdown).toBe(
      renderComment(b, { commentKey: 'k' }).markdown,
    );
  });

  it('the PSI ε is stated in the model notes', async () => {
    const report = await run(passing);
    expect(report.models[0].notes).toContainEqual(expect.stringMatching(/ε = 0\.0001/));
  });

  it('metric diff: changed rows, baseline column, intervals', async () => {
    const report = await run({
      base: passing.base,
      head: {
        ...passing.head,
        'models/churn/metrics.json': churnMetrics(0.843, 0.72),
        'models/churn/baseline-metrics.json': BASELINE,
      },
    });
    const auc = report.models[0].metrics.find((r) => r.metric === 'auc');
    expect(auc).toMatchObject({ base: 0.831, head: 0.843, baseline: 0.74, baseCi: [0.822, 0.84] });
    expect(report.models[0].metrics.find((r) => r.metric === 'latency.p50_ms')).toBeUndefined();
    const cfgAll = churnConfig().replace(
      'version: 1',
      'version: 1\nmetrics_policy: { show_all: true }',
    );
    const all = await run({
      base: { ...passing.base!, '.mlgate.yml': cfgAll },
      head: { ...passing.head, '.mlgate.yml': cfgAll },
    });
    expect(all.models[0].metrics.find((r) => r.metric === 'latency.p50_ms')).toMatchObject({
      change: 0,
    });
  });
});

/** A tree whose listed paths cannot be read (an API error, a rate limit): not absent. */
class Unreadable extends MemorySource {
  constructor(
    files: Record<string, string>,
    private readonly broken: string[],
  ) {
    super('base (1111111)', files);
  }
  override async read(path: string): Promise<ReadResult> {
    if (this.broken.includes(path))
      return { ok: false, path, reason: 'error', message: `${path}: HTTP 403 rate limit` };
    return super.read(path);
  }
}

describe('unreadable is not absent: the base policy fails closed (issue 9, point 7)', () => {
  /** The PR loosens its own gate 0.82 → 0.10 and ships auc 0.75. */
  const loosening = { ...failing.head, '.mlgate.yml': churnConfig(0.1) };
  const pipeline = (base: MemorySource) =>
    runPipeline({
      head: new MemorySource('head', loosening),
      base,
      configPath: '.mlgate.yml',
      configSource: 'base',
      prBody: null,
      pr: { number: 42, base: '1'.repeat(40), head: '2'.repeat(40) },
      failOn: 'error',
    });

  it('an unreadable base config blocks instead of handing the PR its own gates', async () => {
    const report = await pipeline(new Unreadable(failing.base!, ['.mlgate.yml']));
    expect(report.passed).toBe(false);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        level: 'error',
        rule: 'config.base-not-applied',
        message: expect.stringMatching(/could not be read.*blocked/),
      }),
    );
    expect(report.config.note).toMatch(/for information only/);
  });

  it('a schema-invalid base config blocks with a repair hint', async () => {
    const base = { ...failing.base!, '.mlgate.yml': 'version: 1\nmodels: []\nnew_key: 1\n' };
    const report = await pipeline(new MemorySource('base', base));
    expect(report.passed).toBe(false);
    const blocked = report.findings.find((f) => f.rule === 'config.base-not-applied');
    expect(blocked?.level).toBe('error');
    expect(blocked?.message).toMatch(/not a valid config.*Repair it on the base branch/);
  });

  it('an unreadable production metrics file is not a new model: vs production gates fail', async () => {
    const report = await pipeline(new Unreadable(passing.base!, ['models/churn/metrics.json']));
    expect(report.models[0].state).toBe('existing');
    const prod = report.models[0].gates.find((g) => g.vs === 'production');
    expect(prod?.status).toBe('fail');
  });
});

describe('the file-size cap (limits.max_file_mb, --max-file-mb, the max-file-mb input)', () => {
  const metrics = churnMetrics(0.85, 0.74);
  const withLimit = (mb: number) =>
    churnConfig().replace('version: 1\n', `version: 1\nlimits: { max_file_mb: ${mb} }\n`);
  const tree = (config: string) => ({
    '.mlgate.yml': config,
    'models/churn/metrics.json': metrics,
    'models/churn/baseline-metrics.json': BASELINE,
  });
  const tooLarge = (report: Awaited<ReturnType<typeof run>>) =>
    report.findings.filter((f) => /over the \d+-byte limit/.test(f.message));

  it('the config in force sets it: a file over it is a finding naming the settings, and its gates fail closed', async () => {
    const cap = 0.0005; // 524 bytes: the metrics file is larger
    const report = await run({ base: tree(withLimit(cap)), head: tree(withLimit(cap)) });
    expect(tooLarge(report)[0]).toMatchObject({
      level: 'error',
      check: 'metrics',
      file: 'models/churn/metrics.json',
      message: expect.stringMatching(
        /over the 524-byte limit \(raise it with `limits\.max_file_mb` in the config, `--max-file-mb` or the `max-file-mb` input\)/,
      ),
    });
    expect(report.passed).toBe(false);
    expect(report.models[0].gates.find((g) => g.metric === 'auc')?.status).toBe('fail');
  });

  it('a PR cannot raise it for itself: the base config is in force', async () => {
    const report = await run({ base: tree(withLimit(0.0005)), head: tree(withLimit(64)) });
    expect(tooLarge(report).length).toBeGreaterThan(0);
  });

  it('the flag or input wins over the config; without either the default admits the file', async () => {
    const flagged = await run({
      base: tree(withLimit(0.0005)),
      head: tree(withLimit(0.0005)),
      maxFileBytes: 1 << 20,
    });
    expect(tooLarge(flagged)).toEqual([]);
    const lowered = await run({
      base: tree(churnConfig()),
      head: tree(churnConfig()),
      maxFileBytes: 100,
    });
    expect(tooLarge(lowered).length).toBeGreaterThan(0);
    expect(tooLarge(await run({ base: tree(churnConfig()), head: tree(churnConfig()) }))).toEqual(
      [],
    );
  });
});
