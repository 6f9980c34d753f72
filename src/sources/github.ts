/**
 * Files at a commit read through the GitHub contents API: the fallback when local git cannot
 * produce the base commit (shallow clone that cannot fetch, missing history). Same contract as the
 * other sources: confined paths, symlinks refused (the tree's mode 120000, as git and the working
 * tree do), size cap, binary refused, never throws; a 404 is `missing` only when the commit's tree
 * confirms the path is absent, anything else unreadable is an `error`.
 */
import { Limits } from '../constants.js';
import { errorText } from '../formats/data.js';
import { statusOf, type GitHubClient } from '../github/octokit.js';
import type { RepoRef } from '../github/context.js';
import {
  confinePath,
  overCap,
  symlinkRefused,
  textOf,
  type FileSource,
  type ReadResult,
} from './types.js';

/** The part of Octokit this source uses (so tests can pass a fake). */
export type ContentsClient = Pick<GitHubClient, 'rest'> & {
  rest: Pick<GitHubClient['rest'], 'repos' | 'git'>;
};

interface TreeEntry {
  path?: string;
  type?: string;
  mode?: string;
  sha?: string;
}

/** Where the commit's tree puts a path: absent, behind a symlink, present, or unknown (null). */
type Placement = { absent: true } | { symlink: string } | { present: true } | null;

export class GitHubContentsSource implements FileSource {
  readonly label: string;
  constructor(
    private readonly client: ContentsClient,
    private readonly repo: RepoRef,
    readonly sha: string,
  ) {
    this.label = `commit ${sha.slice(0, 7)} (GitHub API)`;
  }

  async read(path: string, maxBytes = Limits.fileBytes): Promise<ReadResult> {
    const confined = confinePath(path);
    if (!confined.ok) return { ok: false, path, reason: 'outside', message: confined.message };
    const rel = confined.path;
    const fail = (reason: 'missing' | 'outside' | 'too-large' | 'binary' | 'error', m: string) =>
      ({ ok: false, path: rel, reason, message: `${rel}: ${m}` }) as const;
    let data: unknown;
    try {
      ({ data } = await this.client.rest.repos.getContent({
        ...this.repo,
        path: rel,
        ref: this.sha,
      }));
    } catch (error) {
      // A 404 is "absent" only when the commit's tree confirms it: under a rate limit or an
      // outage a spurious 404 must not turn into "new model" or "first adoption" (fail closed).
      if (statusOf(error) === 404) {
        const placed = await this.placement(rel);
        if (placed && 'symlink' in placed) return symlinkRefused(rel, placed.symlink, this.label);
        if (placed && 'absent' in placed) return fail('missing', `not found at ${this.label}`);
      }
      return fail('error', `the GitHub API could not read it (${errorText(error)})`);
    }
    if (Array.isArray(data) || typeof data !== 'object' || data === null)
      return fail('error', `not a file at ${this.label}`);
    const file = data as {
      type?: string;
      path?: string;
      size?: number;
      content?: string;
      encoding?: string;
    };
    // The API answers a symlink to a file in the repository with that file (another `path`):
    // the one symlink rule refuses it, as git and the working tree do. The tree says for sure.
    if (file.type === 'symlink' || (typeof file.path === 'string' && file.path !== rel))
      return symlinkRefused(rel, rel, this.label);
    const placed = await this.placement(rel);
    if (placed && 'symlink' in placed) return symlinkRefused(rel, placed.symlink, this.label);
    if (file.type === 'submodule')
      return fail('outside', `a submodule at ${this.label}; expected a regular file`);
    if (file.type !== 'file') return fail('error', `not a file at ${this.label}`);
    if (typeof file.size === 'number' && file.size > maxBytes)
      return fail('too-large', overCap(file.size, maxBytes));
    let buf: Buffer;
    if (file.encoding === 'base64' && typeof file.content === 'string') {
      buf = Buffer.from(file.content, 'base64');
    } else {
      // Files over 1 MB come back without content (encoding "none"): ask for the raw bytes.
      try {
        const raw = await this.client.rest.repos.getContent({
          ...this.repo,
          path: rel,
          ref: this.sha,
          mediaType: { format: 'raw' },
        });
        buf = Buffer.from(String(raw.data as unknown), 'utf8');
      } catch (error) {
        return fail('error', `the GitHub API could not read it (${errorText(error)})`);
      }
    }
    if (buf.length > maxBytes) return fail('too-large', overCap(buf.length, maxBytes));
    const text = textOf(buf);
    if (text === null) return fail('binary', 'binary file; expected text');
    return { ok: true, path: rel, text };
  }

  private readonly trees = new Map<string, Promise<TreeEntry[] | null>>();

  /** One level of a tree (null when unreadable or truncated), each fetched once. */
  private tree(sha: string): Promise<TreeEntry[] | null> {
    let found = this.trees.get(sha);
    if (!found) {
      found = this.client.rest.git
        .getTree({ ...this.repo, tree_sha: sha })
        .then(({ data }) => (data.truncated ? null : (data.tree as TreeEntry[])))
        .catch(() => null);
      this.trees.set(sha, found);
    }
    return found;
  }

  /**
   * Walk the commit's tree one directory at a time (each level fetched once per source): absent
   * when a level lacks the path, a symlink when the path or a directory above it is one (mode
   * 120000), null when a level is unreadable or truncated.
   */
  private async placement(rel: string): Promise<Placement> {
    const parts = rel.split('/');
    let sha = this.sha;
    for (let i = 0; i < parts.length; i++) {
      const entries = await this.tree(sha);
      if (!entries) return null;
      const entry = entries.find((e) => e.path === parts[i]);
      if (!entry) return { absent: true };
      if (entry.mode === '120000') return { symlink: parts.slice(0, i + 1).join('/') };
      if (i === parts.length - 1) return { present: true };
      if (entry.type !== 'tree' || typeof entry.sha !== 'string') return { absent: true };
      sha = entry.sha;
    }
    return null;
  }

  async list(dir: string): Promise<string[]> {
    let prefix = '';
    if (dir && dir !== '.') {
      const confined = confinePath(dir);
      if (!confined.ok) return [];
      prefix = `${confined.path}/`;
    }
    try {
      const { data } = await this.client.rest.git.getTree({
        ...this.repo,
        tree_sha: this.sha,
        recursive: 'true',
      });
      // Regular files only: symlinks (mode 120000) are not listed, as in git and the working tree.
      return data.tree
        .filter((e) => e.type === 'blob' && e.mode !== '120000' && typeof e.path === 'string')
        .map((e) => e.path as string)
        .filter((p) => p.startsWith(prefix))
        .sort();
    } catch {
      return [];
    }
  }
}
