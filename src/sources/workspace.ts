/**
 * The checked-out working tree, confined to its root: no `..`, and no symlinks, in or out of the
 * repository (the one symlink rule of every source, `symlinkRefused`).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Limits } from '../constants.js';
import {
  confinePath,
  overCap,
  pathPrefixes,
  symlinkRefused,
  textOf,
  type FileSource,
  type ReadResult,
} from './types.js';

export class WorkspaceSource implements FileSource {
  readonly label = 'the working tree';
  constructor(private readonly root: string) {}

  async read(path: string, maxBytes = Limits.fileBytes): Promise<ReadResult> {
    const confined = confinePath(path);
    if (!confined.ok) return { ok: false, path, reason: 'outside', message: confined.message };
    const rel = confined.path;
    const fail = (reason: 'missing' | 'too-large' | 'binary' | 'error', message: string) =>
      ({ ok: false, path: rel, reason, message: `${rel}: ${message}` }) as const;
    // Each component without following links: a symlink anywhere on the path is refused.
    let info: Stats | null = null;
    for (const prefix of pathPrefixes(rel)) {
      try {
        info = await lstat(join(this.root, prefix));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
          return fail('missing', 'not found in the working tree');
        return fail('error', (error as Error).message);
      }
      if (info.isSymbolicLink()) return symlinkRefused(rel, prefix, this.label);
      if (prefix !== rel && !info.isDirectory())
        return fail('missing', 'not found in the working tree');
    }
    // Check the type before opening: opening a FIFO or device would block or never end.
    if (!info?.isFile()) return fail('error', 'not a regular file');
    try {
      // O_NOFOLLOW: the file cannot have become a symlink since it was looked at.
      const handle = await open(join(this.root, rel), constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        const opened = await handle.stat();
        // A directory above it swapped for a symlink meanwhile would open another file.
        if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev)
          return fail('error', 'changed while it was being read');
        if (opened.size > maxBytes) return fail('too-large', overCap(opened.size, maxBytes));
        const buf = await handle.readFile();
        const text = textOf(buf);
        if (text === null) return fail('binary', 'binary file; expected text');
        return { ok: true, path: rel, text };
      } finally {
        await handle.close();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP' || code === 'EMLINK') return symlinkRefused(rel, rel, this.label);
      return fail('error', (error as Error).message);
    }
  }

  /** Regular files only: symlinks are not listed (they would be refused when read). */
  async list(dir: string): Promise<string[]> {
    const confined = confinePath(dir === '' || dir === '.' ? '.x' : dir);
    const base =
      dir === '' || dir === '.' ? this.root : confined.ok ? join(this.root, confined.path) : null;
    if (!base) return [];
    // A directory reached through a symlink is not listed, as in git's tree.
    if (confined.ok && base !== this.root)
      for (const prefix of pathPrefixes(confined.path)) {
        const info = await lstat(join(this.root, prefix)).catch(() => null);
        if (!info || info.isSymbolicLink()) return [];
      }
    try {
      const entries = await readdir(base, { recursive: true, withFileTypes: true });
      return entries
        .filter(
          (e) =>
            e.isFile() &&
            !e.parentPath.split(sep).includes('.git') &&
            !e.parentPath.split(sep).includes('node_modules'),
        )
        .map((e) => relative(this.root, join(e.parentPath, e.name)).split(sep).join('/'))
        .sort();
    } catch {
      return [];
    }
  }
}
