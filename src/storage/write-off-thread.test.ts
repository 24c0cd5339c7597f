import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FORMAT_VERSION } from "@/io/migrations";
import { buildSampleJourney } from "@/model/sample";
import type { AnyRecord } from "@/model/types";
import { createAutosave, LARGE_WRITE, SaveFailureError, type SaveStatus } from "./autosave";
import { FORMAT_VERSION_KEY, openWorkspaceDb, readSnapshot, type WorkspaceDb, writeRecords } from "./db";
import { createWriteHandler, type FromWriter } from "./write-handler";
import { offThreadWriter } from "./write-off-thread";

const NOW = "2025-03-01T10:00:00.000Z";
const opened: WorkspaceDb[] = [];

function freshDb(): WorkspaceDb {
  const db = openWorkspaceDb(`write-test-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const byId = (records: readonly AnyRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("the write worker's handler", () => {
  it("puts the records sent in slices and removes the given ids, in one write", async () => {
    const db = freshDb();
    const [journey, ...rest] = buildSampleJourney(NOW);
    const gone = rest.pop()!;
    await writeRecords(db, [gone], []);
    const replies: FromWriter[] = [];
    const handle = createWriteHandler((message) => replies.push(message));

    await handle({ type: "records", records: [journey!] });
    await handle({ type: "records", records: rest });
    expect(replies).toEqual([]);
    await handle({ type: "write", dbName: db.name, remove: [gone.id] });

    expect(replies).toEqual([{ type: "written" }]);
    expect(byId((await readSnapshot(db)).records as AnyRecord[])).toEqual(byId([journey!, ...rest]));
  });

  it("writes nothing over data of a newer format, and says why as a save failure", async () => {
    const db = freshDb();
    await db.open();
    await db.meta.put({ key: FORMAT_VERSION_KEY, value: FORMAT_VERSION + 1 });
    const replies: FromWriter[] = [];
    const handle = createWriteHandler((message) => replies.push(message));

    await handle({ type: "records", records: buildSampleJourney(NOW) });
    await handle({ type: "write", dbName: db.name, remove: [] });

    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: "failed", failure: { status: "error", kind: "newer" } });
    expect(await db.records.count()).toBe(0);
  });
});

describe("autosave with a writer for large saves", () => {
  function setUp(
    count: number,
    writeLarge: (put: readonly AnyRecord[], remove: readonly string[]) => Promise<void>,
  ) {
    const db = freshDb();
    const memory = new Map<string, AnyRecord>();
    for (let i = 0; i < count; i++) {
      const [journey] = buildSampleJourney(NOW);
      memory.set(`journey:${i}`, { ...journey!, id: `journey:${i}` } as AnyRecord);
    }
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({
      db,
      read: (id) => memory.get(id),
      onStatus: (status) => statuses.push(status),
      writeLarge,
      retryDelayMs: 60_000,
      delayMs: 60_000,
    });
    autosave.markDirty(memory.keys());
    return { db, autosave, statuses };
  }

  it(`hands a batch of ${LARGE_WRITE} records to it, and a smaller one to the page's own write`, async () => {
    const large = vi.fn(async (_put: readonly AnyRecord[], _remove: readonly string[]) => {});
    const big = setUp(LARGE_WRITE, large);
    await big.autosave.flush();
    expect(large).toHaveBeenCalledTimes(1);
    expect(large.mock.calls[0]![0]).toHaveLength(LARGE_WRITE);
    expect(big.statuses.at(-1)).toEqual({ status: "saved" });
    big.autosave.dispose();

    const unused = vi.fn(async () => {});
    const small = setUp(LARGE_WRITE - 1, unused);
    await small.autosave.flush();
    expect(unused).not.toHaveBeenCalled();
    expect(await small.db.records.count()).toBe(LARGE_WRITE - 1);
    small.autosave.dispose();
  });

  it("starts a large batch at once instead of waiting for more edits", async () => {
    const large = vi.fn(async (_put: readonly AnyRecord[], _remove: readonly string[]) => {});
    const { autosave } = setUp(LARGE_WRITE, large);
    // No flush() here: only the batch timer, whose usual delay (60 s in this set-up) is skipped.
    await vi.waitFor(() => expect(large).toHaveBeenCalledTimes(1), { timeout: 2000 });
    autosave.dispose();
  });

  it("reports the failure the worker described, keeps every record dirty, and writes them on retry", async () => {
    let fail = true;
    const large = vi.fn(async () => {
      if (fail) throw new SaveFailureError({ status: "error", kind: "quota", reason: "Storage is full" });
    });
    const { autosave, statuses } = setUp(LARGE_WRITE, large);
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ status: "error", kind: "quota", reason: "Storage is full" });
    expect(autosave.pending).toBe(LARGE_WRITE);

    fail = false;
    await autosave.retry();
    expect(large).toHaveBeenCalledTimes(2);
    expect(autosave.pending).toBe(0);
    expect(statuses.at(-1)).toEqual({ status: "saved" });
    autosave.dispose();
  });
});

describe("offThreadWriter", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is not offered where the browser has no workers", () => {
    vi.stubGlobal("Worker", undefined);
    expect(offThreadWriter(freshDb())).toBeUndefined();
  });

  it("writes on the page when the worker cannot run, and passes on a failure the worker described", async () => {
    let behaviour: "crash" | "describe" = "crash";
    class FakeWorker {
      onmessage: ((event: MessageEvent<FromWriter>) => void) | null = null;
      onerror: ((event: ErrorEvent) => void) | null = null;
      postMessage(message: { type: string }) {
        if (message.type !== "write") return;
        queueMicrotask(() => {
          if (behaviour === "crash") this.onerror?.(new ErrorEvent("error", { message: "failed to load" }));
          else
            this.onmessage?.({
              data: {
                type: "failed",
                failure: { status: "error", kind: "quota", reason: "Storage is full" },
              },
            } as MessageEvent<FromWriter>);
        });
      }
      terminate() {}
    }
    vi.stubGlobal("Worker", FakeWorker);
    const db = freshDb();
    const write = offThreadWriter(db)!;
    const records = buildSampleJourney(NOW);

    await write(records, []);
    expect(byId((await readSnapshot(db)).records as AnyRecord[])).toEqual(byId(records));

    behaviour = "describe";
    await expect(write(records, [])).rejects.toMatchObject({ failure: { kind: "quota" } });
  });
});
