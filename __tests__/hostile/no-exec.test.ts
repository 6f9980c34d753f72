/**
 * Nothing from the PR is executed (SPEC §10): YAML tags that other loaders honour (`!!js/function`,
 * `!!python/object`) stay inert data, and paths or refs from the PR never become git options.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseData } from '../../src/formats/data.js';
import { GitSource, ensureCommit, resolveRef } from '../../src/sources/git.js';

describe('YAML tags are data, never code', () => {
  it.each([
    ['!!js/function', 'a: !!js/function "function () { globalThis.pwned = 1 }"\n'],
    ['!!js/eval', 'a: !!js/eval "globalThis.pwned = 1"\n'],
    ['!!python/object/apply', 'a: !!python/object/apply:os.system ["touch pwned"]\n'],
    ['!!js/regexp', 'a: !!js/regexp /x/g\n'],
    ['local tag', 'a: !exec "touch pwned"\n'],
  ])('%s', (_name, text) => {
    const res = parseData(text);
    if (res.ok) {
      const a = (res.value.data as Record<string, unknown>).a;
      expect(typeof a).not.toBe('function');
      expect(a instanceof RegExp).toBe(false);
    }
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });
});

describe('git never takes a PR path or ref as an option', () => {
  let repo: string;
  let sha: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'mlgate-noexec-'));
    const g = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
      });
    g('init', '-q');
    mkdirSync(join(repo, 'm'));
    writeFileSync(join(repo, '-rf'), 'dash file\n');
    writeFileSync(join(repo, 'm', 'a.json'), '{"auc": 1}\n');
    writeFileSync(join(repo, 'm', 'b.json'), '{"auc": 2}\n');
    g('add', '-A');
    g('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
    sha = g('rev-parse', 'HEAD').trim();
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('a path that looks like an option is read as a path', async () => {
    const src = new GitSource(repo, sha);
    expect(await src.read('-rf')).toMatchObject({ ok: true, text: 'dash file\n' });
    const out = join(repo, 'pwned');
    expect(await src.read(`--output=${out}`)).toMatchObject({ ok: false, reason: 'missing' });
    expect(existsSync(out)).toBe(false);
  });

  it.each(['m/*.json', ':(glob)m/*.json', 'm/?.json', ':/m/a.json', 'm'])(
    'a pathspec (%s) never reads a file the config did not name',
    async (path) => {
      const res = await new GitSource(repo, sha).read(path);
      expect(res.ok).toBe(false);
    },
  );

  it.each(['--output=/tmp/x', '-h', '--upload-pack=touch pwned'])(
    'ref %s is refused',
    async (ref) => {
      expect(await resolveRef(repo, ref)).toBeNull();
      expect(await ensureCommit(repo, ref)).toBe(false);
      expect(existsSync(join(repo, 'pwned'))).toBe(false);
    },
  );
});
