import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { ModelReport, Report } from '../../src/report/model.js';
import { renderManifest } from '../../src/report/sections/manifest.js';
import { renderRollout } from '../../src/report/sections/rollout.js';
import type { FileSource, ReadResult } from '../../src/sources/types.js';
import type { ModelContext } from '../../src/stages/context.js';
import { manifestStage } from '../../src/stages/manifest.js';
import { rolloutStage } from '../../src/stages/rollout.js';

const dir = new URL('../fixtures/rollout/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8');

class MemorySource implements FileSource {
  readonly label = 'memory';
  constructor(private readonly files: Record<string, string>) {}
  async read(path: string): Promise<ReadResult> {
    const text = this.files[path];
    return text === undefined
      ? { ok: false, path, reason: 'missing', message: `${path}: file not found` }
      : { ok: true, path, text };
  }
  async list(): Promise<string[]> {
    return Object.keys(this.files).sort();
  }
}

function context(
  files: Record<string, string>,
  baseFiles: Record<string, string> | null,
  config: string,
): ModelContext {
  const res = loadConfig('.mlgate.yml', config);
  if (!res.ok) throw new Error(JSON.stringify(res.findings));
  const { loaded } = res;
  return {
    model: loaded.config.models[0],
    index: 0,
    config: loaded.config,
    loaded,
    head: new MemorySource(files),
    base: baseFiles ? new MemorySource(baseFiles) : null,
    metrics: { head: null, base: null, production: null, baseline: null },
    diff: [],
    gates: [],
  };
}

const CONFIG = `version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    rollout: deploy/churn-rollout.yaml\n    manifest: models/churn/model.yaml\n`;
const ctxFor = { report: {} as Report, level: 0, maxRows: 50 };

describe('rolloutStage', () => {
  it('reads a good native plan: section, evidence, no findings', async () => {
    const res = await rolloutStage(
      context({ 'deploy/churn-rollout.yaml': fixture('native-good.yaml') }, null, CONFIG),
    );
    expect(res.findings).toEqual([]);
    expect(res.section).toMatchObject({
      file: 'deploy/churn-rollout.yaml',
      format: 'native',
      summary: '1% 1h → 10% 4h → 50% 24h → 100%',
      policy: { max_first_step: 10, min_bake: '10m', gate_before: 50 },
      evidence: {
        rollback: { ok: true },
        guardrails: {
          ok: true,
          detail: 'guardrails error_rate, p95_latency_ms cover latency and errors',
        },
      },
    });
  });

  it('finds AnalysisTemplates in other repository files', async () => {
    const res = await rolloutStage(
      context(
        {
          'deploy/churn-rollout.yaml': fixture('argo-external.yaml'),
          'deploy/templates/guardrails.yaml': fixture('templates/guardrails.yaml'),
          'README.md': '# not yaml',
        },
        null,
        CONFIG,
      ),
    );
    expect(res.findings).toEqual([]);
    expect(res.section?.plan?.guardrails.map((g) => g.file)).toEqual([
      'deploy/templates/guardrails.yaml',
      'deploy/templates/guardrails.yaml',
    ]);
  });

  describe('AnalysisTemplate lookup is deterministic (issue 9, point 9)', () => {
    const plan = fixture('argo-external.yaml');
    const good = fixture('templates/guardrails.yaml');
    /** The same template name with no guardrails at all: what an attacker would add. */
    const weak = good.replace(
      / {2}metrics:[\s\S]*$/,
      '  metrics:\n    - name: always-ok\n      successCondition: "true"\n      provider: { job: {} }\n',
    );
    const run = (files: Record<string, string>, config = CONFIG) =>
      rolloutStage(context({ 'deploy/churn-rollout.yaml': plan, ...files }, null, config));
    const guardrails = (res: Awaited<ReturnType<typeof run>>) =>
      res.section?.plan?.guardrails.map((g) => g.file) ?? [];

    it("the plan's directory wins over a file elsewhere (examples/ cannot change what runs)", async () => {
      const res = await run({ 'deploy/templates/guardrails.yaml': good, 'a/guard.yaml': weak });
      expect(res.findings).toEqual([]);
      expect(new Set(guardrails(res))).toEqual(new Set(['deploy/templates/guardrails.yaml']));
    });

    it('two definitions at one level are reported, not picked by file order', async () => {
      const res = await run({ 'ops/a.yaml': good, 'ops/b.yaml': weak });
      expect(res.findings).toContainEqual(
        expect.objectContaining({
          level: 'error',
          rule: 'rollout.template-ambiguous',
          message: expect.stringMatching(/defined in ops\/a\.yaml and ops\/b\.yaml/),
        }),
      );
      expect(guardrails(res)).toEqual([]);
    });

    it("`templates:` in the config settles an ambiguity in the plan's directory", async () => {
      const config = CONFIG.replace(
        '    rollout:',
        '    templates: deploy/b/good.yaml\n    rollout:',
      );
      const res = await run({ 'deploy/a/weak.yaml': weak, 'deploy/b/good.yaml': good }, config);
      expect(res.findings.filter((f) => f.rule === 'rollout.template-ambiguous')).toEqual([]);
      expect(new Set(guardrails(res))).toEqual(new Set(['deploy/b/good.yaml']));
    });
  });

  it('flags loosening against the base plan, at head lines, with check rollout', async () => {
    const base = fixture('native-good.yaml');
    const head = base.replace('max: 80', 'max: 120').replace('  - { traffic: 10, hold: 4h }\n', '');
    const res = await rolloutStage(
      context({ 'deploy/churn-rollout.yaml': head }, { 'deploy/churn-rollout.yaml': base }, CONFIG),
    );
    expect(res.findings.map((f) => [f.level, f.check, f.file, f.line, f.message])).toEqual([
      [
        'warning',
        'rollout',
        'deploy/churn-rollout.yaml',
        1,
        'rollout loosened: 3 steps, was 4 at base; expected no fewer steps',
      ],
      [
        'warning',
        'rollout',
        'deploy/churn-rollout.yaml',
        1,
        'rollout loosened: total bake 25h, was 29h at base',
      ],
      [
        'warning',
        'rollout',
        'deploy/churn-rollout.yaml',
        10,
        'rollout loosened: gate "p95_latency_ms" threshold max 80 → 120',
      ],
    ]);
    expect(res.section?.baseSummary).toBe('1% 1h → 10% 4h → 50% 24h → 100%');
  });

  it('fails closed on a missing or broken file, and on a missing plan when required', async () => {
    const missing = await rolloutStage(context({}, null, CONFIG));
    expect(missing.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'rollout',
        file: 'deploy/churn-rollout.yaml',
      }),
    ]);
    expect(missing.section?.evidence.rollback.ok).toBe(false);
    const broken = await rolloutStage(
      context({ 'deploy/churn-rollout.yaml': 'a: [' }, null, CONFIG),
    );
    expect(broken.findings[0]).toMatchObject({ level: 'error', rule: 'rollout.parse' });
    const noPlan = `version: 1\nrollout_policy: { require_rollout: true }\nmodels:\n  - name: churn\n    metrics: m.json\n`;
    const required = await rolloutStage(context({}, null, noPlan));
    expect(required.findings).toEqual([
      expect.objectContaining({
        level: 'error',
        check: 'rollout',
        file: '.mlgate.yml',
        line: 4,
        rule: 'rollout.required',
      }),
    ]);
    const optional = await rolloutStage(context({}, null, noPlan.replace('true', 'false')));
    expect(optional).toEqual({ findings: [] });
  });

  it('renders the plan line, stages, rollback and its own findings, escaped', async () => {
    const text = fixture('native-bad.yaml').replace('p95_latency_ms', 'p95_<b>@team|x');
    const res = await rolloutStage(context({ 'deploy/churn-rollout.yaml': text }, null, CONFIG));
    const model = { name: 'churn', rollout: res.section } as ModelReport;
    const md = renderRollout(model, res.findings, ctxFor)!;
    expect(md).toContain('`25% 5m → 20% soon (invalid) → 80%`');
    expect(md).toContain('p95\\_&lt;b&gt;@\u200bteam\\|x ≤ 80');
    expect(md).not.toContain('<b>');
    expect(md).toContain('- ❌ `deploy/churn-rollout.yaml:6` first traffic step is 25%');
    expect(md.indexOf('❌ `deploy/churn-rollout.yaml:6`')).toBeLessThan(
      md.indexOf('⚠️ `deploy/churn-rollout.yaml:1`'),
    );
    expect(renderRollout(model, res.findings, { ...ctxFor, maxRows: 2 })).toContain(
      'more in the job summary',
    );
    expect(renderRollout({ name: 'x' } as ModelReport, [], ctxFor)).toBeNull();
  });
});

describe('manifestStage', () => {
  const manifest = `name: churn\nversion: 1.4.0\nconfig: configs/churn.yaml\npreprocessing: https://example.com/prep\nrun: { code_sha: a81d3c0, config_hash: h, seed: 1, dataset_version: d1 }\n`;

  it('fills version/datasets from a README card next to model.yaml and checks referenced files', async () => {
    const res = await manifestStage(
      context(
        {
          'models/churn/model.yaml': manifest.replace('version: 1.4.0\n', ''),
          'models/churn/README.md': '---\nversion: 1.5.0\ndatasets: [acme/churn@v2]\n---\n',
        },
        null,
        CONFIG,
      ),
    );
    expect(res.section?.manifest?.version).toBe('1.5.0');
    expect(res.section?.manifest?.fromCard).toEqual([
      'version (models/churn/README.md)',
      'datasets (models/churn/README.md)',
    ]);
    expect(res.section?.evidence.artifact.ok).toBe(true);
    expect(res.section?.evidence.reproducible.ok).toBe(true);
    const rules = res.findings.map((f) => `${f.check}:${f.rule}`);
    expect(rules).toContain('manifest:manifest.ref');
    expect(rules).not.toContain('manifest:manifest.schema');
    const md = renderManifest(
      { name: 'churn', manifest: res.section } as ModelReport,
      res.findings,
      ctxFor,
    )!;
    expect(md).toContain('✅ **Artifact**');
    expect(md).toContain('⚠️ **Monitoring**');
    expect(md).toContain('From the model card');
  });

  it('fails closed when the manifest is missing', async () => {
    const res = await manifestStage(context({}, null, CONFIG));
    expect(res.findings[0]).toMatchObject({ level: 'error', check: 'manifest' });
    expect(Object.values(res.section!.evidence).every((e) => !e.ok)).toBe(true);
  });
});
