/**
 * SPEC §6 Model manifest, field by field, through the real pipeline (in-memory trees): every field
 * of model.yaml is read and validated, feeds its evidence, and a Hugging Face card may supply
 * version, datasets and metrics.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ManifestSection } from '../../src/stages/manifest.js';
import type { Finding } from '../../src/types.js';
import { run } from '../pipeline/memory.js';

type Obj = Record<string, unknown>;

const FULL: Obj = {
  name: 'churn',
  version: '2026-11-20',
  config: 'configs/churn.yaml',
  datasets: [{ id: 'churn-training', revision: 'snap@2026-11-01' }],
  preprocessing: 'src/features.py',
  run: {
    code_sha: 'a81d3c0',
    config_hash: 'sha256:41e7',
    seed: 17,
    dataset_version: 'churn-2026-11-15',
  },
  prediction: {
    target: 'churned_90d',
    output_schema: { type: 'number', minimum: 0, maximum: 1 },
    latency_budget_ms: 80,
    fallback: 'rules-v3',
  },
  serving: { timeout_ms: 150, fallback: 'rules-v3' },
  monitoring: {
    system: 'grafana/churn-latency',
    feature_drift: 'evidently/churn-features',
    prediction_drift: 'evidently/churn-scores',
    delayed_labels: { job: 'label-join', after: 'P90D' },
  },
};

const META = {
  code_sha: 'a81d3c0',
  config_hash: 'sha256:41e7',
  dataset_version: 'churn-2026-11-15',
  seed: 17,
};
const REFS = { 'configs/churn.yaml': 'x: 1\n', 'src/features.py': '# features\n' };

async function check(
  manifest: string,
  opts: { file?: string; extra?: Record<string, string>; metrics?: string } = {},
): Promise<{
  findings: Finding[];
  section: ManifestSection;
  report: Awaited<ReturnType<typeof run>>;
}> {
  const file = opts.file ?? 'models/churn/model.yaml';
  const metricsFile = opts.metrics ?? 'm.json';
  const cfg = `version: 1\nmodels:\n  - name: churn\n    metrics: ${metricsFile}\n    manifest: ${file}\n`;
  const head = {
    '.mlgate.yml': cfg,
    'm.json': JSON.stringify({ auc: 0.9, meta: META }),
    ...REFS,
    ...opts.extra,
    [file]: manifest,
  };
  const report = await run({ head, base: null });
  return {
    findings: report.findings.filter((f) => f.check === 'manifest'),
    section: report.models[0].manifest as ManifestSection,
    report,
  };
}

const without = (path: string): Obj => {
  const copy = structuredClone(FULL);
  const [a, b] = path.split('.');
  if (b === undefined) delete copy[a];
  else delete (copy[a] as Obj)[b];
  return copy;
};
const withValue = (path: string, v: unknown): Obj => {
  const copy = structuredClone(FULL);
  const [a, b] = path.split('.');
  if (b === undefined) copy[a] = v;
  else (copy[a] as Obj)[b] = v;
  return copy;
};

describe('§6 a complete model.yaml', () => {
  it('reads every field with no finding and all evidence satisfied', async () => {
    const { findings, section } = await check(stringify(FULL));
    expect(findings).toEqual([]);
    const m = section.manifest!;
    expect(m).toMatchObject({
      name: 'churn',
      version: '2026-11-20',
      config: 'configs/churn.yaml',
      datasets: [{ id: 'churn-training', revision: 'snap@2026-11-01' }],
      preprocessing: 'src/features.py',
      run: FULL.run,
      prediction: FULL.prediction,
      serving: FULL.serving,
      monitoring: FULL.monitoring,
    });
    for (const [k, e] of Object.entries(section.evidence)) expect([k, e.ok]).toEqual([k, true]);
  });
});

/** [field, evidence item it feeds]: removing the field fails that item with a warning naming it. */
const FIELDS: [string, keyof ManifestSection['evidence']][] = [
  ['version', 'artifact'],
  ['config', 'artifact'],
  ['preprocessing', 'artifact'],
  ['prediction.target', 'prediction-contract'],
  ['prediction.output_schema', 'prediction-contract'],
  ['prediction.latency_budget_ms', 'prediction-contract'],
  ['prediction.fallback', 'prediction-contract'],
  ['serving.timeout_ms', 'serving'],
  ['serving.fallback', 'serving'],
  ['monitoring.system', 'monitoring'],
  ['monitoring.feature_drift', 'monitoring'],
  ['monitoring.prediction_drift', 'monitoring'],
  ['monitoring.delayed_labels', 'monitoring'],
  ['run.code_sha', 'reproducible'],
  ['run.config_hash', 'reproducible'],
  ['run.seed', 'reproducible'],
  ['run.dataset_version', 'reproducible'],
];

describe('§6 every field feeds its evidence', () => {
  it.each(FIELDS)('without %s, %s is not satisfied and a warning names it', async (field, item) => {
    const { findings, section } = await check(stringify(without(field)));
    expect(section.evidence[item].ok).toBe(false);
    expect(section.evidence[item].detail).toContain(field);
    const f = findings.find((x) => x.rule === `manifest.${item}`);
    expect(f?.level).toBe('warning');
    expect(f?.file).toBe('models/churn/model.yaml');
    expect(f?.line).toBeGreaterThan(0);
  });

  it('datasets or run.dataset_version is the dataset reference of the artifact', async () => {
    const neither = structuredClone(without('datasets'));
    delete (neither.run as Obj).dataset_version;
    expect((await check(stringify(neither))).section.evidence.artifact.ok).toBe(false);
    expect((await check(stringify(without('datasets')))).section.evidence.artifact.ok).toBe(true);
  });
});

describe('§6 the schema: wrong types are errors at their line', () => {
  it.each([
    ['name', 42],
    ['datasets', 'churn-training'],
    ['datasets', [{ revision: 'x' }]],
    ['run.seed', 'seventeen'],
    ['prediction.latency_budget_ms', 'fast'],
    ['serving.timeout_ms', -5],
    ['monitoring.system', 3],
  ])('%s: %j', async (field, value) => {
    const { findings } = await check(stringify(withValue(field, value)));
    const errors = findings.filter((f) => f.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].file).toBe('models/churn/model.yaml');
    expect(errors[0].line).toBeGreaterThan(0);
  });

  it('a manifest that is not YAML is an error, and every item fails closed', async () => {
    const { findings, section } = await check('name: [unclosed\n');
    expect(findings.some((f) => f.level === 'error' && f.line !== undefined)).toBe(true);
    expect(Object.values(section.evidence).every((e) => !e.ok)).toBe(true);
  });
});

const CARD = `---
language: en
license: apache-2.0
version: 2026-11-20
datasets:
  - acme/churn-training
model-index:
  - name: churn
    results:
      - task:
          type: tabular-classification
        dataset:
          name: Churn holdout
          type: acme/churn-training
          split: test
        metrics:
          - type: roc_auc
            value: 0.843
---
# Churn model
`;

describe('§6 a Hugging Face card may supply version, datasets and metrics', () => {
  it('as the manifest itself: version and datasets', async () => {
    const { section, findings } = await check(CARD, { file: 'models/churn/README.md' });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(section.manifest?.source).toBe('model-card');
    expect(section.manifest?.version).toBe('2026-11-20');
    expect(section.manifest?.datasets).toEqual([{ id: 'acme/churn-training' }]);
  });

  it('beside model.yaml: fills version and datasets the manifest lacks', async () => {
    const partial = without('version');
    delete partial.datasets;
    const { section } = await check(stringify(partial), {
      extra: { 'models/churn/README.md': CARD },
    });
    expect(section.manifest?.version).toBe('2026-11-20');
    expect(section.manifest?.datasets).toEqual([{ id: 'acme/churn-training' }]);
    expect(section.evidence.artifact.ok).toBe(true);
  });

  it('the manifest wins over the card', async () => {
    const { section } = await check(stringify(FULL), {
      extra: { 'models/churn/README.md': CARD.replace('version: 2026-11-20', 'version: 1999') },
    });
    expect(section.manifest?.version).toBe('2026-11-20');
  });

  it('metrics: the card is a metrics file (model-index)', async () => {
    const { report } = await check(stringify(FULL), {
      metrics: 'models/churn/README.md',
      extra: { 'models/churn/README.md': CARD },
    });
    const rows = report.models[0].metrics.map((r) => r.metric);
    expect(rows).toContain('tabular-classification.acme/churn-training.test.roc_auc');
  });
});
