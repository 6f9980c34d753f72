/**
 * `vs: history` (SPEC §11): the slow decay no single PR shows. A real git repository is built in
 * the test: an initial model and four merged PRs, each taking 0.004 of auc — every one passes
 * `max_drop: 0.005 vs production` — then a fifth PR that must fail `max_drop: 0.01 vs history`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyReference, type MetricHistory } from '../../src/checks/history.js';
import { diffPolicy } from '../../src/checks/policy.js';
import type { Config, GateSpec } from '../../src/config/types.js';
import { runPipeline } from '../../src/pipeline.js';
import { renderComment } from '../../src/report/markdown.js';
import { GitSource } from '../../src/sources/git.js';
import { WorkspaceSource } from '../../src/sources/workspace.js';
import type { MetricSet } from '../../src/types.js';
import { Repo } from '../conformance/helpers.js';
import { run } from '../pipeline/memory.js';

const config = (gates: string) => `version: 1
models:
  - name: churn
    metrics: models/churn/metrics.json
    gates:
      - { metric: auc, vs: production, max_drop: 0.005 }
${gates}`;

const metrics = (auc: number) =>
  JSON.stringify({ auc: Number(auc.toFixed(3)), latency: { p95_ms: 60 } }, null, 2);

const repos: Repo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

/** The initial model at 0.870 and `merged` PRs each taking 0.004; the head takes one more. */
function decayingRepo(gates: string, merged = 4): Repo {
  const repo = new Repo();
  repos.push(repo);
  const cfg = { '.mlgate.yml': config(gates) };
  repo.commit({ ...cfg, 'models/churn/metrics.json': metrics(0.87) }, 'initial model');
  for (let i = 1; i <= merged; i++) {
    repo.commit({ ...cfg, 'models/churn/metrics.json': metrics(0.87 - 0.004 * i) }, `PR ${i}`);
    // A merge that does not touch the metrics file is not a version of it.
    repo.commit(
      { ...cfg, 'models/churn/metrics.json': metrics(0.87 - 0.004 * i), 'README.md': `${i}` },
      `docs ${i}`,
    );
  }
  repo.write({ ...cfg, 'models/churn/metrics.json': metrics(0.87 - 0.004 * (merged + 1)) });
  return repo;
}

function check(dir: string, base: string) {
  return runPipeline({
    head: new WorkspaceSource(dir),
    base: new GitSource(dir, base),
    configPath: '.mlgate.yml',
    configSource: 'base',
    prBody: null,
    pr: { number: 5, base, head: null },
    failOn: 'error',
  });
}

const gateOn = async (dir: string, base: string, vs: string) => {
  const report = await check(dir, base);
  return { report, gates: report.models[0].gates.filter((g) => g.vs === vs) };
};

describe('a slow decay through five PRs', () => {
  it('every PR passes max_drop 0.005 vs production; the fifth fails max_drop 0.01 vs history', async () => {
    const repo = decayingRepo('      - { metric: auc, vs: history, window: 5, max_drop: 0.01 }\n');
    const base = repo.shas.at(-1)!;
    const { report, gates } = await gateOn(repo.dir, base, 'history');
    const production = report.models[0].gates.find((g) => g.vs === 'production')!;
    expect(production.status).toBe('pass');
    expect(production.reference).toBe(0.854);
    expect(gates).toHaveLength(1);
    const [g] = gates;
    expect(g.status).toBe('fail');
    expect(g.value).toBe(0.85);
    expect(g.reference).toBe(0.87);
    expect(g.trend).toEqual([0.87, 0.866, 0.862, 0.858, 0.854]);
    expect(g.window).toBe(5);
    expect(g.of).toBe('best');
    expect(g.message).toBe('auc dropped 0.02 vs history, best of 5 (0.87 → 0.85; max 0.01)');
    expect(report.passed).toBe(false);
    // The comment carries the trend in the gates table and the fact in what blocks.
    const md = renderComment(report, { commentKey: 'k' }).markdown;
    expect(md).toContain('0.87 → 0.866 → 0.862 → 0.858 → 0.854');
    expect(md).toMatch(/### Failing gates\n- ❌ auc dropped 0\.02 vs history, best of 5/);
  });

  it('each earlier PR passed vs production too: no single step shows the decay', async () => {
    const repo = decayingRepo('');
    // Commits: initial, then (PR i, docs i) pairs; PR i's base is the commit before it.
    for (let i = 1; i <= 4; i++) {
      const base = repo.shas[2 * i - 2];
      repo.git('checkout', '--quiet', repo.shas[2 * i - 1], '--', 'models/churn/metrics.json');
      const { gates } = await gateOn(repo.dir, base, 'production');
      expect(gates.map((g) => g.status)).toEqual(['pass']);
    }
  });

  it.each([
    ['median', 0.862, 'fail'],
    ['oldest', 0.87, 'fail'],
  ] as const)('of: %s takes %s as the reference', async (of, ref, status) => {
    const repo = decayingRepo(
      `      - { metric: auc, vs: history, window: 5, of: ${of}, max_drop: 0.01 }\n`,
    );
    const { gates } = await gateOn(repo.dir, repo.shas.at(-1)!, 'history');
    expect(gates[0].reference).toBe(ref);
    expect(gates[0].status).toBe(status);
  });

  it('a lower-is-better metric takes the lowest past value as the best', async () => {
    const repo = new Repo();
    repos.push(repo);
    const cfg = {
      '.mlgate.yml': config(
        '      - { metric: latency.p95_ms, vs: history, window: 3, max_drop: 5 }\n',
      ),
    };
    for (const p95 of [50, 58, 62])
      repo.commit({
        ...cfg,
        'models/churn/metrics.json': JSON.stringify({ auc: 0.9, latency: { p95_ms: p95 } }),
      });
    repo.write({
      ...cfg,
      'models/churn/metrics.json': JSON.stringify({ auc: 0.9, latency: { p95_ms: 63 } }),
    });
    const { gates } = await gateOn(repo.dir, repo.shas.at(-1)!, 'history');
    expect(gates[0].reference).toBe(50);
    expect(gates[0].status).toBe('fail');
    expect(gates[0].message).toContain('rose 13 vs history, best of 3');
  });
});

describe('too little history fails closed', () => {
  it('fewer versions than the window: the gate fails and says how many it found', async () => {
    const repo = decayingRepo('      - { metric: auc, vs: history, max_drop: 0.01 }\n');
    const { gates } = await gateOn(repo.dir, repo.shas.at(-1)!, 'history');
    expect(gates[0].status).toBe('fail');
    expect(gates[0].reference).toBeNull();
    expect(gates[0].message).toContain('history has 5 of the 10 past values of auc');
  });

  it('required: false skips it instead', async () => {
    const repo = decayingRepo(
      '      - { metric: auc, vs: history, max_drop: 0.01, required: false }\n',
    );
    const { report, gates } = await gateOn(repo.dir, repo.shas.at(-1)!, 'history');
    expect(gates[0].status).toBe('skip');
    expect(report.passed).toBe(true);
  });

  it('a shallow clone says to set fetch-depth: 0', async () => {
    const repo = decayingRepo('      - { metric: auc, vs: history, window: 5, max_drop: 0.01 }\n');
    const shallow = mkdtempSync(join(tmpdir(), 'mlgate-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth=2', `file://${repo.dir}`, shallow]);
      const base = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: shallow }).toString().trim();
      const { gates } = await gateOn(shallow, base, 'history');
      expect(gates[0].status).toBe('fail');
      expect(gates[0].message).toMatch(/of the 5 past values of auc .*shallow.*fetch-depth: 0/);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('a base read without git (no history) fails closed and names the fix', () => {
    const none: MetricHistory = { versions: [], shallow: false, unavailable: 'no git here' };
    expect(historyReference({}, 'auc', 'higher', none)).toEqual({
      ok: false,
      why: 'history: no git here',
    });
  });
});

describe('history reference, pure', () => {
  const set = (auc: number): MetricSet => ({
    file: 'm.json',
    values: new Map([['auc', { value: auc }]]),
    meta: {},
    notes: [],
  });
  const history: MetricHistory = {
    versions: [0.8, 0.9, 0.85, 0.82].map((v, i) => ({ sha: String(i), set: set(v) })),
    shallow: false,
  };
  it.each([
    [{ window: 4 }, 'higher', 0.9],
    [{ window: 4 }, 'lower', 0.8],
    [{ window: 4, of: 'median' }, 'higher', 0.835],
    [{ window: 3, of: 'oldest' }, 'higher', 0.9],
    [{ window: 2 }, 'higher', 0.85],
  ] as const)('%o (%s is better) → %s', (gate, better, value) => {
    const ref = historyReference(gate, 'auc', better, history);
    expect(ref.ok && ref.value).toBe(value);
  });
});

describe('the policy diff covers window and of', () => {
  const cfg = (gate: Partial<GateSpec>): Config =>
    ({
      version: 1,
      models: [
        { name: 'm', metrics: 'm.json', gates: [{ metric: 'auc', vs: 'history', ...gate }] },
      ],
    }) as Config;
  it.each([
    [{ window: 10 }, { window: 5 }, 'loosened', true],
    [{}, { window: 5 }, 'loosened', true],
    [{ window: 5 }, { window: 10 }, 'tightened', false],
    [{}, { of: 'median' }, 'loosened', true],
    [{ of: 'oldest' }, { of: 'median' }, 'loosened', true],
    [{ of: 'median' }, {}, 'tightened', false],
    [{}, { of: 'oldest' }, 'loosened', true],
    [{ of: 'best' }, { of: 'oldest' }, 'loosened', true],
    // One key looser is enough, whatever else tightens.
    [{ window: 10, max_drop: 0.01 }, { window: 3, max_drop: 0.005 }, 'loosened', true],
    [{ window: 10, of: 'best' }, { window: 20, of: 'median' }, 'loosened', true],
  ] as const)('%o → %o: %s', (before, after, kind, flagged) => {
    const [change] = diffPolicy(cfg(before), cfg(after));
    expect(change.kind).toBe(kind);
    expect(change.flagged).toBe(flagged);
    expect(change.after).toContain('vs history');
  });

  it.each(['production', 'baseline'] as const)(
    'switching vs history to vs %s is flagged: the history gate is removed',
    (vs) => {
      const base = cfg({ window: 10, of: 'best', max_drop: 0.01 });
      const head = {
        ...base,
        models: [{ ...base.models[0], gates: [{ metric: 'auc', vs, max_drop: 0.01 }] }],
      } as Config;
      const changes = diffPolicy(base, head);
      expect(changes).toMatchObject([
        {
          kind: 'removed',
          flagged: true,
          before: 'vs history, window 10, of best, max_drop 0.01',
        },
        { kind: 'added', flagged: false, after: `vs ${vs}, max_drop 0.01` },
      ]);
    },
  );

  it('a PR that weakens a history gate gets a warning on its config line and a flagged row', async () => {
    const gate = (g: string) => `version: 1
models:
  - name: churn
    metrics: m.json
    gates:
      - { metric: auc, min: 0.5 }
      - ${g}
`;
    const tree = (g: string) => ({ '.mlgate.yml': gate(g), 'm.json': '{ "auc": 0.8 }' });
    const report = await run({
      base: tree('{ metric: auc, vs: history, window: 10, max_drop: 0.01 }'),
      head: tree('{ metric: auc, vs: history, window: 2, of: oldest, max_drop: 0.01 }'),
    });
    const warnings = report.findings.filter((f) => f.rule === 'policy.loosened');
    expect(warnings).toMatchObject([
      {
        level: 'warning',
        file: '.mlgate.yml',
        line: 7,
        message:
          'gate on auc loosened (vs history, window 10, of best, max_drop 0.01 → vs history, window 2, of oldest, max_drop 0.01); takes effect after merge',
      },
    ]);
    const { markdown } = renderComment(report, { commentKey: 'k' });
    expect(markdown).toContain('⚠️ 1 change loosens the policy');
    expect(markdown).toContain(
      '| ⚠️ loosened | vs history, window 10, of best, max\\_drop 0.01 | vs history, window 2, of oldest, max\\_drop 0.01 |',
    );
  });

  it('removing a history gate is flagged', () => {
    const base = cfg({ max_drop: 0.01 });
    const head = { ...base, models: [{ ...base.models[0], gates: [] }] } as Config;
    expect(diffPolicy(base, head)).toMatchObject([{ kind: 'removed', flagged: true }]);
  });
});
