/**
 * A second core for large inputs. A task here is a pure function of plain data (texts already
 * read, the policy); when its input is large, it runs in a worker thread while the main thread
 * reads the metrics, and its result (plain data: a section and findings) comes back by message.
 * The result is the same either way: the worker calls the very function the main thread would.
 *
 * A worker starts from the bundle's entry point (dist/index.js or dist/cli/index.js), which names
 * itself with `enableOffload` and, in a worker, calls `serveWorker` instead of its main. Without
 * an entry (tests running the sources), with `MLGATE_WORKERS=0`, for small inputs, or when the
 * worker fails in any way, the task runs inline: a worker can only make a run faster.
 * `MLGATE_WORKERS=always` offloads inputs of any size (the tests compare both ways).
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ContractInput } from './contract.js';

/** The tasks a worker runs, by name, with their input. */
export interface OffloadTasks {
  contract: ContractInput;
}

export type OffloadTask = keyof OffloadTasks;

/**
 * Inputs under this many characters run inline: starting a worker (a V8 isolate and the bundle's
 * entry) costs some 50–100 ms, what reading half a megabyte of YAML costs.
 */
export const OFFLOAD_MIN_CHARS = 512 * 1024;

let entry: URL | null = null;

/** Name the entry point workers start from (its `import.meta.url`). */
export function enableOffload(url: string | URL): void {
  entry = new URL(url);
}

/** Run `task` on `input`: in a worker when the input is large and a worker can start, else `inline()`. */
export function offload<K extends OffloadTask, T>(
  task: K,
  input: OffloadTasks[K],
  chars: number,
  inline: () => T,
): Promise<T> {
  const mode = process.env.MLGATE_WORKERS;
  if (!entry || mode === '0' || (chars < OFFLOAD_MIN_CHARS && mode !== 'always'))
    return Promise.resolve(inline());
  const from = entry;
  return new Promise<T>((done, fail) => {
    let settled = false;
    const settle = (result: () => T) => {
      if (settled) return;
      settled = true;
      try {
        done(result());
      } catch (error) {
        fail(error);
      }
    };
    let worker: Worker;
    try {
      worker = new Worker(from, {
        workerData: { mlgateTask: task, input },
        stdout: true,
        stderr: true,
      });
    } catch {
      settle(inline);
      return;
    }
    worker.once('message', (message: { ok: boolean; result?: T }) => {
      settle(() => (message.ok ? (message.result as T) : inline()));
      void worker.terminate();
    });
    // Any trouble (the entry cannot load, the task threw, the worker ran out of memory): inline.
    worker.once('error', () => settle(inline));
    worker.once('exit', () => settle(inline));
  });
}

/** True in a worker started by `offload`: the entry point serves it instead of running main. */
export function isOffloadWorker(): boolean {
  return (
    parentPort !== null && (workerData as { mlgateTask?: unknown } | null)?.mlgateTask !== undefined
  );
}

/** Run the task named in `workerData` and post its result to the thread that started it. */
export async function serveWorker(): Promise<void> {
  const { mlgateTask: task, input } = workerData as { mlgateTask: OffloadTask; input: unknown };
  let message: { ok: boolean; result?: unknown };
  try {
    if (task === 'contract') {
      const { contractReport } = await import('./contract.js');
      message = { ok: true, result: contractReport(input as ContractInput) };
    } else message = { ok: false };
  } catch {
    message = { ok: false };
  }
  parentPort?.postMessage(message);
}
