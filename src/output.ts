/** mlgate's own output files (the report JSON, a rendered report): the one writer the CLI and the Action share. */
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Write `chunks` to `path`, making its folder (a matrix job writes `out/<model>/report.json`).
 * Chunk by chunk: a 100,000-result report is never one string next to its bytes.
 */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, 'w');
  try {
    for (const chunk of chunks) await file.write(chunk);
  } finally {
    await file.close();
  }
}
