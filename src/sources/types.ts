/** File access for the pipeline: one small interface, several implementations. */
import { Limits } from '../constants.js';

export type ReadFailure = 'missing' | 'outside' | 'symlink' | 'too-large' | 'binary' | 'error';

export type ReadResult =
  | { ok: true; path: string; text: string }
  | { ok: false; path: string; reason: ReadFailure; message: string };

/** A tree of files at one revision: the workspace, a git commit, or the GitHub contents API. */
export interface FileSource {
  /** Human label: `workspace`, `base (abc1234)`. */
  readonly label: string;
  /** Read a repository-relative path; a file over `maxBytes` (default Limits.fileBytes) is refused. Never throws. */
  read(path: string, maxBytes?: number): Promise<ReadResult>;
  /** Repository-relative paths of files under `dir` (recursive), or [] when unsupported. */
  list(dir: string): Promise<string[]>;
  /**
   * The file at the last `count` commits (first-parent, newest first) up to this revision that
   * changed it; absent where the source has no history (the GitHub contents API, a plain folder).
   */
  history?(path: string, count: number): Promise<HistoryResult>;
}

/** One version of a file in its history. */
export interface FileVersion {
  sha: string;
  text: string;
}

export type HistoryResult =
  | {
      ok: true;
      /** Newest first; versions that could not be read (too large, binary) are left out. */
      versions: FileVersion[];
      /** The clone is shallow: older commits may exist but are not here. */
      shallow: boolean;
    }
  | { ok: false; message: string };

/**
 * Normalise a repository-relative path, or explain why it is not one. Absolute paths and `..`
 * that climb out of the repository are refused: a PR must not make mlgate read outside it.
 */
export function confinePath(
  path: string,
): { ok: true; path: string } | { ok: false; message: string } {
  if (typeof path !== 'string' || path.trim() === '') return { ok: false, message: 'empty path' };
  if (path.includes('\0')) return { ok: false, message: 'path contains a NUL byte' };
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    return {
      ok: false,
      message: `"${path}" is absolute; expected a path relative to the repository root`,
    };
  }
  const parts: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0)
        return { ok: false, message: `"${path}" points outside the repository` };
      parts.pop();
    } else parts.push(part);
  }
  if (parts.length === 0) return { ok: false, message: `"${path}" is not a file path` };
  return { ok: true, path: parts.join('/') };
}

/**
 * The one symlink rule, in every source (issue 9, point 10): a symlink anywhere on the path (the
 * file itself or a directory above it) is refused with this result and never followed, so the
 * verdict cannot depend on whether a commit is read from the working tree, git or the API.
 * `link` is the path of the symlink (`rel` itself or one of its directories).
 */
export function symlinkRefused(rel: string, link: string, where: string): ReadResult {
  const what = link === rel ? 'a symlink' : `its directory ${link} is a symlink`;
  return {
    ok: false,
    path: rel,
    reason: 'symlink',
    message: `${rel}: ${what} in ${where}; mlgate reads regular files only and never follows symlinks`,
  };
}

/** The directories above `rel` and `rel` itself, outermost first: `a`, `a/b`, `a/b/c.json`. */
export function pathPrefixes(rel: string): string[] {
  const parts = rel.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** A file's bytes as text (UTF-8, a leading BOM dropped), or null when it is binary (holds a NUL). */
export function textOf(bytes: Buffer): string | null {
  return bytes.includes(0) ? null : bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** What a file over the cap is told: its size, the cap, and the settings that change it. */
export function overCap(size: number, cap: number): string {
  return `${size} bytes is over the ${cap}-byte limit (raise it with \`limits.max_file_mb\` in the config, \`--max-file-mb\` or the \`max-file-mb\` input)`;
}

/** `source` with every read capped at `maxBytes` (the configured file cap). */
export function withFileCap(source: FileSource, maxBytes: number): FileSource {
  if (maxBytes === Limits.fileBytes) return source;
  return {
    label: source.label,
    read: (path, cap) => source.read(path, cap ?? maxBytes),
    list: (dir) => source.list(dir),
    ...(source.history ? { history: source.history.bind(source) } : {}),
  };
}
