import { abortError } from "./abort";
import type { ImportOutcome, ImportProgress, ImportRequest } from "./pipeline";
import type { FromWorker, ToWorker } from "./protocol";
import type { NewSource } from "./types";

/**
 * Runs an import in `import.worker.ts`, off the main thread. The page reads the file into an
 * ArrayBuffer and transfers it (no copy); the worker decodes, parses and maps, and sends the
 * sources back in batches. Nothing is stored: the caller stores `result.sources` (or not).
 */

export interface ImportHandle {
  /**
   * The sources and the error and warning lists. Rejects with an Error named "AbortError"
   * after `cancel()`, or with an Error whose message says why the worker failed.
   */
  result: Promise<ImportOutcome>;
  /** Stops the import. The promise rejects at once; the worker is ended when it has stopped. */
  cancel(): void;
}

/** How long a cancelled worker may take to stop by itself before it is terminated. */
const CANCEL_GRACE_MS = 1000;

function createWorker(): Worker {
  return new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
}

export function startImport(
  file: Blob,
  request: ImportRequest,
  onProgress?: (progress: ImportProgress) => void,
): ImportHandle {
  const worker = createWorker();
  const sources: NewSource[] = [];
  let settled = false;
  let stopped = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let settle: (outcome: ImportOutcome | Error) => void = () => {};

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    worker.terminate();
  };

  const result = new Promise<ImportOutcome>((resolve, reject) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };

    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case "progress":
          if (!settled)
            onProgress?.({ phase: message.phase, rows: message.rows, fraction: message.fraction });
          break;
        case "sources":
          if (!settled) for (const source of message.sources) sources.push(source);
          break;
        case "done": {
          const { type: _type, ...summary } = message;
          settle({ ...summary, sources });
          stop();
          break;
        }
        case "cancelled":
          settle(abortError());
          stop();
          break;
        case "failed":
          settle(new Error(message.message));
          stop();
          break;
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      settle(new Error(event.message || "The import worker could not run."));
      stop();
    };
    worker.onmessageerror = () => {
      settle(new Error("A message from the import worker could not be read."));
      stop();
    };

    file.arrayBuffer().then(
      (buffer) => {
        if (settled) return;
        const start: ToWorker = { type: "start", buffer, request };
        worker.postMessage(start, [buffer]);
      },
      (error: unknown) => {
        settle(error instanceof Error ? error : new Error(String(error)));
        stop();
      },
    );
  });

  const cancel = () => {
    if (settled) return;
    settle(abortError());
    // The worker stops at its next slice and answers "cancelled", which ends it; if it does
    // not answer in time, it is terminated.
    const message: ToWorker = { type: "cancel" };
    worker.postMessage(message);
    graceTimer = setTimeout(stop, CANCEL_GRACE_MS);
  };

  return { result, cancel };
}
