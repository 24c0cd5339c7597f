import { SaveFailureError, type WriteRecords } from "./autosave";
import { ensureOpen, sliced, type WorkspaceDb, writeRecords } from "./db";
import type { FromWriter, ToWriter } from "./write-handler";

/**
 * Writing a large save in a worker. On the page, IndexedDB clones every record on the main
 * thread as it is put: 100,000 imported sources held it for seconds in all. Handing the records
 * to a worker costs one structured clone, sent in slices so no task runs long; the worker then
 * clones, indexes and writes them in one transaction while the page stays free.
 */

/** Records per message to the worker: cloning this many takes about 25 ms. */
const MESSAGE_SLICE = 10_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The worker could not be started or stopped with an error of its own: nothing was written. */
class WorkerUnavailable extends Error {}

/**
 * A writer that runs each write in a new worker; undefined where the browser has no workers.
 * If the worker cannot run at all (its script failed to load, or it crashed), the same write is
 * made on the page instead, so a large save never depends on the worker.
 */
export function offThreadWriter(db: WorkspaceDb): WriteRecords | undefined {
  if (typeof Worker === "undefined") return undefined;
  return async (put, remove) => {
    // Here, not in the worker: only this connection knows whether a newer tab retired it.
    await ensureOpen(db);
    const worker = new Worker(new URL("./write.worker.ts", import.meta.url), { type: "module" });
    try {
      const done = new Promise<void>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<FromWriter>) => {
          const message = event.data;
          if (message.type === "written") resolve();
          else reject(new SaveFailureError(message.failure));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new WorkerUnavailable(event.message));
        };
      });
      // A failure while slices are still being sent is reported by the await below.
      done.catch(() => {});
      const send = (message: ToWriter) => worker.postMessage(message);
      for (const [i, records] of sliced(put, MESSAGE_SLICE).entries()) {
        if (i > 0) await nextTask();
        send({ type: "records", records });
      }
      send({ type: "write", dbName: db.name, remove: [...remove] });
      try {
        await done;
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
        // Its transaction never committed, so writing everything here is the whole save.
        await writeRecords(db, put, remove);
      }
    } finally {
      worker.terminate();
    }
  };
}
