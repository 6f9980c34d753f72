import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistSnippet } from '../../src/checks/checklist.js';
import { loadConfig } from '../../src/config/load.js';
import { parseLedger } from '../../src/formats/ledger.js';
import { parseTaskItems } from '../../src/formats/pr-body.js';
import { runInit, starterFiles } from '../../src/init.js';
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
    expect(result.loaded.config.models[0]).toMatchObject({
      name: 'churn',
      manifest: 'models/churn/model.yaml',
      ledger: 'models/churn/LEDGER.md',
    });
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
