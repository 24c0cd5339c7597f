import type { FromWorker, ToWorker } from "./protocol";
import { createImportHandler } from "./worker-handler";

/**
 * The import worker: a module worker of our own that runs papaparse in its own thread (never
 * Papa's `worker: true`, which breaks under Vite). Start it with `startImport` (run-import.ts);
 * the messages are in protocol.ts, the work in pipeline.ts.
 */

/** The part of DedicatedWorkerGlobalScope we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createImportHandler((message) => scope.postMessage(message));
scope.addEventListener("message", (event) => {
  void handle(event.data);
});
