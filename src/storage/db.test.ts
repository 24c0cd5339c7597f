import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FORMAT_VERSION, NewerFormatError } from "@/io/migrations";
import { restore } from "@/io/restore";
import { buildSampleJourney } from "@/model/sample";
import type { AnyRecord, StepRecord } from "@/model/types";
import {
  DB_NAME,
  onNewerVersion,
  openWorkspaceDb,
  readRecords,
  readSnapshot,
  StorageBlockedError,
  type WorkspaceDb,
  WRITE_SLICE,
  writeRecords,
} from "./db";

const NOW = "2025-03-01T10:00:00.000Z";
/** Today's tables, which a later release keeps while it adds its own. */
const CURRENT_TABLES = {
  records: "id",
  meta: "key",
  snapshots: "++id, takenAt",
  snapshotParts: "[snapshot+part], snapshot",
};
const opened: Dexie[] = [];
let counter = 0;

function freshDb(): WorkspaceDb {
  const db = openWorkspaceDb(`db-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

function byId(records: readonly unknown[]): unknown[] {
  return [...records].sort((a, b) => ((a as AnyRecord).id < (b as AnyRecord).id ? -1 : 1));
}

function sample(): { all: AnyRecord[]; steps: StepRecord[] } {
  const all = buildSampleJourney(NOW);
  return { all, steps: all.filter((r): r is StepRecord => r.typeName === "step") };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe("WorkspaceDb", () => {
  it("uses the documented name and schema", () => {
    const db = openWorkspaceDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(4);
    expect(db.records.schema.primKey.keyPath).toBe("id");
    expect(db.records.schema.indexes).toEqual([]);
    expect(db.meta.schema.primKey.keyPath).toBe("key");
    expect(db.snapshots.schema.primKey.keyPath).toBe("id");
    expect(db.snapshots.schema.primKey.auto).toBe(true);
    expect(db.snapshotParts.schema.primKey.keyPath).toEqual(["snapshot", "part"]);
    expect(db.snapshotParts.schema.indexes.map((i) => i.name)).toEqual(["snapshot"]);
    expect(db.isOpen()).toBe(false);
  });

  it("opens a version-3 database with its records and without the indexes no query used", async () => {
    const name = `db-v3-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(3).stores({ ...CURRENT_TABLES, records: "id, typeName, journeyId" });
    const { all } = sample();
    await old.table("records").bulkAdd(all);
    old.close();

    const db = openWorkspaceDb(name);
    opened.push(db);
    expect(byId((await readSnapshot(db)).records)).toEqual(byId(all));
    expect(db.backendDB().objectStoreNames.contains("records")).toBe(true);
    expect([...db.backendDB().transaction("records").objectStore("records").indexNames]).toEqual([]);
  });
});

describe("writeRecords / readSnapshot", () => {
  it("reads back exactly what was written, as a snapshot restore() accepts unchanged", async () => {
    const db = freshDb();
    const { all } = sample();
    await writeRecords(db, all, []);

    const snapshot = await readSnapshot(db);
    expect(snapshot.formatVersion).toBe(FORMAT_VERSION);
    expect(byId(snapshot.records)).toEqual(byId(all));
    expect(await db.meta.get("formatVersion")).toEqual({ key: "formatVersion", value: FORMAT_VERSION });

    const restored = restore(snapshot, NOW);
    expect(restored.problems).toEqual([]);
    expect(restored.changed).toBe(false);
    expect(byId(restored.records)).toEqual(byId(all));
  });

  it("reads an empty database as an empty snapshot of the current format", async () => {
    const db = freshDb();
    expect(await readSnapshot(db)).toEqual({ formatVersion: FORMAT_VERSION, records: [] });
  });

  it("removes and overwrites records", async () => {
    const db = freshDb();
    const { all, steps } = sample();
    await writeRecords(db, all, []);
    const [first, second] = steps as [StepRecord, StepRecord];
    const renamed = { ...second, title: "Renamed" };

    await writeRecords(db, [renamed], [first.id]);

    const { records } = await readSnapshot(db);
    expect(records).toHaveLength(all.length - 1);
    expect(await db.records.get(first.id)).toBeUndefined();
    expect(await db.records.get(second.id)).toEqual(renamed);
  });

  it("reads the rows other tabs announce, reporting those that are gone", async () => {
    const db = freshDb();
    const { all, steps } = sample();
    await writeRecords(db, all, []);
    const [first, second] = steps as [StepRecord, StepRecord];
    await writeRecords(db, [], [first.id]);

    const { found, missing } = await readRecords(db, [second.id, first.id, "step:never"]);
    expect(found).toEqual([second]);
    expect(missing).toEqual([first.id, "step:never"]);
  });

  it("writes all or nothing: a put that fails undoes the removals of the same call", async () => {
    const db = freshDb();
    const { all, steps } = sample();
    await writeRecords(db, all, []);
    const [first, second, third] = steps as [StepRecord, StepRecord, StepRecord];
    // A function cannot be structured-cloned, so IndexedDB rejects this row.
    const uncloneable = { ...second, title: "Changed", bad: () => 1 } as unknown as AnyRecord;

    await expect(
      writeRecords(db, [{ ...first, title: "Changed" }, uncloneable], [third.id]),
    ).rejects.toThrow();

    const { records } = await readSnapshot(db);
    expect(byId(records)).toEqual(byId(all));
  });

  it("stays all or nothing across slices: a failure in the last slice undoes the first", async () => {
    const db = freshDb();
    const { all, steps } = sample();
    await writeRecords(db, all, []);
    const many = Array.from({ length: 2 * WRITE_SLICE + 1 }, (_, i) => ({
      ...steps[0]!,
      id: `step:many-${i}` as const,
    }));
    const uncloneable = { ...steps[1]!, bad: () => 1 } as unknown as AnyRecord;

    await expect(writeRecords(db, [...many, uncloneable], [steps[2]!.id])).rejects.toThrow();

    const { records } = await readSnapshot(db);
    expect(byId(records)).toEqual(byId(all));
  });

  it("refuses to write over data of a newer format, changing nothing", async () => {
    const db = freshDb();
    const { all, steps } = sample();
    await writeRecords(db, all, []);
    await db.meta.put({ key: "formatVersion", value: FORMAT_VERSION + 1 });
    const [first, second] = steps as [StepRecord, StepRecord];

    const attempt = writeRecords(db, [{ ...first, title: "Old tab" }], [second.id]);
    await expect(attempt).rejects.toBeInstanceOf(NewerFormatError);

    const snapshot = await readSnapshot(db);
    expect(snapshot.formatVersion).toBe(FORMAT_VERSION + 1);
    expect(byId(snapshot.records)).toEqual(byId(all));
    // The snapshot is passed on as it is; restore() is what refuses to load it.
    expect(() => restore(snapshot, NOW)).toThrow(NewerFormatError);
  });

  it("refuses even when a newer app has also upgraded the IndexedDB schema", async () => {
    const name = `db-test-upgraded-${++counter}`;
    const { all } = sample();
    const current = openWorkspaceDb(name);
    opened.push(current);
    await writeRecords(current, all, []);
    current.close();

    // A later release: the next Dexie version with an extra table, and the next format version.
    const newer = new Dexie(name);
    newer.version(current.verno + 1).stores({ ...CURRENT_TABLES, extra: "id" });
    await newer.table("meta").put({ key: "formatVersion", value: FORMAT_VERSION + 1 });
    newer.close();

    // Dexie 4 opens a database at a higher version than declared, so only the format check stops this.
    const old = openWorkspaceDb(name);
    opened.push(old);
    await expect(
      writeRecords(old, [{ ...all[0]!, name: "Old tab" } as AnyRecord], []),
    ).rejects.toBeInstanceOf(NewerFormatError);
    expect(await old.records.get(all[0]!.id)).toEqual(all[0]);
  });
});

describe("opening", () => {
  it("turns a failure to open into a StorageBlockedError that says what to do", async () => {
    const db = freshDb();
    vi.spyOn(db, "open").mockRejectedValue(new Dexie.MissingAPIError("IndexedDB API missing"));

    const read = readSnapshot(db);
    await expect(read).rejects.toBeInstanceOf(StorageBlockedError);
    await expect(read).rejects.toThrow(/IndexedDB is unavailable/);
    await expect(writeRecords(db, [], [])).rejects.toBeInstanceOf(StorageBlockedError);
  });

  it("closes for good and reports when a newer app version opens the database", async () => {
    const db = freshDb();
    const { all } = sample();
    await writeRecords(db, all, []);
    const onNewer = vi.fn();
    onNewerVersion(db, onNewer);
    vi.spyOn(console, "warn").mockImplementation(() => {});

    const newer = new Dexie(db.name);
    opened.push(newer);
    newer.version(db.verno + 1).stores({ ...CURRENT_TABLES, extra: "id" });
    // Resolves only because the old connection closed instead of blocking the upgrade.
    await newer.open();

    expect(onNewer).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    await expect(writeRecords(db, all, [])).rejects.toBeInstanceOf(StorageBlockedError);
    await expect(writeRecords(db, all, [])).rejects.toThrow(/updated in another tab/);
  });
});
