/** An in-memory FileSource (a tree at one commit) and a pipeline runner over two of them. */
import type { FailOn } from '../../src/report/model.js';
import { runPipeline } from '../../src/pipeline.js';
import { Limits } from '../../src/constants.js';
import { confinePath, overCap, type FileSource, type ReadResult } from '../../src/sources/types.js';

export class MemorySource implements FileSource {
  /** Present only when a history was given: like GitSource, unlike the contents API. */
  readonly history?: FileSource['history'];

  /** `history`: a path's versions on the base branch, newest (this tree's) first. */
  constructor(
    readonly label: string,
    private readonly files: Record<string, string>,
    history?: Record<string, string[]>,
  ) {
    if (history)
      this.history = async (path, count) => ({
        ok: true,
        versions: (history[path] ?? [])
          .slice(0, count)
          .map((text, i) => ({ sha: String(i + 1).padStart(40, '0'), text })),
        shallow: false,
      });
  }

  async read(path: string, maxBytes = Limits.fileBytes): Promise<ReadResult> {
    const confined = confinePath(path);
    if (!confined.ok) return { ok: false, path, reason: 'outside', message: confined.message };
    const text = this.files[confined.path];
    if (text === undefined)
      return {
        ok: false,
        path: confined.path,
        reason: 'missing',
        message: `${confined.path}: file not found`,
      };
    if (Buffer.byteLength(text) > maxBytes)
      return {
        ok: false,
        path: confined.path,
        reason: 'too-large',
        message: `${confined.path}: ${overCap(Buffer.byteLength(text), maxBytes)}`,
      };
    return { ok: true, path: confined.path, text };
  }

  /** Like the real sources, `''` or `.` lists the whole tree. */
  async list(dir: string): Promise<string[]> {
    const prefix = dir === '' || dir === '.' ? '' : `${dir.replace(/\/+$/, '')}/`;
    return Object.keys(this.files)
      .filter((p) => p.startsWith(prefix))
      .sort();
  }
}

export interface Trees {
  base: Record<string, string> | null;
  head: Record<string, string>;
  /** The base branch's history of some files, newest first (for `vs: history` gates). */
  history?: Record<string, string[]>;
  configSource?: 'base' | 'head';
  failOn?: FailOn;
  /** `--max-file-mb` / the `max-file-mb` input, in bytes. */
  maxFileBytes?: number;
}

/** Run the real pipeline over two in-memory trees, with a fixed PR identity. */
export function run(trees: Trees) {
  return runPipeline({
    head: new MemorySource('head', trees.head),
    base: trees.base ? new MemorySource('base (1111111)', trees.base, trees.history) : null,
    configPath: '.mlgate.yml',
    configSource: trees.configSource ?? 'base',
    prBody: null,
    pr: { number: 42, base: '1111111'.padEnd(40, 'a'), head: '2222222'.padEnd(40, 'b') },
    failOn: trees.failOn ?? 'error',
    runUrl: 'https://github.com/acme/churn/actions/runs/1',
    ...(trees.maxFileBytes !== undefined ? { maxFileBytes: trees.maxFileBytes } : {}),
  });
}
