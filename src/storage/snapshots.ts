import type { Snapshot } from "@/io/restore";
import type { AnyRecord } from "@/model/types";
import {
  ensureOpen,
  FORMAT_VERSION_KEY,
  type SnapshotRow,
  storedFormatVersion,
  type WorkspaceDb,
  WRITE_SLICE,
} from "./db";

/**
 * Rolling snapshots of the whole workspace inside IndexedDB: one an hour for the last day, one a
 * day for the last week. A new snapshot is read back and checked before any old one is deleted.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const HOURLY_FOR_MS = DAY;
export const DAILY_FOR_MS = 7 * DAY;

export interface SnapshotInfo {
  id: number;
  takenAt: string;
  journeys: number;
  records: number;
}

/** A new snapshot is due when the newest is an hour old, or there is none. */
export function snapshotDue(newest: string | undefined, now: Date): boolean {
  return newest === undefined || now.getTime() - Date.parse(newest) >= HOUR;
}

/**
 * Which snapshots to delete: keep the newest in each hour of the last day and in each day of the
 * last week, and always the newest overall; delete the rest.
 */
export function prunable(snapshots: readonly { id: number; takenAt: string }[], now: Date): number[] {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keptBuckets = new Set<string>();
  const remove: number[] = [];
  newestFirst.forEach((snapshot, index) => {
    const age = now.getTime() - Date.parse(snapshot.takenAt);
    let bucket: string | undefined;
    if (age < HOURLY_FOR_MS) bucket = `h${Math.floor(Date.parse(snapshot.takenAt) / HOUR)}`;
    else if (age < DAILY_FOR_MS) bucket = `d${Math.floor(Date.parse(snapshot.takenAt) / DAY)}`;
    if (index === 0 || (bucket !== undefined && !keptBuckets.has(bucket))) {
      if (bucket) keptBuckets.add(bucket);
      return;
    }
    remove.push(snapshot.id);
  });
  return remove;
}

export async function listSnapshots(db: WorkspaceDb): Promise<SnapshotInfo[]> {
  await ensureOpen(db);
  const rows = await db.snapshots.orderBy("takenAt").reverse().toArray();
  return rows.map(({ id, takenAt, journeys, records }) => ({ id: id!, takenAt, journeys, records }));
}

/**
 * Takes a snapshot of what is stored now, verifies it, then prunes old ones. Records are read and
 * copied a slice at a time inside one transaction, so a large workspace never holds the page for
 * long and the snapshot is still all or nothing.
 */
export async function takeSnapshot(db: WorkspaceDb, now: Date): Promise<SnapshotInfo> {
  await ensureOpen(db);
  const info = await db.transaction("rw", [db.records, db.meta, db.snapshots, db.snapshotParts], async () => {
    const row: SnapshotRow = {
      takenAt: now.toISOString(),
      formatVersion: storedFormatVersion(await db.meta.get(FORMAT_VERSION_KEY)),
      journeys: 0,
      records: await db.records.count(),
    };
    const id = await db.snapshots.add(row);
    let slice = await db.records.orderBy(":id").limit(WRITE_SLICE).toArray();
    for (let part = 0; slice.length > 0; part++) {
      await db.snapshotParts.add({ snapshot: id, part, records: slice });
      for (const record of slice) if (record.typeName === "journey") row.journeys++;
      const last = slice[slice.length - 1]!.id;
      slice = await db.records.where(":id").above(last).limit(WRITE_SLICE).toArray();
    }
    await db.snapshots.update(id, { journeys: row.journeys });
    return { id, takenAt: row.takenAt, journeys: row.journeys, records: row.records };
  });
  // Verified in separate reads: only a snapshot that reads back whole lets old ones go.
  const keys = await db.snapshotParts.where("snapshot").equals(info.id).primaryKeys();
  let stored = 0;
  for (const key of keys) stored += (await db.snapshotParts.get(key))?.records.length ?? 0;
  if (stored !== info.records) throw new Error("The new snapshot did not read back whole.");
  const all = await db.snapshots.toArray();
  const remove = prunable(
    all.map((s) => ({ id: s.id!, takenAt: s.takenAt })),
    now,
  );
  if (remove.length > 0) {
    await db.transaction("rw", db.snapshots, db.snapshotParts, async () => {
      await db.snapshots.bulkDelete(remove);
      await db.snapshotParts.where("snapshot").anyOf(remove).delete();
    });
  }
  return info;
}

/** A snapshot's records, to go through restore() like any other input. */
export async function readSnapshotData(db: WorkspaceDb, id: number): Promise<Snapshot> {
  await ensureOpen(db);
  return db.transaction("r", db.snapshots, db.snapshotParts, async () => {
    const row = await db.snapshots.get(id);
    if (!row) throw new Error("This snapshot no longer exists.");
    const records: AnyRecord[] = [];
    for (const key of await db.snapshotParts.where("snapshot").equals(id).primaryKeys()) {
      const part = await db.snapshotParts.get(key);
      if (part) for (const record of part.records) records.push(record);
    }
    if (records.length !== row.records) throw new Error("This snapshot is incomplete.");
    return { formatVersion: row.formatVersion, records };
  });
}
