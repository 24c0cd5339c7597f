import type { StepPlacement } from "@/model/journey";
import type { TidyInput, TidyOutcome } from "./tidy-handler";

/**
 * Runs "Tidy up"'s layout in `tidy.worker.ts`, so the page stays free while dagre works; where
 * the browser has no workers (and in unit tests) the same code runs on this thread instead.
 */

export interface TidyJob {
  /** The new placements. Rejects with an Error named "AbortError" after `cancel()`, or with the reason the layout failed. */
  result: Promise<StepPlacement[]>;
  /** Stops the layout: the worker is ended at once. */
  cancel(): void;
}

export type TidyRunner = (input: TidyInput) => TidyJob;

export function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

function cancelledError(): Error {
  const error = new Error("Tidy up was cancelled.");
  error.name = "AbortError";
  return error;
}

export const startTidy: TidyRunner = (input) =>
  typeof Worker === "undefined" ? tidyOnThisThread(input) : tidyInWorker(input);

function tidyInWorker(input: TidyInput): TidyJob {
  const worker = new Worker(new URL("./tidy.worker.ts", import.meta.url), { type: "module" });
  let settle: (outcome: StepPlacement[] | Error) => void = () => {};
  const result = new Promise<StepPlacement[]>((resolve, reject) => {
    settle = (outcome) => {
      worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<TidyOutcome>) => {
    const outcome = event.data;
    settle(outcome.type === "done" ? outcome.placements : new Error(outcome.message));
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    settle(new Error(event.message || "The layout worker could not run."));
  };
  worker.onmessageerror = () => settle(new Error("A message from the layout worker could not be read."));
  worker.postMessage(input);
  return { result, cancel: () => settle(cancelledError()) };
}

function tidyOnThisThread(input: TidyInput): TidyJob {
  let cancel: () => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => reject(cancelledError());
  });
  // The layout code and dagre load on first use, as in the worker.
  const done = import("./tidy-handler").then(({ handleTidy }) => handleTidy(input));
  const result = Promise.race([cancelled, done]).then((outcome) => {
    if (outcome.type === "failed") throw new Error(outcome.message);
    return outcome.placements;
  });
  return { result, cancel };
}
