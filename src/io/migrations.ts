import type { Snapshot } from "./restore";

/**
 * The workspace format's version. Bump it only together with a new migration below, and add
 * a fixture of the old version to test/fixtures/ that must keep loading.
 */
export const FORMAT_VERSION = 1;

/** MIGRATIONS[n] takes a snapshot of version n + 1 to version n + 2. Released entries are never edited. */
export const MIGRATIONS: readonly ((records: readonly unknown[]) => unknown[])[] = [];

export class NewerFormatError extends Error {
  constructor(readonly formatVersion: number) {
    super(
      `This data was written by a newer version of Journey Mapper (format ${formatVersion}; this version reads up to ${FORMAT_VERSION}). Update the app to open it.`,
    );
    this.name = "NewerFormatError";
  }
}

export function migrateSnapshot(snapshot: Snapshot): Snapshot {
  const from = snapshot.formatVersion;
  if (!Number.isInteger(from) || from < 1) throw new Error(`Unknown format version ${String(from)}.`);
  if (from > FORMAT_VERSION) throw new NewerFormatError(from);
  let records = snapshot.records;
  for (let version = from; version < FORMAT_VERSION; version++) records = MIGRATIONS[version - 1]!(records);
  return records === snapshot.records ? snapshot : { formatVersion: FORMAT_VERSION, records };
}
