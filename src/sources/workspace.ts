/** The checked-out working tree, confined to its root (no `..`, no symlinks out). */
import { open, realpath, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Limits } from '../constants.js';
import { confinePath, overCap, type FileSource, type ReadResult } from './types.js';

export class WorkspaceSource implements FileSource {
  readonly label = 'the working tree';
  constructor(private readonly root: string) {}

  async read(path: string, maxBytes = Limits.fileBytes): Promise<ReadResult> {
    const confined = confinePath(path);
    if (!confined.ok) return { ok: false, path, reason: 'outside', message: confined.message };
    const rel = confined.path;
    let real: string;
    let rootReal: string;
    try {
      rootReal = await realpath(this.root);
      real = await realpath(join(this.root, rel));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        return {
          ok: false,
          path: rel,
          reason: 'error',
          message: `${rel}: a symlink loop; expected a regular file`,
        };
      }
      return {
        ok: false,
        path: rel,
        reason: 'missing',
        message: `${rel}: not found in the working tree`,
      };
    }
    if (real !== rootReal && !real.startsWith(rootReal + sep)) {
      return {
        ok: false,
        path: rel,
        reason: 'outside',
        message: `${rel}: a symlink that points outside the repository`,
      };
    }
    try {
      // Check the type before opening: opening a FIFO or device would block or never end.
      if (!(await stat(real)).isFile()) {
        return { ok: false, path: rel, reason: 'error', message: `${rel}: not a regular file` };
      }
      const handle = await open(real, 'r');
      try {
        const info = await handle.stat();
        if (!info.isFile())
          return { ok: false, path: rel, reason: 'error', message: `${rel}: not a regular file` };
        if (info.size > maxBytes) {
          return {
            ok: false,
            path: rel,
            reason: 'too-large',
            message: `${rel}: ${overCap(info.size, maxBytes)}`,
          };
        }
        const buf = await handle.readFile();
        if (buf.includes(0))
          return {
            ok: false,
            path: rel,
            reason: 'binary',
            message: `${rel}: binary file; expected text`,
          };
        return { ok: true, path: rel, text: buf.toString('utf8').replace(/^\uFEFF/, '') };
      } finally {
        await handle.close();
      }
    } catch (error) {
      return {
        ok: false,
        path: rel,
        reason: 'error',
        message: `${rel}: ${(error as Error).message}`,
      };
    }
  }

  async list(dir: string): Promise<string[]> {
    const confined = confinePath(dir === '' || dir === '.' ? '.x' : dir);
    const base =
      dir === '' || dir === '.' ? this.root : confined.ok ? join(this.root, confined.path) : null;
    if (!base) return [];
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
