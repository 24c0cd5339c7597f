import { applyChange, applyDiff, type Diff } from "@/model/diff";
import { emptyHistory, recordInHistory, takeRedo, takeUndo } from "@/model/history";
import type { AnyRecord, Change, Records } from "@/model/types";
import { useStore } from "./store";

/**
 * Every change to the document goes through here, so undo, autosave, other tabs and the
 * canvas all see the same diffs.
 */

export type ChangeOrigin = "user" | "undo" | "redo" | "remote" | "load";
export type DocumentListener = (diff: Diff, origin: ChangeOrigin) => void;

const listeners = new Set<DocumentListener>();

export function onDocumentChange(listener: DocumentListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(diff: Diff, origin: ChangeOrigin): void {
  for (const listener of listeners) listener(diff, origin);
}

export function now(): string {
  return new Date().toISOString();
}

export interface CommitOptions {
  /** Edits with the same key in quick succession undo as one (typing into one field). */
  mergeKey?: string;
  /** Selection after the change; kept when omitted. */
  select?: readonly string[];
}

/** Applies a user's change as one undoable step. Returns the diff, empty when nothing changed. */
export function commit(change: Change, options: CommitOptions = {}): Diff {
  const state = useStore.getState();
  const { records, diff } = applyChange(state.records, change);
  if (records === state.records) {
    if (options.select) useStore.setState({ selection: options.select });
    return diff;
  }
  useStore.setState({
    records,
    history: recordInHistory(state.history, diff, Date.now(), options.mergeKey),
    ...(options.select ? { selection: options.select } : {}),
  });
  emit(diff, "user");
  return diff;
}

function travel(direction: "undo" | "redo"): boolean {
  const state = useStore.getState();
  const step = direction === "undo" ? takeUndo(state.history) : takeRedo(state.history);
  if (!step) return false;
  const records = applyDiff(state.records, step.diff);
  const selection = state.selection.filter((id) => records[id]);
  useStore.setState({ records, history: step.history, selection });
  emit(step.diff, direction);
  return true;
}

export const undo = () => travel("undo");
export const redo = () => travel("redo");

/** Records another tab saved. Not undoable here: they are that tab's edits. */
export function receiveRemote(put: readonly AnyRecord[], remove: readonly string[]): void {
  const state = useStore.getState();
  const { records, diff } = applyChange(state.records, { put, remove });
  if (records === state.records) return;
  useStore.setState({ records, selection: state.selection.filter((id) => records[id]) });
  emit(diff, "remote");
}

/** Replaces the document with what storage held; the first load, so nothing is saved back. */
export function loadDocument(loaded: readonly AnyRecord[]): void {
  const records: Record<string, AnyRecord> = {};
  for (const record of loaded) records[record.id] = record;
  const before = useStore.getState().records;
  useStore.setState({ records: records as Records, history: emptyHistory, loaded: true });
  const diff: Record<string, readonly [AnyRecord | undefined, AnyRecord | undefined]> = {};
  for (const id in before) if (!records[id]) diff[id] = [before[id], undefined];
  for (const id in records) diff[id] = [before[id], records[id]];
  emit(diff, "load");
}
