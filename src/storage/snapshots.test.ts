import "fake-indexeddb/auto";
import { NOW } from "@test/factories";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { restore } from "@/io/restore";
import { buildSampleJourney } from "@/model/sample";
import { openWorkspaceDb, type WorkspaceDb, WRITE_SLICE, writeRecords } from "./db";
import { listSnapshots, prunable, readSnapshotData, snapshotDue, takeSnapshot } from "./snapshots";

const HOUR = 3_600_000;
const open: WorkspaceDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

function newDb() {
  const db = openWorkspaceDb(`snapshots-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}

describe("snapshot policy", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const at = (hoursAgo: number, id: number) => ({
    id,
    takenAt: new Date(now.getTime() - hoursAgo * HOUR).toISOString(),
  });

  it("is due after an hour", () => {
    expect(snapshotDue(undefined, now)).toBe(true);
    expect(snapshotDue(at(0.5, 1).takenAt, now)).toBe(false);
    expect(snapshotDue(at(1, 1).takenAt, now)).toBe(true);
  });

  it("keeps one an hour for a day, one a day for a week, and drops the rest", () => {
    const snapshots = [
      at(0.1, 1),
      at(0.6, 2), // same hour bucket as 1 → dropped
      at(3, 3),
      at(30, 4),
      at(31, 5), // same day as 4 → dropped (unless a different calendar day)
      at(24 * 8, 6), // older than a week → dropped
    ];
    const removed = prunable(snapshots, now);
    expect(removed).toContain(6);
    expect(removed).not.toContain(1);
    expect(removed).not.toContain(3);
    expect(removed).not.toContain(4);
    expect(removed).toContain(2);
  });

  it("never drops the only snapshot, however old", () => {
    expect(prunable([at(24 * 30, 1)], now)).toEqual([]);
  });
});

describe("snapshots in IndexedDB", () => {
  it("takes, lists and reads back a snapshot that restores to the same records", async () => {
    const db = newDb();
    const records = buildSampleJourney(NOW);
    await writeRecords(db, records, []);
    const info = await takeSnapshot(db, new Date());
    expect(info.journeys).toBe(1);
    expect(info.records).toBe(records.length);
    expect(await listSnapshots(db)).toEqual([info]);
    const snapshot = await readSnapshotData(db, info.id);
    const restored = restore(snapshot, NOW);
    expect(restored.problems).toEqual([]);
    expect(restored.records).toHaveLength(records.length);
  });

  it("keeps a workspace larger than one slice whole, in parts", async () => {
    const db = newDb();
    const sample = buildSampleJourney(NOW);
    const step = sample.find((r) => r.typeName === "step")!;
    const extra = Array.from({ length: 2 * WRITE_SLICE + 7 }, (_, i) => ({
      ...step,
      id: `step:extra-${i}` as const,
    }));
    await writeRecords(db, [...sample, ...extra], []);
    const info = await takeSnapshot(db, new Date());
    expect(await db.snapshotParts.where("snapshot").equals(info.id).count()).toBe(3);
    const snapshot = await readSnapshotData(db, info.id);
    expect(snapshot.records).toHaveLength(sample.length + extra.length);
    expect(new Set(snapshot.records.map((r) => (r as { id: string }).id)).size).toBe(
      sample.length + extra.length,
    );
  });

  it("refuses a snapshot with a part missing rather than restoring part of it", async () => {
    const db = newDb();
    const sample = buildSampleJourney(NOW);
    const step = sample.find((r) => r.typeName === "step")!;
    const extra = Array.from({ length: WRITE_SLICE }, (_, i) => ({
      ...step,
      id: `step:extra-${i}` as const,
    }));
    await writeRecords(db, [...sample, ...extra], []);
    const info = await takeSnapshot(db, new Date());
    await db.snapshotParts.delete([info.id, 0]);
    await expect(readSnapshotData(db, info.id)).rejects.toThrow(/incomplete/);
  });

  it("moves snapshots of the one-row layout (IndexedDB version 2) into parts", async () => {
    const name = `snapshots-v2-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({ records: "id, typeName, journeyId", meta: "key" });
    old.version(2).stores({ snapshots: "++id, takenAt", snapshotData: "id" });
    const records = buildSampleJourney(NOW);
    const id = (await old.table("snapshots").add({
      takenAt: NOW,
      formatVersion: 1,
      journeys: 1,
      records: records.length,
    })) as number;
    await old.table("snapshotData").add({ id, records });
    old.close();

    const db = openWorkspaceDb(name);
    open.push(db);
    const snapshot = await readSnapshotData(db, id);
    expect(snapshot.records).toEqual(records);
    expect(db.tables.map((t) => t.name)).not.toContain("snapshotData");
  });

  it("prunes old snapshots only after the new one is stored", async () => {
    const db = newDb();
    await writeRecords(db, buildSampleJourney(NOW), []);
    const now = Date.now();
    const old = await takeSnapshot(db, new Date(now - 9 * 24 * HOUR));
    await takeSnapshot(db, new Date(now));
    const left = await listSnapshots(db);
    expect(left).toHaveLength(1);
    expect(left[0]!.id).not.toBe(old.id);
    await expect(readSnapshotData(db, old.id)).rejects.toThrow(/no longer exists/);
  });
});
