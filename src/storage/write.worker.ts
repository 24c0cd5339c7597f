import { createWriteHandler, type FromWriter, type ToWriter } from "./write-handler";

/** The write worker: large saves are cloned and stored here, not on the page (write-off-thread.ts). */

/** The part of DedicatedWorkerGlobalScope we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: FromWriter): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ToWriter>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWriteHandler((message) => scope.postMessage(message));
scope.addEventListener("message", (event) => {
  void handle(event.data);
});
