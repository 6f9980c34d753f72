/** The Action's entry point: everything happens in run(). */
import { enableOffload, isOffloadWorker, serveWorker } from './stages/offload.js';

if (isOffloadWorker()) {
  // A worker thread started by this bundle for a large input (stages/offload.ts): the Action's
  // code is not loaded, only the task's.
  await serveWorker();
} else {
  enableOffload(import.meta.url);
  const { run } = await import('./main.js');
  await run();
}
