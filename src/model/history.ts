import { composeDiffs, type Diff, invertDiff } from "./diff";

/**
 * Undo history as record diffs rather than snapshots: undoing one edit restores only the
 * records it touched, so changes arriving from another tab in between are kept.
 */
export interface HistoryEntry {
  diff: Diff;
  /** Edits with the same key in quick succession (typing into one field) undo as one. */
  mergeKey?: string;
  at: number;
}

export interface History {
  undo: readonly HistoryEntry[];
  redo: readonly HistoryEntry[];
}

export const HISTORY_LIMIT = 200;
export const MERGE_WINDOW_MS = 1500;

export const emptyHistory: History = { undo: [], redo: [] };

export function recordInHistory(history: History, diff: Diff, at: number, mergeKey?: string): History {
  const last = history.undo.at(-1);
  if (mergeKey && last && last.mergeKey === mergeKey && at - last.at <= MERGE_WINDOW_MS) {
    const merged: HistoryEntry = { diff: composeDiffs(last.diff, diff), mergeKey, at };
    return { undo: [...history.undo.slice(0, -1), merged], redo: [] };
  }
  const entry: HistoryEntry = mergeKey === undefined ? { diff, at } : { diff, mergeKey, at };
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [] };
}

/** The diff to apply to undo the last entry, and the history after it; undefined when there is nothing to undo. */
export function takeUndo(history: History): { diff: Diff; history: History } | undefined {
  const last = history.undo.at(-1);
  if (!last) return undefined;
  return {
    diff: invertDiff(last.diff),
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, { diff: last.diff, at: last.at }] },
  };
}

export function takeRedo(history: History): { diff: Diff; history: History } | undefined {
  const last = history.redo.at(-1);
  if (!last) return undefined;
  return {
    diff: last.diff,
    history: { undo: [...history.undo, { diff: last.diff, at: last.at }], redo: history.redo.slice(0, -1) },
  };
}
