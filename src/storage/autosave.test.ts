import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FORMAT_VERSION, NewerFormatError } from "@/io/migrations";
import { buildSampleJourney } from "@/model/sample";
import type { AnyRecord, StepRecord } from "@/model/types";
import {
  type Autosave,
  createAutosave,
  describeSaveFailure,
  flushOnPageHide,
  type SaveStatus,
} from "./autosave";
import { onNewerVersion, openWorkspaceDb, StorageBlockedError, type WorkspaceDb, writeRecords } from "./db";

const NOW = "2025-03-01T10:00:00.000Z";
let counter = 0;

/** fake-indexeddb runs on setImmediate, which stays real, so the database works under fake timers. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await tick();
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

interface Harness {
  db: WorkspaceDb;
  memory: Map<string, AnyRecord>;
  steps: StepRecord[];
  statuses: SaveStatus[];
  /** Ids of each commit and the (fake) time it was started, relative to the harness start. */
  commits: { ids: string[]; at: number }[];
  autosave: Autosave;
  edit(step: StepRecord, title: string): void;
  remove(id: string): void;
  /** Waits until no write is in progress. */
  settle(): Promise<void>;
  stored(id: string): Promise<AnyRecord | undefined>;
}

const open: { db: Dexie; autosave?: Autosave }[] = [];

async function harness(options: { delayMs?: number; retryDelayMs?: number } = {}): Promise<Harness> {
  const db = openWorkspaceDb(`autosave-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  const records = buildSampleJourney(NOW);
  await writeRecords(db, records, []);
  const memory = new Map<string, AnyRecord>(records.map((r) => [r.id, r]));
  const statuses: SaveStatus[] = [];
  const commits: { ids: string[]; at: number }[] = [];
  const start = Date.now();
  let writeStartedAt = 0;
  let writing = 0;
  // Watch the writes themselves: "saving" is reported earlier, as soon as an edit is waiting.
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (...args: unknown[]) => {
    if (args[0] !== "rw") return transaction(...args);
    writeStartedAt = Date.now() - start;
    writing++;
    return transaction(...args).finally(() => writing--);
  };
  const autosave = createAutosave({
    db,
    read: (id) => memory.get(id),
    onStatus: (status) => statuses.push(status),
    onSaved: (ids) => commits.push({ ids: [...ids].sort(), at: writeStartedAt }),
    ...options,
  });
  open.push({ db, autosave });
  const h: Harness = {
    db,
    memory,
    steps: records.filter((r): r is StepRecord => r.typeName === "step"),
    statuses,
    commits,
    autosave,
    edit(step, title) {
      memory.set(step.id, { ...step, title });
      autosave.markDirty([step.id]);
    },
    remove(id) {
      memory.delete(id);
      autosave.markDirty([id]);
    },
    async settle() {
      await tick();
      await until(() => writing === 0, "the write to finish");
    },
    stored: (id) => db.records.get(id),
  };
  return h;
}

const kinds = (statuses: readonly SaveStatus[]) =>
  statuses.map((s) => (s.status === "error" ? `error:${s.kind}` : s.status));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
});

afterEach(() => {
  for (const { db, autosave } of open.splice(0)) {
    autosave?.dispose();
    db.close();
  }
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("batching", () => {
  it("coalesces marks into one transaction delayMs after the first mark", async () => {
    const h = await harness({ delayMs: 300 });
    const [a, b, c] = h.steps as [StepRecord, StepRecord, StepRecord];
    const transaction = vi.spyOn(h.db, "transaction");

    h.edit(a, "a1");
    await vi.advanceTimersByTimeAsync(100);
    h.edit(b, "b1");
    await vi.advanceTimersByTimeAsync(150);
    h.edit(c, "c1");
    h.edit(a, "a2");
    await vi.advanceTimersByTimeAsync(49);
    await tick();
    expect(h.commits).toEqual([]);
    expect(h.autosave.pending).toBe(3);

    await vi.advanceTimersByTimeAsync(1);
    await h.settle();
    expect(h.commits).toEqual([{ ids: [a.id, b.id, c.id].sort(), at: 300 }]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(kinds(h.statuses)).toEqual(["saving", "saved"]);
    expect(h.autosave.pending).toBe(0);
    expect(await h.stored(a.id)).toEqual(h.memory.get(a.id));
    expect((await h.stored(a.id)) as StepRecord).toMatchObject({ title: "a2" });
    expect(await h.stored(c.id)).toMatchObject({ title: "c1" });
  });

  it("says Saving… the moment an edit waits, never Saved while it is only in memory", async () => {
    const h = await harness({ delayMs: 300 });
    h.edit(h.steps[0]!, "pending");
    expect(kinds(h.statuses)).toEqual(["saving"]);
    await vi.advanceTimersByTimeAsync(300);
    await h.settle();
    await tick();
    expect(kinds(h.statuses)).toEqual(["saving", "saved"]);
  });

  it("keeps saving during continuous typing: later marks do not postpone the write", async () => {
    const h = await harness({ delayMs: 300 });
    const step = h.steps[0]!;
    for (let i = 1; i <= 20; i++) {
      h.edit(step, `typed ${i}`);
      await vi.advanceTimersByTimeAsync(50);
      await h.settle();
    }
    // A plain debounce would not have written anything yet.
    expect(h.commits.map((c) => c.at)).toEqual([300, 600, 900]);
    expect(await h.stored(step.id)).toMatchObject({ title: "typed 18" });

    await vi.advanceTimersByTimeAsync(300);
    await h.settle();
    expect(await h.stored(step.id)).toMatchObject({ title: "typed 20" });
  });

  it("writes ids marked during a flush in the next one", async () => {
    const h = await harness({ delayMs: 300 });
    const [a, b] = h.steps as [StepRecord, StepRecord];

    h.edit(a, "a1");
    expect(h.autosave.isDirty(a.id)).toBe(true);
    expect(h.autosave.isDirty(b.id)).toBe(false);
    const first = h.autosave.flush();
    await until(() => h.statuses.length > 0, "the write to start");
    // In the write but not committed yet.
    expect(h.autosave.isDirty(a.id)).toBe(true);
    h.edit(b, "b1");
    h.edit(a, "a2");
    await first;

    expect(h.commits).toEqual([{ ids: [a.id], at: 0 }]);
    expect(await h.stored(b.id)).toMatchObject({ title: b.title });
    expect(h.autosave.pending).toBe(2);
    // More is dirty, so the status does not claim everything is saved.
    expect(kinds(h.statuses)).toEqual(["saving"]);

    await vi.advanceTimersByTimeAsync(300);
    await h.settle();
    expect(h.commits.map((c) => c.ids)).toEqual([[a.id], [a.id, b.id].sort()]);
    expect(await h.stored(a.id)).toMatchObject({ title: "a2" });
    expect(await h.stored(b.id)).toMatchObject({ title: "b1" });
    expect(kinds(h.statuses)).toEqual(["saving", "saved"]);
  });

  it("removes records that are gone from memory", async () => {
    const h = await harness();
    const [a, b] = h.steps as [StepRecord, StepRecord];
    h.remove(a.id);
    h.edit(b, "kept");
    await h.autosave.flush();
    expect(await h.stored(a.id)).toBeUndefined();
    expect(await h.stored(b.id)).toMatchObject({ title: "kept" });
  });

  it("flush() writes at once, and a flush with nothing dirty does nothing", async () => {
    const h = await harness({ delayMs: 10_000 });
    await h.autosave.flush();
    expect(h.statuses).toEqual([]);
    h.edit(h.steps[0]!, "now");
    await h.autosave.flush();
    expect(await h.stored(h.steps[0]!.id)).toMatchObject({ title: "now" });
    expect(h.commits).toHaveLength(1);
    // The cancelled timer does not write again.
    await vi.advanceTimersByTimeAsync(10_000);
    await h.settle();
    expect(h.commits).toHaveLength(1);
  });

  it("dispose() cancels the scheduled write and ignores later marks", async () => {
    const h = await harness({ delayMs: 300 });
    h.edit(h.steps[0]!, "lost on purpose");
    h.autosave.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    await h.settle();
    h.edit(h.steps[1]!, "ignored");
    await h.autosave.flush();
    expect(h.commits).toEqual([]);
    expect(await h.stored(h.steps[0]!.id)).toEqual(h.steps[0]);
  });
});

describe("failures", () => {
  const quotaError = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

  it("keeps a batch that hit the quota dirty, reports it, and loses nothing on retry", async () => {
    const h = await harness({ delayMs: 300, retryDelayMs: 2000 });
    const [a, b, c] = h.steps as [StepRecord, StepRecord, StepRecord];
    const bulkPut = vi.spyOn(h.db.records, "bulkPut").mockRejectedValue(quotaError());

    h.edit(a, "a1");
    h.remove(b.id);
    await h.autosave.flush();

    expect(h.statuses.at(-1)).toEqual({ status: "error", kind: "quota", reason: "Storage is full" });
    expect(h.autosave.pending).toBe(2);
    expect(h.commits).toEqual([]);
    // The removal in the failed transaction was rolled back.
    expect(await h.stored(b.id)).toEqual(b);
    expect(await h.stored(a.id)).toEqual(a);

    // While failing, new marks wait for the retry instead of each triggering a write.
    h.edit(c, "c1");
    await vi.advanceTimersByTimeAsync(300);
    await h.settle();
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(h.autosave.pending).toBe(3);

    bulkPut.mockRestore();
    await h.autosave.retry();

    expect(h.statuses.at(-1)).toEqual({ status: "saved" });
    expect(h.autosave.pending).toBe(0);
    expect(h.autosave.isDirty(a.id)).toBe(false);
    expect(h.commits.map((x) => x.ids)).toEqual([[a.id, b.id, c.id].sort()]);
    expect(await h.stored(a.id)).toMatchObject({ title: "a1" });
    expect(await h.stored(b.id)).toBeUndefined();
    expect(await h.stored(c.id)).toMatchObject({ title: "c1" });
  });

  it("retries on its own, backing off from retryDelayMs up to 30 s", async () => {
    const h = await harness({ retryDelayMs: 10_000 });
    const bulkPut = vi.spyOn(h.db.records, "bulkPut").mockRejectedValue(quotaError());
    h.edit(h.steps[0]!, "eventually");
    await h.autosave.flush();
    expect(bulkPut).toHaveBeenCalledTimes(1);

    const attemptsAfter = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      await h.settle();
      return bulkPut.mock.calls.length;
    };
    expect(await attemptsAfter(9_999)).toBe(1);
    expect(await attemptsAfter(1)).toBe(2); // +10 s
    expect(await attemptsAfter(19_999)).toBe(2);
    expect(await attemptsAfter(1)).toBe(3); // +20 s
    expect(await attemptsAfter(29_999)).toBe(3);
    expect(await attemptsAfter(1)).toBe(4); // +30 s, the cap
    expect(await attemptsAfter(30_000)).toBe(5);

    bulkPut.mockRestore();
    await vi.advanceTimersByTimeAsync(30_000);
    await h.settle();
    expect(h.statuses.at(-1)).toEqual({ status: "saved" });
    expect(await h.stored(h.steps[0]!.id)).toMatchObject({ title: "eventually" });
  });

  it("stops retrying when the stored data has a newer format", async () => {
    const h = await harness({ retryDelayMs: 100 });
    await h.db.meta.put({ key: "formatVersion", value: FORMAT_VERSION + 1 });
    const transaction = vi.spyOn(h.db, "transaction");
    h.edit(h.steps[0]!, "old tab");
    await h.autosave.flush();

    const last = h.statuses.at(-1);
    expect(last).toMatchObject({ status: "error", kind: "newer" });
    expect(last?.status === "error" && last.reason).toMatch(/newer version of Journey Mapper/);
    await vi.advanceTimersByTimeAsync(60_000);
    await h.settle();
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(h.autosave.pending).toBe(1);
    expect(await h.stored(h.steps[0]!.id)).toEqual(h.steps[0]);
  });

  it("reports a database taken over by a newer app version as blocked, without retrying", async () => {
    const h = await harness({ retryDelayMs: 100 });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const onNewer = vi.fn();
    onNewerVersion(h.db, onNewer);
    const newer = new Dexie(h.db.name);
    newer.version(h.db.verno + 1).stores({ records: "id, typeName, journeyId", meta: "key" });
    await newer.open();
    newer.close();
    expect(onNewer).toHaveBeenCalled();

    h.edit(h.steps[0]!, "after the upgrade");
    await h.autosave.flush();
    const last = h.statuses.at(-1);
    expect(last).toMatchObject({ status: "error", kind: "blocked" });
    expect(last?.status === "error" && last.reason).toMatch(/Reload/);
    expect(h.autosave.pending).toBe(1);
    // Only a reload can help, so no automatic retries.
    const attempts = h.statuses.length;
    await vi.advanceTimersByTimeAsync(60_000);
    await h.settle();
    expect(h.statuses).toHaveLength(attempts);
  });
});

describe("describeSaveFailure", () => {
  it("looks inside the errors Dexie wraps", () => {
    const quota = new DOMException("full", "QuotaExceededError");
    const abort = new Dexie.AbortError("Transaction aborted", quota);
    expect(describeSaveFailure(abort)).toMatchObject({ kind: "quota" });
    const bulk = new Dexie.BulkError("1 of 2 failed", { 1: quota });
    expect(describeSaveFailure(bulk)).toMatchObject({ kind: "quota" });
    expect(describeSaveFailure(new DOMException("x", "InvalidStateError"))).toMatchObject({
      kind: "blocked",
    });
    expect(describeSaveFailure(new DOMException("x", "UnknownError"))).toMatchObject({ kind: "blocked" });
    expect(describeSaveFailure(new Dexie.DatabaseClosedError())).toMatchObject({ kind: "blocked" });
    expect(describeSaveFailure(new StorageBlockedError("Reload the page."))).toEqual({
      status: "error",
      kind: "blocked",
      reason: "Reload the page.",
    });
    expect(describeSaveFailure(new NewerFormatError(9))).toMatchObject({ kind: "newer" });
    expect(describeSaveFailure(new Error("boom"))).toEqual({
      status: "error",
      kind: "unknown",
      reason: "Could not save: boom",
    });
  });
});

describe("flushOnPageHide", () => {
  let visibility: DocumentVisibilityState = "visible";
  beforeEach(() => {
    visibility = "visible";
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => visibility });
  });
  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it("flushes when the page is hidden or left, until unsubscribed", async () => {
    const h = await harness({ delayMs: 60_000 });
    const [a, b, c] = h.steps as [StepRecord, StepRecord, StepRecord];
    const unsubscribe = flushOnPageHide(h.autosave);

    h.edit(a, "a1");
    document.dispatchEvent(new Event("visibilitychange"));
    await h.settle();
    expect(h.commits).toEqual([]);

    visibility = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    await h.settle();
    expect(h.commits.map((x) => x.ids)).toEqual([[a.id]]);

    h.edit(b, "b1");
    window.dispatchEvent(new Event("pagehide"));
    await h.settle();
    expect(h.commits.map((x) => x.ids)).toEqual([[a.id], [b.id]]);

    unsubscribe();
    h.edit(c, "c1");
    window.dispatchEvent(new Event("pagehide"));
    document.dispatchEvent(new Event("visibilitychange"));
    await h.settle();
    expect(h.commits).toHaveLength(2);
    expect(h.autosave.pending).toBe(1);
  });
});
