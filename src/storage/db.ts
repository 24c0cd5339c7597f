import Dexie, { type Table } from "dexie";
import { FORMAT_VERSION, NewerFormatError } from "@/io/migrations";
import type { Snapshot } from "@/io/restore";
import type { AnyRecord } from "@/model/types";

/**
 * The IndexedDB schema and the only code that talks to Dexie. Rows are the model records
 * themselves, so reading the database yields a Snapshot that goes through the same
 * restore() as an imported file.
 */

export const DB_NAME = "journey-mapper";

/** Rows are the records themselves, keyed by id. */
export type StoredRecord = AnyRecord;

export interface MetaRow {
  key: string;
  value: unknown;
}

export const FORMAT_VERSION_KEY = "formatVersion";

/** One rolling snapshot of the whole workspace: what the list shows. */
export interface SnapshotRow {
  id?: number;
  takenAt: string;
  formatVersion: number;
  journeys: number;
  records: number;
}

/**
 * A slice of a snapshot's records, kept apart so listing snapshots does not load them. Slices,
 * not one row: cloning a whole large workspace into one row holds the page for seconds.
 */
export interface SnapshotPartRow {
  snapshot: number;
  part: number;
  records: AnyRecord[];
}

/** Version 2 kept a snapshot's records in one row; version 3 moves them into parts. */
interface SnapshotDataRowV2 {
  id: number;
  records: AnyRecord[];
}

export class WorkspaceDb extends Dexie {
  // `declare`: no class-field emit, so nothing shadows the tables Dexie defines in stores().
  declare records: Table<AnyRecord, string>;
  declare meta: Table<MetaRow, string>;
  declare snapshots: Table<SnapshotRow, number>;
  declare snapshotParts: Table<SnapshotPartRow, [number, number]>;

  constructor(name: string = DB_NAME) {
    super(name);
    // The Dexie version changes only with the IndexedDB layout (tables, indexes); the shape of
    // the records is versioned by FORMAT_VERSION and migrated by restore().
    this.version(1).stores({ records: "id, typeName, journeyId", meta: "key" });
    this.version(2).stores({ snapshots: "++id, takenAt", snapshotData: "id" });
    this.version(3)
      .stores({ snapshotData: null, snapshotParts: "[snapshot+part], snapshot" })
      .upgrade(async (tx) => {
        const old = tx.table<SnapshotDataRowV2, number>("snapshotData");
        const parts = tx.table<SnapshotPartRow, [number, number]>("snapshotParts");
        for (const row of await old.toArray()) {
          await parts.bulkAdd(
            sliced(row.records).map((records, part) => ({ snapshot: row.id, part, records })),
          );
        }
      });
    // No query used the indexes on typeName and journeyId, and every record paid for them on
    // every write: about a sixth of the time of storing 100,000 imported sources.
    this.version(4).stores({ records: "id" });
  }
}

/** Records per slice: per write request batch of a save, and per snapshot part. */
export const WRITE_SLICE = 1000;

export function sliced<T>(items: readonly T[], size = WRITE_SLICE): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}

/** The meta row of the backup reminder's state (src/model/backup.ts). */
export const BACKUP_KEY = "backup";

/** A meta row's value, undefined when there is none. */
export async function readMeta(db: WorkspaceDb, key: string): Promise<unknown> {
  await ensureOpen(db);
  return (await db.meta.get(key))?.value;
}

export async function writeMeta(db: WorkspaceDb, key: string, value: unknown): Promise<void> {
  await ensureOpen(db);
  await db.meta.put({ key, value });
}

/** A new instance; nothing is opened until the first read or write. */
export function openWorkspaceDb(name: string = DB_NAME): WorkspaceDb {
  return new WorkspaceDb(name);
}

/** Storage cannot be used at all; the message tells the user what to do. */
export class StorageBlockedError extends Error {
  /** False when only a reload can help (a newer app version took the database over). */
  readonly retryable: boolean;

  constructor(message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options);
    this.name = "StorageBlockedError";
    this.retryable = options?.retryable ?? true;
  }
}

const retired = new WeakSet<WorkspaceDb>();

function blockedMessage(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "MissingAPIError")
    return "This browser does not let Journey Mapper store data (IndexedDB is unavailable, as in some private windows). Open the app in a normal window of a current browser.";
  if (name === "VersionError")
    return "A newer version of Journey Mapper has upgraded the stored data. Reload this page to get the newer version.";
  const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
  return `Journey Mapper could not open the browser's storage${detail}. Close other tabs of the app and reload; if it keeps failing, check that the browser allows this site to store data.`;
}

/** Opens on demand, turning every way opening can fail into one error the UI can show. */
export async function ensureOpen(db: WorkspaceDb): Promise<void> {
  if (retired.has(db))
    throw new StorageBlockedError(
      "Journey Mapper was updated in another tab, so this tab can no longer save. Reload it to continue.",
      { retryable: false },
    );
  if (db.isOpen()) return;
  try {
    await db.open();
  } catch (error) {
    throw new StorageBlockedError(blockedMessage(error), { cause: error });
  }
}

export function storedFormatVersion(row: MetaRow | undefined): number {
  if (row === undefined) return FORMAT_VERSION;
  // A malformed value is passed on as NaN so that migrateSnapshot refuses it rather than guessing.
  return typeof row.value === "number" ? row.value : Number.NaN;
}

export async function readSnapshot(db: WorkspaceDb): Promise<Snapshot> {
  await ensureOpen(db);
  return db.transaction("r", db.records, db.meta, async () => {
    const meta = await db.meta.get(FORMAT_VERSION_KEY);
    const records = await db.records.toArray();
    return { formatVersion: storedFormatVersion(meta), records };
  });
}

/** Raw rows for ids another tab says it changed; they still go through restore(). */
export async function readRecords(
  db: WorkspaceDb,
  ids: readonly string[],
): Promise<{ found: unknown[]; missing: string[] }> {
  await ensureOpen(db);
  const rows = await db.records.bulkGet([...ids]);
  const found: unknown[] = [];
  const missing: string[] = [];
  rows.forEach((row, i) => {
    if (row === undefined) missing.push(ids[i]!);
    else found.push(row);
  });
  return { found, missing };
}

/**
 * Puts and removes in one transaction, so a failure leaves the database as it was. The format
 * check runs inside the same transaction: a tab of an older app never writes over data that a
 * newer one has migrated, even if the upgrade happened while this tab was open. `slice`: records
 * per request batch; the write worker, with no page to keep responsive, takes larger ones.
 */
export async function writeRecords(
  db: WorkspaceDb,
  put: readonly AnyRecord[],
  remove: readonly string[],
  slice = WRITE_SLICE,
): Promise<void> {
  await ensureOpen(db);
  await db.transaction("rw", db.records, db.meta, async () => {
    const version = storedFormatVersion(await db.meta.get(FORMAT_VERSION_KEY));
    if (version > FORMAT_VERSION) throw new NewerFormatError(version);
    // In slices: putting 100,000 records at once would hold the main thread for seconds while
    // IndexedDB clones them. Each slice is issued when the one before the last has been written,
    // so the database always has work queued, the page can paint and take input in between, and
    // the transaction stays open: the save is as atomic as before.
    for (const ids of sliced(remove, slice)) await db.records.bulkDelete(ids);
    let writing: Promise<unknown> | undefined;
    for (const records of sliced(put, slice)) {
      const next = db.records.bulkPut(records);
      // Its failure is reported when it is awaited; until then it must not count as unhandled.
      next.catch(() => {});
      await writing;
      writing = next;
    }
    await writing;
    await db.meta.put({ key: FORMAT_VERSION_KEY, value: FORMAT_VERSION });
  });
}

/**
 * Another connection wants to upgrade or delete the database (a newer app version in another
 * tab). Dexie's default closes and silently reopens on the next query; this closes for good so
 * the old tab stops writing, and tells the app.
 */
export function onNewerVersion(db: WorkspaceDb, cb: () => void): void {
  db.on("versionchange", () => {
    retired.add(db);
    db.close();
    cb();
  });
}
