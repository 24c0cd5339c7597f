import type { AnyRecord, Change, Records } from "./types";

/** Per record id: what it was before and what it is after. `undefined` means absent. */
export type Diff = Readonly<
  Record<string, readonly [before: AnyRecord | undefined, after: AnyRecord | undefined]>
>;

export function isEmptyDiff(diff: Diff): boolean {
  for (const _ in diff) return false;
  return true;
}

/** Applies a change and reports exactly what it altered; unchanged puts and absent removals are left out. */
export function applyChange(records: Records, change: Change): { records: Records; diff: Diff } {
  const diff: Record<string, readonly [AnyRecord | undefined, AnyRecord | undefined]> = {};
  for (const id of change.remove ?? []) {
    const before = records[id];
    if (before) diff[id] = [before, undefined];
  }
  for (const record of change.put ?? []) {
    const before = diff[record.id]?.[0] ?? records[record.id];
    if (before !== record) diff[record.id] = [before, record];
  }
  return { records: applyDiff(records, diff), diff };
}

export function applyDiff(records: Records, diff: Diff): Records {
  if (isEmptyDiff(diff)) return records;
  const next: Record<string, AnyRecord> = { ...records };
  for (const id in diff) {
    const after = diff[id]![1];
    if (after) next[id] = after;
    else delete next[id];
  }
  return next;
}

export function invertDiff(diff: Diff): Diff {
  const inverted: Record<string, readonly [AnyRecord | undefined, AnyRecord | undefined]> = {};
  for (const id in diff) {
    const [before, after] = diff[id]!;
    inverted[id] = [after, before];
  }
  return inverted;
}

/** `second` applied after `first`, as one diff. */
export function composeDiffs(first: Diff, second: Diff): Diff {
  const composed: Record<string, readonly [AnyRecord | undefined, AnyRecord | undefined]> = { ...first };
  for (const id in second) {
    const [before, after] = second[id]!;
    const earlier = first[id];
    composed[id] = [earlier ? earlier[0] : before, after];
  }
  return composed;
}
