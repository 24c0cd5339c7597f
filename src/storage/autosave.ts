import { NewerFormatError } from "@/io/migrations";
import type { AnyRecord } from "@/model/types";
import { StorageBlockedError, type WorkspaceDb, writeRecords } from "./db";

/**
 * Write-behind persistence. The in-memory store is the source of truth; IndexedDB is a copy
 * written in one transaction per flush. A failed write keeps its ids dirty, so nothing typed
 * is lost while the tab stays open, and is retried with backoff.
 */

export type SaveStatus =
  | { status: "saving" }
  | { status: "saved" }
  | { status: "error"; reason: string; kind: "quota" | "blocked" | "newer" | "unknown" };

export type SaveFailure = Extract<SaveStatus, { status: "error" }>;

/** A failure already described elsewhere (in the write worker), passed on as it is. */
export class SaveFailureError extends Error {
  constructor(readonly failure: SaveFailure) {
    super(failure.reason);
    this.name = "SaveFailureError";
  }
}

/** Puts and removes records in one transaction (`writeRecords`, or the same in a worker). */
export type WriteRecords = (put: readonly AnyRecord[], remove: readonly string[]) => Promise<void>;

/** A batch of at least this many records is written by `writeLarge` where there is one. */
export const LARGE_WRITE = 5000;

export interface Autosave {
  markDirty(ids: Iterable<string>): void;
  /** Writes everything dirty now (after any flush in progress). Never rejects: failures go to onStatus. */
  flush(): Promise<void>;
  /** Flushes now, also after a failure that stopped the automatic retries ("newer", or a newer tab took over). */
  retry(): Promise<void>;
  /** Cancels timers; later marks and flushes are ignored. Flush first to keep pending changes. */
  dispose(): void;
  /** Ids not yet committed: dirty ones and those in the write in progress. */
  readonly pending: number;
  /** Whether this id has changes not yet committed (dirty or in the write in progress). */
  isDirty(id: string): boolean;
  /** The ids not yet committed, dirty or in the write in progress. */
  unsaved(): string[];
}

export interface AutosaveOptions {
  db: WorkspaceDb;
  /** The current in-memory value; undefined means the record was deleted. */
  read: (id: string) => AnyRecord | undefined;
  onStatus: (status: SaveStatus) => void;
  /** After a commit: the app announces these ids to other tabs. */
  onSaved?: (ids: string[]) => void;
  /** A batch is written this long after its first mark (default 300 ms). */
  delayMs?: number;
  /** First automatic retry after a failure (default 2 s), doubling up to 30 s. */
  retryDelayMs?: number;
  /** Writes a batch of LARGE_WRITE records or more off the main thread (write-off-thread.ts). */
  writeLarge?: WriteRecords;
}

const MAX_RETRY_DELAY_MS = 30_000;

const BLOCKED_NAMES = new Set([
  "InvalidStateError",
  "UnknownError",
  "DatabaseClosedError",
  "MissingAPIError",
  "OpenFailedError",
  "VersionError",
]);

/** The error and what Dexie wrapped inside it (`inner`, `cause`, a BulkError's `failures`). */
function unwrap(error: unknown, depth = 0): unknown[] {
  if (typeof error !== "object" || error === null || depth > 3) return [error];
  const { inner, cause, failures } = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested = [inner, cause, ...(Array.isArray(failures) ? failures : [])].filter((e) => e != null);
  return [error, ...nested.flatMap((e) => unwrap(e, depth + 1))];
}

function nameOf(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : "";
}

export function describeSaveFailure(error: unknown): SaveFailure {
  const all = unwrap(error);
  const described = all.find((e) => e instanceof SaveFailureError);
  if (described) return (described as SaveFailureError).failure;
  const newer = all.find((e) => e instanceof NewerFormatError || nameOf(e) === "NewerFormatError");
  if (newer) return { status: "error", kind: "newer", reason: (newer as Error).message };
  if (all.some((e) => nameOf(e) === "QuotaExceededError"))
    return { status: "error", kind: "quota", reason: "Storage is full" };
  const blocked = all.find((e) => e instanceof StorageBlockedError);
  if (blocked) return { status: "error", kind: "blocked", reason: (blocked as Error).message };
  if (all.some((e) => BLOCKED_NAMES.has(nameOf(e))))
    return {
      status: "error",
      kind: "blocked",
      reason: "The browser's storage is not available right now. Close other tabs of the app and reload.",
    };
  const message = error instanceof Error ? error.message : String(error);
  return { status: "error", kind: "unknown", reason: `Could not save: ${message}` };
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const { db, read, onStatus, onSaved, delayMs = 300, retryDelayMs = 2000, writeLarge } = options;
  const dirty = new Set<string>();
  let inFlight: readonly string[] = [];
  let batchTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  /** After a failure, new marks wait for the retry instead of hammering a failing database. */
  let failing = false;
  let disposed = false;
  let queue: Promise<void> = Promise.resolve();
  let lastStatus: SaveStatus["status"] | undefined;

  const report = (status: SaveStatus) => {
    if (status.status !== "error" && status.status === lastStatus) return;
    lastStatus = status.status;
    onStatus(status);
  };

  const clearBatch = () => {
    if (batchTimer !== undefined) clearTimeout(batchTimer);
    batchTimer = undefined;
  };
  const clearRetry = () => {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
  };

  // Not a plain debounce: later marks do not postpone the write, so continuous typing still
  // reaches IndexedDB within delayMs of its first keystroke (plus the write itself).
  const scheduleBatch = () => {
    if (disposed || failing || batchTimer !== undefined) return;
    // A batch this large (an import) gains nothing from waiting for more edits.
    batchTimer = setTimeout(
      () => {
        batchTimer = undefined;
        void flush();
      },
      dirty.size >= LARGE_WRITE ? 0 : delayMs,
    );
  };

  const scheduleRetry = () => {
    clearRetry();
    if (disposed) return;
    const wait = Math.min(retryDelayMs * 2 ** failures, MAX_RETRY_DELAY_MS);
    failures++;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, wait);
  };

  const fail = (ids: readonly string[], error: unknown) => {
    for (const id of ids) dirty.add(id);
    inFlight = [];
    failing = true;
    clearBatch();
    const failure = describeSaveFailure(error);
    report(failure);
    // A newer app owns the data: retrying cannot succeed until the user acts.
    const hopeless =
      failure.kind === "newer" || unwrap(error).some((e) => e instanceof StorageBlockedError && !e.retryable);
    if (hopeless) clearRetry();
    else scheduleRetry();
  };

  const writeBatch = async () => {
    if (dirty.size === 0) return;
    const ids = [...dirty];
    dirty.clear();
    inFlight = ids;
    report({ status: "saving" });
    try {
      const put: AnyRecord[] = [];
      const remove: string[] = [];
      for (const id of ids) {
        const record = read(id);
        if (record) put.push(record);
        else remove.push(id);
      }
      if (writeLarge && put.length + remove.length >= LARGE_WRITE) await writeLarge(put, remove);
      else await writeRecords(db, put, remove);
    } catch (error) {
      fail(ids, error);
      return;
    }
    inFlight = [];
    failures = 0;
    failing = false;
    clearRetry();
    try {
      onSaved?.(ids);
    } catch (error) {
      // The write is committed; a failing listener must not turn it into a save error.
      queueMicrotask(() => {
        throw error;
      });
    }
    if (dirty.size === 0) report({ status: "saved" });
    else scheduleBatch();
  };

  // Flushes run one after another; each takes whatever is dirty when it starts.
  const flush = (): Promise<void> => {
    if (disposed) return queue;
    clearBatch();
    queue = queue.then(writeBatch);
    return queue;
  };

  return {
    markDirty(ids) {
      if (disposed) return;
      for (const id of ids) dirty.add(id);
      if (dirty.size === 0) return;
      // "Saved" must never show while an edit is only in memory: a kill then would lose it.
      if (!failing) report({ status: "saving" });
      if (dirty.size >= LARGE_WRITE) clearBatch();
      scheduleBatch();
    },
    flush,
    retry() {
      clearRetry();
      failing = false;
      return flush();
    },
    dispose() {
      disposed = true;
      clearBatch();
      clearRetry();
    },
    get pending() {
      return dirty.size + inFlight.filter((id) => !dirty.has(id)).length;
    },
    isDirty(id) {
      return dirty.has(id) || inFlight.includes(id);
    },
    unsaved() {
      return [...new Set([...dirty, ...inFlight])];
    },
  };
}

/**
 * Flushes when the page is hidden or left. visibilitychange is the last event that reliably
 * fires on mobile; pagehide covers desktop browsers that skip it on close.
 */
export function flushOnPageHide(autosave: Autosave): () => void {
  if (typeof document === "undefined" || typeof window === "undefined") return () => {};
  const onVisibilityChange = () => {
    if (document.visibilityState === "hidden") void autosave.flush();
  };
  const onPageHide = () => void autosave.flush();
  document.addEventListener("visibilitychange", onVisibilityChange);
  window.addEventListener("pagehide", onPageHide);
  return () => {
    document.removeEventListener("visibilitychange", onVisibilityChange);
    window.removeEventListener("pagehide", onPageHide);
  };
}
