/**
 * Issue 9, point 10: one symlink rule for every source. A git repository with symlinks committed
 * (to a file inside, to a directory inside, to a file outside, dangling) is read as the working
 * tree (a `pull_request` run's head) and as its commit through git (a `pull_request_target` or
 * base read): both refuse every symlink, naming the file, and the verdict is the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { GitSource } from '../../src/sources/git.js';
import type { FileSource } from '../../src/sources/types.js';
import { WorkspaceSource } from '../../src/sources/workspace.js';

const CONFIG = (metrics: string) => `version: 1
models:
  - name: churn
    metrics: ${metrics}
    gates:
      - { metric: auc, min: 0.8 }
`;

describe('one symlink rule: the working tree and its commit agree', () => {
  let root: string;
  let outside: string;
  let sha: string;
  const sources = (): [string, FileSource][] => [
    ['working tree', new WorkspaceSource(root)],
    ['git', new GitSource(root, sha)],
  ];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mlgate-links-'));
    outside = mkdtempSync(join(tmpdir(), 'mlgate-links-outside-'));
    writeFileSync(join(outside, 'secret.json'), '{"auc": 0.99, "secret": "do-not-read"}');
    mkdirSync(join(root, 'm'));
    writeFileSync(join(root, 'm', 'metrics.json'), '{"auc": 0.9}');
    symlinkSync('metrics.json', join(root, 'm', 'alias.json'));
    symlinkSync('m', join(root, 'linked'));
    symlinkSync(join(outside, 'secret.json'), join(root, 'm', 'outside.json'));
    symlinkSync('nope.json', join(root, 'm', 'dangling.json'));
    writeFileSync(join(root, '.mlgate.yml'), CONFIG('m/alias.json'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root })
        .toString()
        .trim();
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'links');
    sha = git('rev-parse', 'HEAD');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  /** The message with the source's label taken out, to compare the two sources. */
  const unlabelled = (message: string, source: FileSource) => message.replace(source.label, '…');

  it.each([
    ['a link to a file in the repository', 'm/alias.json', 'm/alias.json: a symlink in'],
    [
      'a file under a linked directory',
      'linked/metrics.json',
      'linked/metrics.json: its directory linked is a symlink in',
    ],
    ['a link out of the repository', 'm/outside.json', 'm/outside.json: a symlink in'],
    ['a dangling link', 'm/dangling.json', 'm/dangling.json: a symlink in'],
  ])('%s is refused the same way by both', async (_name, path, words) => {
    const results = await Promise.all(
      sources().map(async ([, source]) => ({ source, result: await source.read(path) })),
    );
    const messages = results.map(({ source, result }) => {
      expect(result).toMatchObject({ ok: false, path, reason: 'symlink' });
      const message = result.ok ? '' : result.message;
      expect(message).toContain(words);
      expect(message).toContain('mlgate reads regular files only and never follows symlinks');
      expect(message).not.toContain('do-not-read');
      return unlabelled(message, source);
    });
    expect(messages[0]).toBe(messages[1]);
  });

  it('the file the link points to is read alike', async () => {
    for (const [, source] of sources())
      expect(await source.read('m/metrics.json')).toMatchObject({ ok: true, text: '{"auc": 0.9}' });
  });

  it('neither lists a symlink', async () => {
    const [tree, git] = await Promise.all(sources().map(([, s]) => s.list('')));
    expect(tree).toEqual(['.mlgate.yml', 'm/metrics.json']);
    expect(git).toEqual(tree);
    expect(await new WorkspaceSource(root).list('linked')).toEqual([]);
    expect(await new GitSource(root, sha).list('linked')).toEqual([]);
  });

  it('a config whose metrics file is a link: the same blocking finding from both', async () => {
    const verdicts = await Promise.all(
      sources().map(async ([, head]) => {
        const report = await runPipeline({
          head,
          base: null,
          configPath: '.mlgate.yml',
          configSource: 'head',
          prBody: null,
          pr: { number: 1, base: null, head: sha },
          failOn: 'error',
        });
        const named = report.findings.filter((f) => f.file === 'm/alias.json');
        expect(named.length).toBeGreaterThan(0);
        return {
          passed: report.passed,
          errors: report.counts.errors,
          messages: named.map((f) => unlabelled(f.message, head)),
        };
      }),
    );
    expect(verdicts[0].passed).toBe(false);
    expect(verdicts[0]).toEqual(verdicts[1]);
    expect(verdicts[0].messages.join('\n')).toContain('m/alias.json: a symlink in');
  });
});
