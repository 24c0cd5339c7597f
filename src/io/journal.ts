import type { AnyRecord } from "@/model/types";
import { restore } from "./restore";

/** What a tab had not saved to IndexedDB when its page went away (kept by src/storage/journal.ts). */
export interface Journal {
  formatVersion: number;
  /** When the page went away (ISO 8601). */
  at: string;
  /** The records as they were in memory. */
  put: unknown[];
  /** Ids that had been deleted. */
  remove: string[];
}

const updatedAt = (record: AnyRecord): string => (record as { updatedAt?: string }).updatedAt ?? "";

/**
 * The stored records with the journals' edits put back, oldest journal first, and the ids that
 * changed (to be saved). Journal records go through restore() like every other input. A record
 * stored later than the journal's copy (another tab saved it afterwards) is kept as stored.
 */
export function applyJournals(
  stored: readonly AnyRecord[],
  journals: readonly Journal[],
  now: string,
): { records: AnyRecord[]; changed: string[] } {
  const byId = new Map<string, AnyRecord>(stored.map((r) => [r.id, r]));
  const changed = new Set<string>();
  for (const journal of journals) {
    const { records } = restore(
      { formatVersion: journal.formatVersion, records: journal.put },
      now,
      Object.fromEntries(byId),
    );
    for (const record of records) {
      const current = byId.get(record.id);
      if (current && updatedAt(current) > updatedAt(record)) continue;
      byId.set(record.id, record);
      changed.add(record.id);
    }
    for (const id of journal.remove) {
      const current = byId.get(id);
      if (!current || updatedAt(current) > journal.at) continue;
      byId.delete(id);
      changed.add(id);
    }
  }
  return { records: [...byId.values()], changed: [...changed] };
}
