import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Limits } from '../../src/constants.js';
import { GitSource, resolveRef } from '../../src/sources/git.js';
import { confinePath, withFileCap } from '../../src/sources/types.js';
import { WorkspaceSource } from '../../src/sources/workspace.js';

describe('confinePath', () => {
  it.each([
    ['a/b.json', 'a/b.json'],
    ['./a//b.json', 'a/b.json'],
    ['a/../b.json', 'b.json'],
    ['a\\b.json', 'a/b.json'],
  ])('normalises %s', (input, out) => {
    expect(confinePath(input)).toEqual({ ok: true, path: out });
  });

  it.each(['../secret', 'a/../../secret', '/etc/passwd', 'C:/x', '', '.', 'a\0b'])(
    'refuses %j',
    (input) => {
      expect(confinePath(input).ok).toBe(false);
    },
  );
});

describe('WorkspaceSource and GitSource', () => {
  let root: string;
  let outside: string;
  let sha: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root })
      .toString()
      .trim();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mlgate-src-'));
    outside = mkdtempSync(join(tmpdir(), 'mlgate-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'top secret');
    mkdirSync(join(root, 'm'));
    writeFileSync(join(root, 'm', 'metrics.json'), '\uFEFF{"auc": 0.9}');
    writeFileSync(join(root, 'm', 'blob.bin'), Buffer.from([1, 0, 2]));
    writeFileSync(join(root, 'm', 'big.json'), Buffer.alloc(Limits.fileBytes + 1, 32));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'm', 'link.txt'));
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'one');
    sha = git('rev-parse', 'HEAD');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads a file and strips a BOM', async () => {
    for (const src of [new WorkspaceSource(root), new GitSource(root, sha)]) {
      const res = await src.read('m/metrics.json');
      expect(res).toMatchObject({ ok: true, path: 'm/metrics.json', text: '{"auc": 0.9}' });
    }
  });

  it.each([
    ['m/missing.json', 'missing'],
    ['../x.json', 'outside'],
    ['m/link.txt', 'symlink'],
    ['m/blob.bin', 'binary'],
    ['m/big.json', 'too-large'],
  ])('refuses %s as %s', async (path, reason) => {
    for (const src of [new WorkspaceSource(root), new GitSource(root, sha)]) {
      const res = await src.read(path);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.reason).toBe(reason);
    }
  });

  it('honours a configured cap and names the settings that change it', async () => {
    for (const src of [new WorkspaceSource(root), new GitSource(root, sha)]) {
      const res = await withFileCap(src, 8).read('m/metrics.json');
      expect(res).toMatchObject({
        ok: false,
        reason: 'too-large',
        message: expect.stringMatching(
          /over the 8-byte limit .*limits\.max_file_mb.*--max-file-mb/,
        ),
      });
      // A raised cap admits a file over the default one.
      const big = await withFileCap(src, Limits.fileBytes + 1).read('m/big.json');
      expect(big.ok).toBe(true);
    }
  });

  it('refuses a FIFO in the working tree instead of blocking on it', async () => {
    execFileSync('mkfifo', [join(root, 'm', 'fifo.json')]);
    const res = await new WorkspaceSource(root).read('m/fifo.json');
    expect(res).toMatchObject({
      ok: false,
      reason: 'error',
      message: 'm/fifo.json: not a regular file',
    });
  });

  it('lists files in both trees', async () => {
    expect(await new WorkspaceSource(root).list('m')).toContain('m/metrics.json');
    expect(await new GitSource(root, sha).list('m')).toContain('m/metrics.json');
  });

  it('resolves refs and refuses option-like refs', async () => {
    expect(await resolveRef(root, 'HEAD')).toBe(sha);
    expect(await resolveRef(root, '--output=/tmp/x')).toBeNull();
    expect(await resolveRef(root, 'no-such-ref')).toBeNull();
  });
});

describe('GitSource reads through one cat-file process, walking the trees itself', () => {
  let root: string;
  let sha: string;
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root })
      .toString()
      .trim();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'mlgate-tree-'));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'a', 'b', 'deep.json'), '{"deep": 1}');
    writeFileSync(join(root, 'a', 'file.json'), '{"x": 1}');
    writeFileSync(join(root, 'é ü.json'), '{"name": "non-ASCII with a space"}');
    git('init', '--quiet');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'one');
    // A submodule entry (gitlink) without a checkout.
    git('update-index', '--add', '--cacheinfo', `160000,${git('rev-parse', 'HEAD')},sub`);
    git('commit', '--quiet', '-m', 'sub');
    sha = git('rev-parse', 'HEAD');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads nested and non-ASCII paths, several at once', async () => {
    const src = new GitSource(root, sha);
    const [deep, file, named] = await Promise.all([
      src.read('a/b/deep.json'),
      src.read('./a/file.json'),
      src.read('é ü.json'),
    ]);
    expect(deep).toMatchObject({ ok: true, path: 'a/b/deep.json', text: '{"deep": 1}' });
    expect(file).toMatchObject({ ok: true, path: 'a/file.json', text: '{"x": 1}' });
    expect(named).toMatchObject({ ok: true, text: '{"name": "non-ASCII with a space"}' });
  });

  it.each([
    ['a/b', 'error', 'a/b: not a file at commit'],
    ['sub', 'error', 'sub: not a file at commit'],
    ['sub/x.json', 'missing', 'sub/x.json: not found at commit'],
    ['a/file.json/x', 'missing', 'a/file.json/x: not found at commit'],
    ['a/B/deep.json', 'missing', 'a/B/deep.json: not found at commit'],
  ])('%s is %s', async (path, reason, message) => {
    const res = await new GitSource(root, sha).read(path);
    expect(res).toMatchObject({ ok: false, reason, message: expect.stringContaining(message) });
  });

  it('a commit that is not there is an error, not absence', async () => {
    const res = await new GitSource(root, '0'.repeat(40)).read('a/file.json');
    expect(res).toMatchObject({
      ok: false,
      reason: 'error',
      message: expect.stringMatching(/^a\/file\.json: git could not read commit 0000000 \(/),
    });
    const odd = await new GitSource(root, 'HEAD\ninfo HEAD').read('a/file.json');
    expect(odd).toMatchObject({ ok: false, reason: 'error' });
  });
});
