import { describe, expect, it } from 'vitest';
import { checkManifest, manifestEvidence } from '../../src/checks/manifest.js';
import { readManifest } from '../../src/formats/manifest.js';
import { starterFiles } from '../../src/init.js';

const GOOD = `name: churn
version: 2026-11-20
config: configs/churn.yaml
datasets:
  - { id: warehouse.churn_events, revision: churn-2026-11-15 }
preprocessing: src/features/churn.py
run:
  code_sha: a81d3c0
  config_hash: sha256:41e7
  seed: 17
  dataset_version: churn-2026-11-15
prediction:
  target: churn_within_30d
  output_schema: schemas/churn-output.json
  latency_budget_ms: 80
  fallback: rules-v3
serving:
  timeout_ms: 150
  fallback: rules-v3
monitoring:
  system: grafana/churn-serving
  feature_drift: evidently/churn-features
  prediction_drift: evidently/churn-scores
  delayed_labels: { label_delay: P30D, job: churn-backfill }
`;

const read = (text: string, file = 'models/churn/model.yaml') => readManifest(file, text);

describe('model manifest', () => {
  it('reads a complete manifest: all five evidences hold, no findings', () => {
    const res = read(GOOD);
    expect(res.issues).toEqual([]);
    const m = res.manifest!;
    const ev = manifestEvidence(m);
    expect(Object.values(ev).every((e) => e.ok)).toBe(true);
    expect(ev.reproducible.detail).toBe(
      'code a81d3c0, config sha256:41e7, data churn-2026-11-15, seed 17',
    );
    expect(
      checkManifest({ manifest: m, model: 'churn', meta: { code_sha: 'a81d3c0', seed: 17 } }),
    ).toEqual([]);
  });

  it.each([
    [
      'monitoring',
      GOOD.replace(/ {2}prediction_drift:.*\n/, '').replace(/ {2}delayed_labels:.*\n/, ''),
      'monitoring lacks monitoring.prediction_drift, monitoring.delayed_labels',
      20,
    ],
    ['reproducible', GOOD.replace('  seed: 17\n', ''), 'run lacks run.seed', 7],
    ['serving', GOOD.replace('  timeout_ms: 150\n', ''), 'serving lacks serving.timeout_ms', 17],
    [
      'prediction-contract',
      GOOD.replace('  fallback: rules-v3\nserving', 'serving'),
      'prediction contract lacks prediction.fallback',
      12,
    ],
    [
      'artifact',
      GOOD.replace('preprocessing: src/features/churn.py\n', ''),
      'artifact lacks preprocessing',
      2,
    ],
  ] as const)(
    'missing %s → evidence false and a warning at its block',
    (key, text, detail, line) => {
      const m = read(text).manifest!;
      expect(manifestEvidence(m)[key]).toEqual({ ok: false, detail });
      const issues = checkManifest({ manifest: m, model: 'churn' });
      expect(issues).toEqual([
        expect.objectContaining({
          level: 'warning',
          rule: `manifest.${key}`,
          line,
          file: 'models/churn/model.yaml',
        }),
      ]);
    },
  );

  it.each([
    ['version: 1\n', 'manifest.schema', 1, 'missing required key "name"'],
    [
      'name: churn\nversion: 1\nrun: { seed: "seventeen" }\n',
      'manifest.schema',
      3,
      'run.seed: expected integer',
    ],
    ['name: churn\nversion: 1\nmonitorng: {}\n', 'manifest.typo', 3, 'did you mean "monitoring"'],
    [
      'name: churn\nversion: 1\nserving: { timout_ms: 5 }\n',
      'manifest.typo',
      3,
      'did you mean "serving.timeout_ms"',
    ],
    ['name: [oops\n', 'manifest.parse', undefined, 'not valid'],
    ['- a\n- b\n', 'manifest.parse', 1, 'expected a mapping'],
    ['__proto__: {}\n', 'manifest.parse', undefined, '__proto__'],
  ])('bad manifest %j → %s', (text, rule, line, message) => {
    const res = read(text);
    const hit = res.issues.find((i) => i.rule === rule);
    expect(hit).toBeDefined();
    if (line) expect(hit!.line).toBe(line);
    expect(hit!.message).toContain(message);
  });

  it('flags inconsistencies: name, timeout below budget, run vs metrics meta, version not bumped', () => {
    const m = read(
      GOOD.replace('timeout_ms: 150', 'timeout_ms: 50').replace(
        'code_sha: a81d3c0',
        'code_sha: main',
      ),
    ).manifest!;
    const base = read(
      GOOD.replace('config_hash: sha256:41e7', 'config_hash: sha256:0000'),
    ).manifest!;
    const rules = checkManifest({
      manifest: m,
      model: 'fraud',
      meta: { code_sha: 'a81d3c0', dataset_version: 'churn-2026-11-15' },
      base,
    }).map((i) => `${i.rule}@${i.line}`);
    expect(rules).toEqual([
      'manifest.name@1',
      'manifest.timeout@18',
      'manifest.code-sha@8',
      'manifest.run-mismatch@8',
      'manifest.version-bump@2',
    ]);
  });

  it('reads a Hugging Face model card: name, version and datasets from front matter', () => {
    const card = `---\nlicense: mit\nversion: 2026-11-20\ndatasets:\n  - acme/churn-events@v3\n  - acme/holidays\nbase_model: acme/tabular-base\nmodel-index:\n  - name: churn\n    results: []\n---\n# Churn\n`;
    const res = readManifest('models/churn/README.md', card);
    expect(res.issues).toEqual([]);
    expect(res.manifest).toMatchObject({
      source: 'model-card',
      name: 'churn',
      version: '2026-11-20',
      datasets: [{ id: 'acme/churn-events', revision: 'v3' }, { id: 'acme/holidays' }],
      lines: { version: 3, datasets: 4 },
    });
    expect(readManifest('README.md', '# no front matter\n').issues[0].rule).toBe('manifest.parse');
    expect(readManifest('README.md', '---\na: [\n---\n').issues[0]).toMatchObject({
      rule: 'manifest.parse',
    });
  });

  it('gives not-ok evidence when there is no manifest', () => {
    expect(manifestEvidence(null).artifact.ok).toBe(false);
  });
});

describe('placeholder values (as `mlgate init` writes them) are not evidence', () => {
  it('the starter manifest written by init gives no reproducible, artifact or serving evidence', () => {
    const starter = starterFiles('my-model').find((f) => f.path.endsWith('model.yaml'))!;
    const m = read(starter.text).manifest!;
    const ev = manifestEvidence(m);
    expect(ev.reproducible).toEqual({
      ok: false,
      detail:
        'run still has placeholder values in run.code_sha, run.config_hash, run.dataset_version',
    });
    expect(ev.artifact.ok).toBe(false);
    expect(ev['prediction-contract'].ok).toBe(false);
    // A placeholder SHA is reported once, as a placeholder, not also as "not a git commit SHA".
    const rules = checkManifest({ manifest: m, model: 'my-model' }).map((i) => i.rule);
    expect(rules).not.toContain('manifest.code-sha');
    expect(rules).toContain('manifest.reproducible');
  });

  it.each(['<commit sha>', 'TODO', 'tbd', 'replace-with-anything'])('%s is a placeholder', (v) => {
    const m = read(
      `name: churn\nrun: { code_sha: "${v}", config_hash: h, dataset_version: d, seed: 1 }\n`,
    ).manifest!;
    expect(manifestEvidence(m).reproducible).toEqual({
      ok: false,
      detail: 'run still has placeholder values in run.code_sha',
    });
  });
});
