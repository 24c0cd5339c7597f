import type { Snapshot } from "@/io/restore";
import {
  ensureOpen,
  FORMAT_VERSION_KEY,
  type SnapshotRow,
  storedFormatVersion,
  type WorkspaceDb,
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

/** Takes a snapshot of what is stored now, verifies it, then prunes old ones. */
export async function takeSnapshot(db: WorkspaceDb, now: Date): Promise<SnapshotInfo> {
  await ensureOpen(db);
  const info = await db.transaction("rw", [db.records, db.meta, db.snapshots, db.snapshotData], async () => {
    const records = await db.records.toArray();
    const formatVersion = storedFormatVersion(await db.meta.get(FORMAT_VERSION_KEY));
    const row: SnapshotRow = {
      takenAt: now.toISOString(),
      formatVersion,
      journeys: records.filter((r) => r.typeName === "journey").length,
      records: records.length,
    };
    const id = await db.snapshots.add(row);
    await db.snapshotData.add({ id, records });
    return { id, takenAt: row.takenAt, journeys: row.journeys, records: row.records };
  });
  // Verified in a separate read: only a snapshot that reads back whole lets old ones go.
  const stored = await db.snapshotData.get(info.id);
  if (stored?.records.length !== info.records) throw new Error("The new snapshot did not read back whole.");
  const all = await db.snapshots.toArray();
  const remove = prunable(
    all.map((s) => ({ id: s.id!, takenAt: s.takenAt })),
    now,
  );
  if (remove.length > 0) {
    await db.transaction("rw", db.snapshots, db.snapshotData, async () => {
      await db.snapshots.bulkDelete(remove);
      await db.snapshotData.bulkDelete(remove);
    });
  }
  return info;
}

/** A snapshot's records, to go through restore() like any other input. */
export async function readSnapshotData(db: WorkspaceDb, id: number): Promise<Snapshot> {
  await ensureOpen(db);
  const [row, data] = await Promise.all([db.snapshots.get(id), db.snapshotData.get(id)]);
  if (!row || !data) throw new Error("This snapshot no longer exists.");
  return { formatVersion: row.formatVersion, records: data.records };
}
