import type { ImportOutcome, ImportProgress, ImportRequest } from "./pipeline";
import type { NewSource } from "./types";

/**
 * Messages between the page and `import.worker.ts`.
 *
 * Page → worker:
 * - `start`: the file's bytes (an ArrayBuffer, transferred, not copied) and the request.
 * - `cancel`: stop at the next slice; the worker answers `cancelled`.
 *
 * Worker → page, in this order:
 * - `progress` now and then (at least once per slice of a few thousand rows);
 * - `sources` batches of up to SOURCE_BATCH sources: the page deserialises each message in its
 *   own task, so 100,000 sources do not arrive as one long main-thread task;
 * - then exactly one of `done` (everything but the sources), `cancelled` or `failed`.
 */

export type ToWorker = { type: "start"; buffer: ArrayBuffer; request: ImportRequest } | { type: "cancel" };

export type ImportSummary = Omit<ImportOutcome, "sources">;

export type FromWorker =
  | ({ type: "progress" } & ImportProgress)
  | { type: "sources"; sources: NewSource[] }
  | ({ type: "done" } & ImportSummary)
  | { type: "cancelled" }
  | { type: "failed"; message: string };

/** Sources per `sources` message. */
export const SOURCE_BATCH = 2000;
