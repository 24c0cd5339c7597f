import { useSyncExternalStore } from "react";
import type { CsvDelimiter } from "@/io/csv-writer";

/**
 * The separator of exported CSV tables, remembered per browser profile (not in the workspace).
 * ";" by default: Excel in a Swedish or Finnish locale splits columns on it and reads "3,5"
 * as a number; "," is for an English Excel.
 */
export const CSV_DELIMITER_STORAGE_KEY = "journey-mapper.csv-delimiter";

const listeners = new Set<() => void>();
/** The choice when storage is blocked (private window): it lasts while the tab is open. */
let memory: CsvDelimiter = ";";

export function getCsvDelimiter(): CsvDelimiter {
  try {
    const stored = globalThis.localStorage?.getItem(CSV_DELIMITER_STORAGE_KEY);
    return stored === "," || stored === ";" ? stored : memory;
  } catch {
    return memory;
  }
}

export function setCsvDelimiter(delimiter: CsvDelimiter): void {
  try {
    globalThis.localStorage?.setItem(CSV_DELIMITER_STORAGE_KEY, delimiter);
  } catch {
    memory = delimiter;
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCsvDelimiter(): CsvDelimiter {
  return useSyncExternalStore(subscribe, getCsvDelimiter, () => ";");
}
