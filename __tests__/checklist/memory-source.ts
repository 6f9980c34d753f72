import type { FileSource, ReadResult } from '../../src/sources/types.js';

/** An in-memory file tree for stage and pipeline tests. */
export class MemorySource implements FileSource {
  constructor(
    private readonly files: Record<string, string>,
    readonly label = 'memory',
  ) {}
  async read(path: string): Promise<ReadResult> {
    const text = this.files[path];
    if (text === undefined)
      return { ok: false, path, reason: 'missing', message: `${path}: not found` };
    return { ok: true, path, text };
  }
  async list(): Promise<string[]> {
    return Object.keys(this.files).sort();
  }
}
