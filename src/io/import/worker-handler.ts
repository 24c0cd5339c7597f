import { abortError } from "./abort";
import { importBytesAsync } from "./pipeline";
import { type FromWorker, SOURCE_BATCH, type ToWorker } from "./protocol";

/**
 * The worker's logic, apart from the worker global so that tests can drive it directly:
 * `handle` takes each message the worker receives; `post` sends one back. One import per
 * worker; a second `start` is refused.
 */
export function createImportHandler(
  post: (message: FromWorker) => void,
): (message: ToWorker) => Promise<void> {
  const controller = new AbortController();
  let started = false;
  let finished = false;

  return async function handle(message: ToWorker): Promise<void> {
    if (message.type === "cancel") {
      if (!started || finished) {
        finished = true;
        post({ type: "cancelled" });
        return;
      }
      controller.abort();
      return;
    }
    if (started) {
      post({ type: "failed", message: "This worker already ran an import." });
      return;
    }
    started = true;
    if (finished) return; // cancelled before it started
    try {
      const outcome = await importBytesAsync(new Uint8Array(message.buffer), message.request, {
        signal: controller.signal,
        onProgress: (progress) => post({ type: "progress", ...progress }),
      });
      if (controller.signal.aborted) throw abortError();
      const { sources, ...summary } = outcome;
      for (let i = 0; i < sources.length; i += SOURCE_BATCH) {
        post({ type: "sources", sources: sources.slice(i, i + SOURCE_BATCH) });
      }
      post({ type: "progress", phase: "mapping", rows: summary.rows, fraction: 1 });
      finished = true;
      post({ type: "done", ...summary });
    } catch (error) {
      finished = true;
      if (controller.signal.aborted || (error instanceof Error && error.name === "AbortError")) {
        post({ type: "cancelled" });
      } else {
        post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    }
  };
}
