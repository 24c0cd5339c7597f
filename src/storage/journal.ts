/**
 * Edits that are not yet in IndexedDB when the page goes away (a reload or a closed tab within
 * the write-behind delay) cannot be saved there any more: the browser drops a transaction begun
 * while the page unloads. localStorage writes synchronously, so those records are kept there,
 * one entry per tab, and put back by the next load (applyJournals in src/io/journal.ts), then
 * removed once saved.
 */

import type { Journal } from "@/io/journal";

const PREFIX = "journey-mapper.unsaved.";

export interface StoredJournal {
  key: string;
  journal: Journal;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // Storage disabled by the browser's settings.
  }
}

/** Keeps the journal of one tab; false when it cannot (storage full or disabled). */
export function writeJournal(tabId: string, journal: Journal): boolean {
  try {
    storage()?.setItem(PREFIX + tabId, JSON.stringify(journal));
    return storage() !== null;
  } catch {
    return false;
  }
}

export function removeJournals(keys: readonly string[]): void {
  for (const key of keys) storage()?.removeItem(key);
}

export function removeJournal(tabId: string): void {
  removeJournals([PREFIX + tabId]);
}

/** Every tab's journal, oldest first; entries that do not parse as one are left out. */
export function readJournals(): StoredJournal[] {
  const store = storage();
  if (!store) return [];
  const found: StoredJournal[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const value = JSON.parse(store.getItem(key) ?? "") as Partial<Journal>;
      if (
        typeof value.formatVersion === "number" &&
        typeof value.at === "string" &&
        Array.isArray(value.put) &&
        Array.isArray(value.remove) &&
        value.remove.every((id) => typeof id === "string")
      ) {
        found.push({ key, journal: value as Journal });
      }
    } catch {
      // Not ours to read; left alone.
    }
  }
  return found.sort((a, b) => a.journal.at.localeCompare(b.journal.at));
}
