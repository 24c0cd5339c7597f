import type { AnyRecord, Change, Records } from "./types";

/** Per record id: what it was before and what it is after. `undefined` means absent. */
export type Diff = Readonly<
  Record<string, readonly [before: AnyRecord | undefined, after: AnyRecord | undefined]>
>;

/** Applies a change and reports exactly what it altered; unchanged puts and absent removals are left out. */
export function applyChange(records: Records, change: Change): { records: Records; diff: Diff } {
  const diff: Record<string, readonly [AnyRecord | undefined, AnyRecord | undefined]> = {};
  // The new map is written in the same pass that builds the diff: a second walk over a diff of
  // 100,000 imported records would add to the one long task of the import.
  let next: Record<string, AnyRecord> | undefined;
  for (const id of change.remove ?? []) {
    const before = records[id];
    if (!before) continue;
    diff[id] = [before, undefined];
    next ??= { ...records };
    delete next[id];
  }
  for (const record of change.put ?? []) {
    // `records` is not changed here, so what it holds is the "before" of every entry.
    const before = records[record.id];
    if (before !== record) diff[record.id] = [before, record];
    else if (record.id in diff)
      delete diff[record.id]; // removed or replaced, then put back as it was
    else continue;
    next ??= { ...records };
    next[record.id] = record;
  }
  return { records: next ?? records, diff };
}

/** The records after `diff`; the same object when the diff is empty, so callers can compare. */
export function applyDiff(records: Records, diff: Diff): Records {
  // Copied on the first entry rather than after an emptiness check: with 100,000 records every
  // walk over the map or the diff is a noticeable pause.
  let next: Record<string, AnyRecord> | undefined;
  for (const id in diff) {
    next ??= { ...records };
    const after = diff[id]![1];
    if (after) next[id] = after;
    else delete next[id];
  }
  return next ?? records;
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
