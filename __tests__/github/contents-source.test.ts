import { describe, expect, it } from 'vitest';
import { Limits } from '../../src/constants.js';
import { GitHubContentsSource, type ContentsClient } from '../../src/sources/github.js';

const SHA = 'd'.repeat(40);
const repo = { owner: 'o', repo: 'r' };
const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

type Entry =
  | { type: 'file'; text: string | Buffer; big?: boolean; as?: string }
  | { type: 'dir' | 'symlink' | 'submodule' }
  | { status: number };

/** Symlinks: the API's `symlink` answer, or a link it follows to a file (`as`: the file's path). */
const isLink = (e: Entry) => 'type' in e && (e.type === 'symlink' || (e.type === 'file' && !!e.as));

/** A fake of repos.getContent and git.getTree over a small tree. */
function fake(tree: Record<string, Entry>, treeStatus = 0) {
  const calls: Record<string, unknown>[] = [];
  const client = {
    rest: {
      repos: {
        getContent: async (p: { path: string; ref: string; mediaType?: { format: string } }) => {
          calls.push(p);
          const e = tree[p.path];
          if (!e) throw Object.assign(new Error('Not Found'), { status: 404 });
          if ('status' in e) throw Object.assign(new Error('Server Error'), { status: e.status });
          if (e.type === 'dir') return { data: [] };
          if (e.type !== 'file') return { data: { type: e.type, size: 0 } };
          const buf = Buffer.from(e.text);
          if (p.mediaType?.format === 'raw') return { data: buf.toString('utf8') };
          // `as`: the API answers a symlink to a file with the file, under the file's own path.
          const path = e.as ?? p.path;
          return e.big
            ? { data: { type: 'file', path, size: buf.length, content: '', encoding: 'none' } }
            : {
                data: {
                  type: 'file',
                  path,
                  size: buf.length,
                  content: b64(buf),
                  encoding: 'base64',
                },
              };
        },
      },
      git: {
        // Recursive: every entry by its full path. One level: `tree_sha` is the commit (the root)
        // or `tree:<dir>`, and directories are implied by the paths below them.
        getTree: async (p: { tree_sha: string; recursive?: string }) => {
          calls.push({ tree: p.tree_sha });
          if (treeStatus) throw Object.assign(new Error('Server Error'), { status: treeStatus });
          if (p.recursive)
            return {
              data: {
                tree: Object.entries(tree).map(([path, e]) => ({
                  path,
                  type: 'type' in e && e.type === 'dir' ? 'tree' : 'blob',
                  ...(isLink(e) ? { mode: '120000' } : {}),
                })),
              },
            };
          const dir = p.tree_sha === SHA ? '' : p.tree_sha.replace(/^tree:/, '') + '/';
          const level = new Map<string, { path: string; type: string; sha?: string }>();
          for (const [path, e] of Object.entries(tree)) {
            if (!path.startsWith(dir)) continue;
            const [name, ...rest] = path.slice(dir.length).split('/');
            const isDir = rest.length > 0 || ('type' in e && e.type === 'dir');
            level.set(
              name,
              isDir
                ? { path: name, type: 'tree', sha: `tree:${dir}${name}` }
                : { path: name, type: 'blob', ...(isLink(e) ? { mode: '120000' } : {}) },
            );
          }
          return { data: { tree: [...level.values()], truncated: false } };
        },
      },
    },
  };
  return {
    source: new GitHubContentsSource(client as unknown as ContentsClient, repo, SHA),
    calls,
  };
}

describe('GitHubContentsSource', () => {
  it('reads a file at the commit, base64-decoded, BOM stripped', async () => {
    const { source, calls } = fake({
      'm/metrics.json': { type: 'file', text: '\uFEFF{"auc": 0.8}' },
    });
    expect(await source.read('./m/metrics.json')).toEqual({
      ok: true,
      path: 'm/metrics.json',
      text: '{"auc": 0.8}',
    });
    expect(calls[0]).toMatchObject({ owner: 'o', repo: 'r', path: 'm/metrics.json', ref: SHA });
  });

  it('asks for the raw bytes when the API leaves content out (files over 1 MB)', async () => {
    const { source, calls } = fake({ 'big.json': { type: 'file', text: '{"a": 1}', big: true } });
    expect(await source.read('big.json')).toMatchObject({ ok: true, text: '{"a": 1}' });
    expect(calls).toContainEqual(expect.objectContaining({ mediaType: { format: 'raw' } }));
  });

  it.each([
    ['a missing file', 'nope.json', 'missing', /not found at commit dddddddd?/],
    ['a path climbing out', '../etc/passwd', 'outside', /outside the repository/],
    ['an absolute path', '/etc/passwd', 'outside', /absolute/],
    [
      'a symlink',
      'link',
      'symlink',
      /^link: a symlink in commit d{7} \(GitHub API\); mlgate reads regular files only/,
    ],
    ['a symlink the API follows to a file', 'alias.json', 'symlink', /alias.json: a symlink/],
    ['a file the tree says is a symlink', 'same-path.json', 'symlink', /same-path.json: a symlink/],
    [
      'a file under a linked directory',
      'linked/m.json',
      'symlink',
      /its directory linked is a symlink/,
    ],
    ['a submodule', 'sub', 'outside', /submodule/],
    ['a directory', 'dir', 'error', /not a file/],
    ['a binary file', 'model.bin', 'binary', /binary/],
    ['a server error', 'flaky.json', 'error', /could not read it/],
    ['a file over the cap', 'huge.json', 'too-large', /over the/],
  ])('reports %s as %s', async (_name, path, reason, message) => {
    const { source, calls } = fake({
      link: { type: 'symlink' },
      'alias.json': { type: 'file', text: '{"auc": 0.99}', as: 'real.json' },
      'real.json': { type: 'file', text: '{"auc": 0.99}' },
      linked: { type: 'symlink' },
      'same-path.json': { type: 'file', text: '{}', as: 'same-path.json' },
      sub: { type: 'submodule' },
      dir: { type: 'dir' },
      'model.bin': { type: 'file', text: Buffer.from([1, 0, 2]) },
      'flaky.json': { status: 502 },
      'huge.json': { type: 'file', text: 'x'.repeat(Limits.fileBytes + 1) },
    });
    const result = await source.read(path);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).toMatch(message);
    if (reason === 'outside' && path.includes('etc')) expect(calls).toEqual([]);
  });

  it.each([
    ['the tree confirms the absence', {}, 0, 'missing'],
    ['the tree shows the file (a spurious 404)', { 'm/metrics.json': { status: 404 } }, 0, 'error'],
    ['the tree is unreadable (rate limit, outage)', {}, 403, 'error'],
  ] as const)('a 404 is "missing" only when %s', async (_name, extra, treeStatus, reason) => {
    const { source } = fake({ 'm/other.json': { type: 'file', text: '{}' }, ...extra }, treeStatus);
    expect(await source.read('m/metrics.json')).toMatchObject({ ok: false, reason });
  });

  it('lists files under a directory from the recursive tree, sorted', async () => {
    const { source } = fake({
      'models/b.json': { type: 'file', text: '' },
      'models/a.json': { type: 'file', text: '' },
      'modelsx/c.json': { type: 'file', text: '' },
      models: { type: 'dir' },
    });
    expect(await source.list('models')).toEqual(['models/a.json', 'models/b.json']);
    expect(await source.list('../x')).toEqual([]);
  });
});
