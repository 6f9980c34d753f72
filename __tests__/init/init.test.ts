import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistSnippet } from '../../src/checks/checklist.js';
import { loadConfig } from '../../src/config/load.js';
import { parseLedger } from '../../src/formats/ledger.js';
import { parseTaskItems } from '../../src/formats/pr-body.js';
import { detectMetrics, floorOf, runInit, starterFiles } from '../../src/init.js';
import { parseData } from '../../src/formats/data.js';

const FILES = [
  '.mlgate.yml',
  'models/my-model/model.yaml',
  'models/my-model/LEDGER.md',
  '.github/pull_request_template.md',
];

function capture() {
  let text = '';
  return { write: (s: string) => (text += s), text: () => text };
}

describe('mlgate init', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mlgate-init-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the four starter files and prints them with next steps', async () => {
    const out = capture();
    const err = capture();
    expect(await runInit(['--dir', dir], out, err)).toBe(0);
    for (const f of FILES) await expect(readFile(join(dir, f), 'utf8')).resolves.toBeTruthy();
    for (const f of FILES) expect(out.text()).toContain(`  ${f}\n`);
    expect(out.text()).toMatch(
      /Next steps:[\s\S]*mlgate check --workspace[\s\S]*workflow[\s\S]*required/,
    );
    expect(err.text()).toBe('');
  });

  it('the starter config validates against the schema, with its paths and checklist', async () => {
    await runInit(['--dir', dir, '--model', 'churn'], capture(), capture());
    const text = await readFile(join(dir, '.mlgate.yml'), 'utf8');
    const result = loadConfig('.mlgate.yml', text);
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The manifest and ledger templates are placeholders until filled in: named, but off.
    expect(result.loaded.config.models[0]).toMatchObject({
      name: 'churn',
      metrics: 'models/churn/metrics.json',
    });
    expect(result.loaded.config.models[0].manifest).toBeUndefined();
    expect(text).toContain('    # manifest: models/churn/model.yaml\n');
    expect(text).toContain('    # ledger: models/churn/LEDGER.md\n');
    expect(result.loaded.config.checklist?.require).toEqual(['fail-closed']);
  });

  it('the PR template carries the checklist snippet, which parses to the 12 items', async () => {
    await runInit(['--dir', dir], capture(), capture());
    const template = await readFile(join(dir, '.github/pull_request_template.md'), 'utf8');
    expect(template).toContain(checklistSnippet());
    expect(parseTaskItems(template).map((t) => t.id)).toHaveLength(12);
  });

  it('the starter ledger and manifest parse, and the ledger has no entries yet', () => {
    const files = Object.fromEntries(starterFiles().map((f) => [f.path, f.text]));
    const ledger = parseLedger('LEDGER.md', files['models/my-model/LEDGER.md']);
    expect(ledger.ok && ledger.doc.entries).toEqual([]);
    expect(parseData(files['models/my-model/model.yaml']).ok).toBe(true);
  });

  it('refuses to overwrite existing files without --force, and writes nothing', async () => {
    await writeFile(join(dir, '.mlgate.yml'), 'mine\n');
    const err = capture();
    expect(await runInit(['--dir', dir], capture(), err)).toBe(2);
    expect(err.text()).toMatch(/not overwriting existing files[\s\S]*\.mlgate\.yml[\s\S]*--force/);
    expect(await readFile(join(dir, '.mlgate.yml'), 'utf8')).toBe('mine\n');
    await expect(readFile(join(dir, 'models/my-model/LEDGER.md'), 'utf8')).rejects.toThrow();
  });

  it('--force overwrites and says so', async () => {
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, '.github/pull_request_template.md'), 'old\n');
    const out = capture();
    expect(await runInit(['--dir', dir, '--force'], out, capture())).toBe(0);
    expect(out.text()).toContain('.github/pull_request_template.md (overwritten)');
    expect(await readFile(join(dir, '.github/pull_request_template.md'), 'utf8')).toContain(
      'mlgate:leakage',
    );
  });

  it('rejects an invalid model name with exit 2', async () => {
    const err = capture();
    expect(await runInit(['--dir', dir, '--model', '../x'], capture(), err)).toBe(2);
    expect(err.text()).toMatch(/not a valid model name/);
  });

  it('unknown options are usage errors', async () => {
    await expect(runInit(['--bogus'], capture(), capture())).rejects.toThrow(/bogus/);
  });
});

describe("init detects the repository's metrics (issue 10 point 7)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mlgate-detect-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const write = async (path: string, text: string) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  };

  it('nested keys (dvclive: `roc_auc: {train, test}`) gate on the held-out score', async () => {
    await write('dvc.yaml', 'metrics:\n  - eval/metrics.json\n');
    await write(
      'eval/metrics.json',
      '{"avg_prec": {"train": 0.97, "test": 0.92}, "roc_auc": {"train": 0.98, "test": 0.94}}',
    );
    const d = await detectMetrics(dir);
    expect(d?.gates.map((g) => [g.metric, g.cached])).toEqual([
      ['roc_auc.test', false],
      ['avg_prec.test', false],
    ]);
  });

  it('a metrics file under a cached stage output gets an absolute bound, not vs production', async () => {
    await write(
      'dvc.yaml',
      'stages:\n  evaluate:\n    cmd: x\n    outs: [eval]\nmetrics:\n  - eval/metrics.json\n',
    );
    await write('eval/metrics.json', '{"test": {"rmse": 3.14159, "r2": 0.8123}}');
    const d = await detectMetrics(dir);
    expect(d?.gates).toEqual([
      { metric: 'test.r2', value: 0.8123, better: 'higher', cached: true },
      { metric: 'test.rmse', value: 3.14159, better: 'lower', cached: true },
    ]);
    const config = starterFiles('m', d!)[0].text;
    expect(config).toContain('- { metric: "test.r2", min: 0.81 }');
    expect(config).toContain('- { metric: "test.rmse", max: 3.15 }');
    expect(loadConfig('.mlgate.yml', config).ok).toBe(true);
  });

  it('a cached file not pulled yet: no gates, and the config says why', async () => {
    await write(
      'dvc.yaml',
      'stages:\n  evaluate:\n    cmd: x\n    outs: [eval]\nmetrics:\n  - eval/metrics.json\n',
    );
    const d = await detectMetrics(dir);
    expect(d).toEqual({ metrics: 'dvc.yaml', gates: [], unread: ['eval/metrics.json'] });
    const config = starterFiles('m', d!)[0].text;
    expect(config).toMatch(/eval\/metrics\.json not there: DVC-cached\? run `dvc pull`/);
    expect(loadConfig('.mlgate.yml', config).ok).toBe(true);
  });

  it.each([
    [0.946, 'higher', 0.94],
    [0.9, 'higher', 0.9],
    [0.29, 'higher', 0.29],
    [0.181, 'lower', 0.19],
    [1234.5, 'lower', 1235],
    [87.2, 'higher', 87],
  ] as const)('floorOf(%s, %s) = %s: the value passes its own bound', (value, better, bound) => {
    expect(floorOf(value, better)).toBe(bound);
  });
});
