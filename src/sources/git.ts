/**
 * Files at a git commit, read with `git cat-file` (never checked out, never executed). A shallow
 * checkout lacking the commit fetches it once.
 */
import { execFile, spawn } from 'node:child_process';
import { Limits } from '../constants.js';
import {
  confinePath,
  overCap,
  pathPrefixes,
  symlinkRefused,
  type FileSource,
  type FileVersion,
  type HistoryResult,
  type ReadResult,
} from './types.js';

interface GitOut {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Run git with arguments (no shell), capturing output up to a cap. */
export function git(
  cwd: string,
  args: string[],
  maxBuffer = Limits.fileBytes + 1024,
): Promise<GitOut> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer,
        timeout: 120_000,
        // Paths come from the PR: literal pathspecs, so `:/x` or `:(glob)*` are names, not magic.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1' },
      },
      (error, stdout, stderr) => {
        const code = error
          ? typeof (error as { code?: unknown }).code === 'number'
            ? (error as { code: number }).code
            : 1
          : 0;
        resolve({
          code,
          stdout: stdout ?? Buffer.alloc(0),
          stderr: (stderr ?? Buffer.alloc(0)).toString('utf8'),
        });
      },
    );
  });
}

/** Resolve a ref to a full SHA, or null. */
export async function resolveRef(cwd: string, ref: string): Promise<string | null> {
  if (ref.startsWith('-')) return null;
  const out = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return out.code === 0 ? out.stdout.toString('utf8').trim() : null;
}

/** Make sure `sha` is present locally, fetching it from `origin` when the clone is shallow. */
export async function ensureCommit(cwd: string, sha: string): Promise<boolean> {
  if (sha.startsWith('-')) return false;
  if ((await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0) return true;
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return false;
  await git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]);
  return (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}

/**
 * `git cat-file --batch`: many objects through one process. Each request line is an object name;
 * the answer is `<oid> <type> <size>\n<content>\n` or `<name> missing\n`. Contents over
 * `maxBytes` are skipped (null), never buffered whole in a string.
 */
export function catFileBatch(
  cwd: string,
  names: string[],
  maxBytes = Limits.fileBytes,
): Promise<(Buffer | null)[]> {
  return new Promise((resolve) => {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    let total = 0;
    child.stdout.on('data', (d: Buffer) => {
      total += d.length;
      // A hostile history of huge blobs: stop reading rather than hold it all.
      if (total > maxBytes * Math.max(1, names.length) + 1024 * names.length) child.kill();
      else chunks.push(d);
    });
    child.on('error', () => resolve(names.map(() => null)));
    child.on('close', () => {
      const out = Buffer.concat(chunks);
      const results: (Buffer | null)[] = [];
      let at = 0;
      for (let i = 0; i < names.length; i++) {
        const nl = out.indexOf(10, at);
        if (nl < 0) {
          results.push(null);
          continue;
        }
        const header = out.subarray(at, nl).toString('utf8').split(' ');
        at = nl + 1;
        if (header.length !== 3) {
          results.push(null);
          continue;
        }
        const size = Number(header[2]);
        const body = out.subarray(at, at + size);
        at += size + 1;
        results.push(header[1] === 'blob' && size <= maxBytes ? body : null);
      }
      resolve(results);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(names.map((n) => `${n}\n`).join(''));
  });
}

export class GitSource implements FileSource {
  readonly label: string;
  constructor(
    private readonly cwd: string,
    readonly sha: string,
  ) {
    this.label = `commit ${sha.slice(0, 7)}`;
  }

  async read(path: string, maxBytes = Limits.fileBytes): Promise<ReadResult> {
    const confined = confinePath(path);
    if (!confined.ok) return { ok: false, path, reason: 'outside', message: confined.message };
    const rel = confined.path;
    const tree = await git(this.cwd, ['ls-tree', '-l', this.sha, '--', rel]);
    const line = tree.stdout.toString('utf8').trim();
    // ls-tree failing is not absence (a missing object in a partial clone): fail closed.
    if (tree.code !== 0)
      return {
        ok: false,
        path: rel,
        reason: 'error',
        message: `${rel}: git could not read ${this.label} (${tree.stderr.trim().split('\n', 1)[0]})`,
      };
    if (line === '') {
      // Not in the tree: because a directory above it is a symlink (the one symlink rule), or absent.
      const link = await this.symlinkAbove(rel);
      if (link) return symlinkRefused(rel, link, this.label);
      return {
        ok: false,
        path: rel,
        reason: 'missing',
        message: `${rel}: not found at ${this.label}`,
      };
    }
    // "<mode> <type> <object> <size>\t<path>"
    const [mode, type, object, size] = line.split(/\s+/);
    if (mode === '120000') return symlinkRefused(rel, rel, this.label);
    if (type !== 'blob')
      return {
        ok: false,
        path: rel,
        reason: 'error',
        message: `${rel}: not a file at ${this.label}`,
      };
    if (Number(size) > maxBytes) {
      return {
        ok: false,
        path: rel,
        reason: 'too-large',
        message: `${rel}: ${overCap(Number(size), maxBytes)}`,
      };
    }
    const blob = await git(this.cwd, ['cat-file', 'blob', object], maxBytes + 1024);
    if (blob.code !== 0)
      return {
        ok: false,
        path: rel,
        reason: 'error',
        message: `${rel}: git could not read it (${blob.stderr.trim()})`,
      };
    if (blob.stdout.includes(0))
      return {
        ok: false,
        path: rel,
        reason: 'binary',
        message: `${rel}: binary file; expected text`,
      };
    return { ok: true, path: rel, text: blob.stdout.toString('utf8').replace(/^\uFEFF/, '') };
  }

  /** The first directory above `rel` that is a symlink in this commit, or null. */
  private async symlinkAbove(rel: string): Promise<string | null> {
    const dirs = pathPrefixes(rel).slice(0, -1);
    if (dirs.length === 0) return null;
    const out = await git(this.cwd, ['ls-tree', '-z', this.sha, '--', ...dirs]);
    if (out.code !== 0) return null;
    const links = new Set(
      out.stdout
        .toString('utf8')
        .split('\0')
        .filter((l) => l.startsWith('120000 '))
        .map((l) => l.slice(l.indexOf('\t') + 1)),
    );
    return dirs.find((d) => links.has(d)) ?? null;
  }

  /** Regular files only: symlinks (mode 120000) and submodules are not listed. */
  async list(dir: string): Promise<string[]> {
    const args = ['ls-tree', '-r', '-z', this.sha];
    if (dir && dir !== '.') {
      const confined = confinePath(dir);
      if (!confined.ok) return [];
      args.push('--', confined.path);
    }
    const out = await git(this.cwd, args, 64 * 1024 * 1024);
    if (out.code !== 0) return [];
    // "<mode> <type> <object>\t<path>", NUL-terminated: names are not quoted.
    return out.stdout
      .toString('utf8')
      .split('\0')
      .filter((l) => /^100(644|755) blob /.test(l))
      .map((l) => l.slice(l.indexOf('\t') + 1))
      .sort();
  }

  async history(path: string, count: number): Promise<HistoryResult> {
    const confined = confinePath(path);
    if (!confined.ok) return { ok: false, message: confined.message };
    const rel = confined.path;
    const n = Math.max(1, Math.min(1000, Math.floor(count)));
    // First parent: the base branch's own line, one entry per merge (or squash) that changed it.
    const log = await git(this.cwd, [
      'log',
      '--first-parent',
      '--format=%H',
      `--max-count=${n}`,
      this.sha,
      '--',
      rel,
    ]);
    if (log.code !== 0)
      return { ok: false, message: `git log failed on ${rel}: ${log.stderr.trim()}` };
    const shas = log.stdout.toString('utf8').split('\n').filter(Boolean);
    const shallow =
      (await git(this.cwd, ['rev-parse', '--is-shallow-repository'])).stdout
        .toString('utf8')
        .trim() === 'true';
    const blobs = await catFileBatch(
      this.cwd,
      shas.map((sha) => `${sha}:${rel}`),
    );
    const versions: FileVersion[] = [];
    shas.forEach((sha, i) => {
      const blob = blobs[i];
      // Deleted at that commit, over the size cap or binary: not a version to compare with.
      if (!blob || blob.includes(0)) return;
      versions.push({ sha, text: blob.toString('utf8').replace(/^\uFEFF/, '') });
    });
    return { ok: true, versions, shallow };
  }
}
