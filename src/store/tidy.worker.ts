import { handleTidy, type TidyInput, type TidyOutcome } from "./tidy-handler";

/** The tidy-up worker: lays a journey out off the main thread (run-tidy.ts starts it). */

/** The part of DedicatedWorkerGlobalScope we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: TidyOutcome): void;
  addEventListener(type: "message", listener: (event: MessageEvent<TidyInput>) => void): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener("message", (event) => scope.postMessage(handleTidy(event.data)));
