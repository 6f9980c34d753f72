import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { enableOffload, offload, OFFLOAD_MIN_CHARS } from '../../src/stages/offload.js';
import type { ContractInput } from '../../src/stages/contract.js';

// Workers start from a bundle's entry point; here, small scripts stand in for it.
const dir = mkdtempSync(join(tmpdir(), 'mlgate-offload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
});

function entry(name: string, body: string): URL {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

const input: ContractInput = {
  file: 'c.yaml',
  model: 'm',
  policy: {},
  head: { path: 'c.yaml', text: 'x' },
  base: null,
};
const big = OFFLOAD_MIN_CHARS;

describe('offload', () => {
  it('runs a large input in the worker and returns what the worker posts', async () => {
    enableOffload(
      entry(
        'echo',
        'parentPort.postMessage({ ok: true, result: `worker:${workerData.mlgateTask}:${workerData.input.model}` });',
      ),
    );
    const inline = vi.fn(() => 'inline');
    expect(await offload('contract', input, big, inline)).toBe('worker:contract:m');
    expect(inline).not.toHaveBeenCalled();
  });

  it('runs small inputs inline, unless MLGATE_WORKERS=always; never with MLGATE_WORKERS=0', async () => {
    enableOffload(entry('echo2', 'parentPort.postMessage({ ok: true, result: "worker" });'));
    expect(await offload('contract', input, big - 1, () => 'inline')).toBe('inline');
    vi.stubEnv('MLGATE_WORKERS', 'always');
    expect(await offload('contract', input, 1, () => 'inline')).toBe('worker');
    vi.stubEnv('MLGATE_WORKERS', '0');
    expect(await offload('contract', input, big, () => 'inline')).toBe('inline');
  });

  it.each([
    ['throws while loading', 'throw new Error("boom");'],
    ['exits without a result', 'process.exit(0);'],
    ['reports that it failed', 'parentPort.postMessage({ ok: false });'],
    ['posts nothing and ends', ''],
  ])('falls back to inline when the worker %s', async (name, body) => {
    enableOffload(entry(name.replace(/\W+/g, '-'), body));
    expect(await offload('contract', input, big, () => 'inline')).toBe('inline');
  });

  it('falls back to inline when the entry point does not exist', async () => {
    enableOffload(pathToFileURL(join(dir, 'missing.mjs')));
    expect(await offload('contract', input, big, () => 'inline')).toBe('inline');
  });

  it('rejects with the inline error when the fallback itself throws', async () => {
    enableOffload(entry('fails', 'parentPort.postMessage({ ok: false });'));
    await expect(
      offload('contract', input, big, () => {
        throw new Error('inline failed');
      }),
    ).rejects.toThrow('inline failed');
  });
});
