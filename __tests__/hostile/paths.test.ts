/**
 * Paths from the PR (SPEC §10): `..`, absolute, Windows, option-like and directory paths in every
 * config key that names a file, symlinks out of the workspace, and one file named by several
 * models. Each is a finding naming the path, at error level, and nothing outside is read.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkspaceSource } from '../../src/sources/workspace.js';
import { BASE, HEAD, configWith, dump, runCase, type Tree } from './harness.js';

const KEYS = ['metrics', 'baseline', 'production', 'contract', 'rollout', 'manifest', 'ledger'];
const BAD_PATHS = [
  '../outside.json',
  'models/../../outside.json',
  '/etc/passwd',
  'C:\\\\Windows\\\\win.ini',
  '-rf',
  '--output=/tmp/pwned',
  'models/churn',
  '"."',
];

const secret = 'SECRET-OUTSIDE-THE-REPO';

describe.each(KEYS)('config key `%s` naming a hostile path', (key) => {
  it.each(BAD_PATHS)('%s', async (path) => {
    const config = configWith({ [key]: path });
    const { report, markdown } = await runCase({
      head: { '.mlgate.yml': config },
      base: { '.mlgate.yml': configWith({ [key]: path }, BASE['.mlgate.yml']) },
    });
    expect(report.passed, dump(report)).toBe(false);
    const shown = path.replace(/^"|"$/g, '');
    const named = report.findings.filter(
      (f) =>
        f.level === 'error' &&
        (f.file === shown ||
          f.message.includes(shown) ||
          f.message.includes(shown.replace(/\\\\/g, '\\'))),
    );
    expect(named.length, dump(report)).toBeGreaterThan(0);
    expect(markdown).not.toContain(secret);
  });
});

describe('a dvc.yaml naming files outside the repository', () => {
  it.each(['../../outside.json', '/etc/passwd', '../../../../../../etc/passwd', 'dvc.yaml'])(
    '%s',
    async (entry) => {
      const { report } = await runCase({
        head: {
          '.mlgate.yml': configWith({ metrics: 'models/dvc.yaml' }),
          'models/dvc.yaml': `metrics:\n  - ${entry}\n`,
        },
        base: { '.mlgate.yml': configWith({ metrics: 'models/dvc.yaml' }, BASE['.mlgate.yml']) },
      });
      const f = report.findings.find((x) => x.file === 'models/dvc.yaml' && x.level === 'error');
      expect(f, dump(report)).toMatchObject({ line: 2 });
      expect(report.passed).toBe(false);
    },
  );
});

describe('the same file named by several models and kinds', () => {
  it('two models share every file; a third reads the contract as its metrics', async () => {
    // The models block runs from the first `  - name:` to the next top-level key.
    const lines = HEAD['.mlgate.yml'].split('\n');
    const start = lines.findIndex((l) => l.startsWith('  - name:'));
    const after = lines.slice(start + 1).findIndex((l) => /^\S/.test(l));
    const end = after === -1 ? lines.length : start + 1 + after;
    const model = (name: string, metrics = 'models/churn/metrics.json') =>
      lines
        .slice(start, end)
        .join('\n')
        .replace('name: churn', `name: ${name}`)
        .replace('metrics: models/churn/metrics.json', `metrics: ${metrics}`);
    const config = [
      ...lines.slice(0, end),
      model('churn2'),
      model('odd', 'data/churn.odcs.yaml'),
      ...lines.slice(end),
    ].join('\n');
    const { report } = await runCase({ head: { '.mlgate.yml': config }, configSource: 'head' });
    expect(report.models.map((m) => m.name)).toEqual(['churn', 'churn2', 'odd']);
    expect(report.findings.some((f) => f.model === 'odd' && f.level === 'error')).toBe(true);
  });
});

describe('symlinks and special files in the workspace (WorkspaceSource)', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const top = mkdtempSync(join(tmpdir(), 'mlgate-hostile-'));
    root = join(top, 'repo');
    outside = join(top, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'metrics.json'), `{"auc": 0.99, "note": "${secret}"}\n`);
    const tree: Tree = { ...HEAD };
    for (const [path, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });
  afterAll(() => rmSync(dirname(root), { recursive: true, force: true }));

  const cases: [string, string, (p: string) => void][] = [
    [
      'metrics → a file outside',
      'models/churn/metrics.json',
      (p) => symlinkSync(join(outside, 'metrics.json'), p),
    ],
    ['contract → /etc/passwd', 'data/churn.odcs.yaml', (p) => symlinkSync('/etc/passwd', p)],
    ['rollout → /dev/zero', 'deploy/churn-rollout.yaml', (p) => symlinkSync('/dev/zero', p)],
    ['manifest → a directory outside', 'models/churn/model.yaml', (p) => symlinkSync(outside, p)],
    [
      'ledger → a symlink loop',
      'models/churn/LEDGER.md',
      (p) => {
        symlinkSync(`${p}.b`, p);
        symlinkSync(p, `${p}.b`);
      },
    ],
    ['baseline → a directory inside', 'models/churn/baseline-metrics.json', (p) => mkdirSync(p)],
    [
      'metrics → a dangling link',
      'models/churn/metrics.json',
      (p) => symlinkSync(join(outside, 'nope.json'), p),
    ],
  ];

  it.each(cases)('%s', async (_name, file, plant) => {
    const full = join(root, file);
    rmSync(full, { recursive: true, force: true });
    rmSync(`${full}.b`, { force: true });
    plant(full);
    try {
      const { report, markdown } = await runCase({ headSource: new WorkspaceSource(root) });
      const named = report.findings.filter((f) => f.file === file && f.level === 'error');
      expect(named.length, dump(report)).toBeGreaterThan(0);
      expect(report.passed).toBe(false);
      expect(markdown).not.toContain(secret);
      expect(JSON.stringify(report)).not.toContain(secret);
    } finally {
      rmSync(full, { recursive: true, force: true });
      rmSync(`${full}.b`, { force: true });
      writeFileSync(full, HEAD[file]);
    }
  });

  it('a config path that is a directory is a config error', async () => {
    const ws = new WorkspaceSource(root);
    const { runPipeline } = await import('../../src/pipeline.js');
    const report = await runPipeline({
      head: ws,
      base: null,
      configPath: 'models',
      configSource: 'head',
      prBody: null,
      pr: { number: 1, base: null, head: null },
      failOn: 'error',
    });
    expect(report.passed).toBe(false);
    expect(report.findings[0]).toMatchObject({ level: 'error', check: 'config', file: 'models' });
  });
});
