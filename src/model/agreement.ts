import { codePointLength, isSource } from "./evidence";
import type { CodeId, SourceId } from "./ids";
import type { ExcerptRecord, Records } from "./types";

/**
 * Agreement between two coders of one source, per code.
 *
 * The unit is one character (code point) of the source text. For a code, each coder either
 * coded a character with it (it lies inside one of that coder's excerpts carrying the code) or
 * did not, which gives a 2×2 table per code over all the characters of the text. Percent
 * agreement is the share of characters on which the two coders agree; Cohen's kappa corrects
 * it for the agreement expected by chance from each coder's own rate:
 *   po = (both + neither) / n
 *   pe = pA(yes)·pB(yes) + pA(no)·pB(no)
 *   κ  = (po − pe) / (1 − pe)
 * κ is undefined when pe = 1: both coders put every character in the same single category
 * (all coded or all not coded), so there is no variation to agree on beyond chance.
 */

export const AGREEMENT_UNIT = "character";

/** Counts of units by what each coder did: both coded, only A, only B, neither. */
export interface AgreementTable {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export type KappaUndefinedReason = "noUnits" | "noVariation";

export interface Agreement {
  /** Number of units. */
  n: number;
  /** Observed agreement, 0–1; null when there are no units. */
  po: number | null;
  /** Agreement expected by chance, 0–1; null when there are no units. */
  pe: number | null;
  /** Cohen's kappa; null when undefined (see `reason`). */
  kappa: number | null;
  reason?: KappaUndefinedReason;
}

export function cohensKappa(table: AgreementTable): Agreement {
  const n = table.both + table.onlyA + table.onlyB + table.neither;
  if (n === 0) return { n, po: null, pe: null, kappa: null, reason: "noUnits" };
  const po = (table.both + table.neither) / n;
  const aYes = (table.both + table.onlyA) / n;
  const bYes = (table.both + table.onlyB) / n;
  const pe = aYes * bYes + (1 - aYes) * (1 - bYes);
  // pe is 1 only when both rates are 0 or both are 1; compare with a tolerance for rounding.
  if (Math.abs(1 - pe) < 1e-12) return { n, po, pe: 1, kappa: null, reason: "noVariation" };
  return { n, po, pe, kappa: (po - pe) / (1 - pe) };
}

export interface CodeAgreement extends Agreement {
  codeId: CodeId;
  table: AgreementTable;
}

export interface SourceAgreement {
  sourceId: SourceId;
  coderA: string;
  coderB: string;
  unit: typeof AGREEMENT_UNIT;
  /** Units in the source: its length in code points. */
  units: number;
  /** One row per code either coder used on the source, in the order the codes were first used. */
  codes: CodeAgreement[];
}

/** The coders of a source (as written on its excerpts; empty ones left out), sorted. */
export function codersOfSource(records: Records, sourceId: SourceId, locale?: string): string[] {
  const coders = new Set<string>();
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName === "excerpt" && record.sourceId === sourceId && record.coder.trim() !== "")
      coders.add(record.coder.trim());
  }
  return [...coders].sort((a, b) => a.localeCompare(b, locale));
}

/** Sources that at least two coders have coded. */
export function sourcesWithTwoCoders(records: Records): SourceId[] {
  const coders = new Map<SourceId, Set<string>>();
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName !== "excerpt" || record.coder.trim() === "") continue;
    const set = coders.get(record.sourceId) ?? new Set();
    set.add(record.coder.trim());
    coders.set(record.sourceId, set);
  }
  return [...coders].filter(([, set]) => set.size >= 2).map(([id]) => id);
}

/** Sorted, merged [start, end) intervals clamped to [0, length). */
function merge(intervals: [number, number][], length: number): [number, number][] {
  const sorted = intervals
    .map(([s, e]) => [Math.max(0, s), Math.min(length, e)] as [number, number])
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function total(intervals: readonly [number, number][]): number {
  let sum = 0;
  for (const [s, e] of intervals) sum += e - s;
  return sum;
}

function overlap(a: readonly [number, number][], b: readonly [number, number][]): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]![0], b[j]![0]);
    const e = Math.min(a[i]![1], b[j]![1]);
    if (s < e) sum += e - s;
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return sum;
}

/** The 2×2 table of one code over `units` characters, from each coder's coded ranges. */
export function tableFor(
  rangesA: [number, number][],
  rangesB: [number, number][],
  units: number,
): AgreementTable {
  const a = merge(rangesA, units);
  const b = merge(rangesB, units);
  const both = overlap(a, b);
  const onlyA = total(a) - both;
  const onlyB = total(b) - both;
  return { both, onlyA, onlyB, neither: units - both - onlyA - onlyB };
}

/** Per-code agreement of two coders on one source, unit = one character (code point) of its text. */
export function sourceAgreement(
  records: Records,
  sourceId: SourceId,
  coderA: string,
  coderB: string,
): SourceAgreement {
  const source = records[sourceId];
  const units = isSource(source) ? codePointLength(source.text) : 0;
  const a = coderA.trim();
  const b = coderB.trim();
  const ranges = new Map<CodeId, { a: [number, number][]; b: [number, number][] }>();
  const excerpts: ExcerptRecord[] = [];
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName === "excerpt" && record.sourceId === sourceId) excerpts.push(record);
  }
  excerpts.sort((x, y) => x.start - y.start || x.createdAt.localeCompare(y.createdAt));
  for (const excerpt of excerpts) {
    const coder = excerpt.coder.trim();
    if (coder !== a && coder !== b) continue;
    for (const codeId of excerpt.codeIds) {
      let entry = ranges.get(codeId);
      if (!entry) {
        entry = { a: [], b: [] };
        ranges.set(codeId, entry);
      }
      // The same person as both coders agrees with themselves: count their ranges on both sides.
      if (coder === a) entry.a.push([excerpt.start, excerpt.end]);
      if (coder === b) entry.b.push([excerpt.start, excerpt.end]);
    }
  }
  const codes: CodeAgreement[] = [];
  for (const [codeId, entry] of ranges) {
    const table = tableFor(entry.a, entry.b, units);
    codes.push({ codeId, table, ...cohensKappa(table) });
  }
  return { sourceId, coderA: a, coderB: b, unit: AGREEMENT_UNIT, units, codes };
}
