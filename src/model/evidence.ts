import { type CodeId, type EdgeId, idType, newId, type PainPointId, type SourceId, type StepId } from "./ids";
import type {
  AnyRecord,
  Change,
  CodeRecord,
  ExcerptRecord,
  PainKind,
  Records,
  RespondentRole,
  SourceKind,
  SourceRecord,
} from "./types";

/**
 * Evidence: sources (interviews, survey answers, observations, workshop notes), the codebook,
 * and coded excerpts. Every offset into a source's text counts code points, never UTF-16 code
 * units, so an emoji or a character outside the Basic Multilingual Plane counts as one.
 */

/** The drag-and-drop type an excerpt travels under (its value is the excerpt id). */
export const EXCERPT_DRAG_TYPE = "application/x-journey-mapper-excerpt";

/** How many code points of text before and after a quote an excerpt keeps to find it again. */
export const CONTEXT_LENGTH = 40;

export function isSource(record: AnyRecord | undefined): record is SourceRecord {
  return record?.typeName === "source";
}
export function isCode(record: AnyRecord | undefined): record is CodeRecord {
  return record?.typeName === "code";
}
export function isExcerpt(record: AnyRecord | undefined): record is ExcerptRecord {
  return record?.typeName === "excerpt";
}

// ---------------------------------------------------------------------------------------------
// Text in code points

const SURROGATE = /[\uD800-\uDFFF]/;

/** Converts between code-point and code-unit offsets of one text; cheap when it has no surrogates. */
export interface CodePointIndex {
  /** Length in code points. */
  readonly length: number;
  /** Code-unit offset of a code-point offset (clamped to the text). */
  toUnit(point: number): number;
  /** Code-point offset of a code-unit offset (a unit inside a pair counts as the pair's start). */
  toPoint(unit: number): number;
}

const indexCache = new Map<string, CodePointIndex>();

export function codePointIndex(text: string): CodePointIndex {
  if (!SURROGATE.test(text)) {
    const length = text.length;
    const clamp = (n: number) => Math.max(0, Math.min(length, Math.trunc(n) || 0));
    return { length, toUnit: clamp, toPoint: clamp };
  }
  const cached = indexCache.get(text);
  if (cached) return cached;
  // units[p] = code-unit offset of code point p; units[length] = text.length.
  const units: number[] = [];
  let unit = 0;
  for (const ch of text) {
    units.push(unit);
    unit += ch.length;
  }
  units.push(text.length);
  const length = units.length - 1;
  const index: CodePointIndex = {
    length,
    toUnit: (point) => units[Math.max(0, Math.min(length, Math.trunc(point) || 0))]!,
    toPoint(target) {
      const u = Math.max(0, Math.min(text.length, Math.trunc(target) || 0));
      let lo = 0;
      let hi = length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (units[mid]! <= u) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
  // A small cache: long texts with emoji are converted many times while rendering one source.
  if (indexCache.size > 16) indexCache.clear();
  indexCache.set(text, index);
  return index;
}

export function codePointLength(text: string): number {
  return codePointIndex(text).length;
}

/** `text` from code point `start` to code point `end`. */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const index = codePointIndex(text);
  return text.slice(index.toUnit(start), index.toUnit(end ?? index.length));
}

// ---------------------------------------------------------------------------------------------
// Folding: case and diacritics

const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ς: "σ",
};
const SPECIAL = /[ßæœøđðłþıς]/g;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\u{10ffff}]/u;
const NON_ASCII_ALL = /[\u0080-\u{10ffff}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Folds of the non-ASCII characters met so far; there are few distinct ones in any text. */
const foldCache = new Map<string, string>();

function foldNonAscii(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = ch
      .toLowerCase()
      .normalize("NFD")
      .replace(MARKS, "")
      .replace(SPECIAL, (c) => SPECIAL_FOLDS[c] ?? c);
    // Punctuation, symbols and emoji outside ASCII separate words, as ASCII punctuation does.
    if (folded !== "" && !LETTER_OR_DIGIT.test(folded)) folded = " ";
    foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * Lower case without diacritics: NFD, then every combining mark (\p{M}) dropped, plus a few
 * letters that do not decompose (ø, æ, ß…); other characters outside ASCII that are neither
 * letters nor digits (“ ” – … emoji) become a space. "Försäkringskassan" → "forsakringskassan".
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.replace(NON_ASCII_ALL, foldNonAscii) : lower;
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  return foldNonAscii(ch);
}

/**
 * The folded text with, for each of its code units, the code-unit range of the original
 * character it came from, so a match in the folded text maps back to the original.
 */
export interface FoldedText {
  folded: string;
  starts: number[];
  ends: number[];
}

export function foldWithMap(text: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let unit = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === "") {
      // A lone combining mark belongs to the character before it.
      if (ends.length > 0) ends[ends.length - 1] = unit + ch.length;
    } else {
      for (let k = 0; k < f.length; k++) {
        starts.push(unit);
        ends.push(unit + ch.length);
      }
      folded += f;
    }
    unit += ch.length;
  }
  return { folded, starts, ends };
}

/** The original code-unit range of a folded range [start, end). */
export function unfoldRange(map: FoldedText, start: number, end: number): [number, number] {
  return [map.starts[start]!, map.ends[end - 1]!];
}

/** Word characters for whole-word matching: letters and digits of any script. */
export const WORD_CHAR = "[\\p{L}\\p{N}]";

// ---------------------------------------------------------------------------------------------
// Sources

export type SourceDetails = Partial<
  Pick<
    SourceRecord,
    | "kind"
    | "title"
    | "respondent"
    | "respondentRole"
    | "date"
    | "interviewer"
    | "tags"
    | "attributes"
    | "text"
  >
>;

export type SourceField = "title" | "date";
export type SourceError = "required" | "date";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** What a form must refuse: an empty title, a date that is not yyyy-mm-dd. */
export function validateSource(details: SourceDetails): Partial<Record<SourceField, SourceError>> {
  const errors: Partial<Record<SourceField, SourceError>> = {};
  if (details.title !== undefined && details.title.trim() === "") errors.title = "required";
  if (details.date !== undefined && details.date !== "" && !isIsoDate(details.date)) errors.date = "date";
  return errors;
}

/** Tags trimmed, without blanks, each once (case-insensitively; the first spelling wins). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, " ");
    const key = tag.toLocaleLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** "a, b ,c" → ["a", "b", "c"]. */
export function parseTags(input: string): string[] {
  return normaliseTags(input.split(/[,;\n]/));
}

function cleanDetails(details: SourceDetails): SourceDetails {
  const out: SourceDetails = { ...details };
  if (out.tags) out.tags = normaliseTags(out.tags);
  if (out.attributes) {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(out.attributes)) {
      if (key.trim() !== "") attributes[key.trim()] = value;
    }
    out.attributes = attributes;
  }
  if (out.title !== undefined) out.title = out.title.trim();
  return out;
}

export function createSource(
  details: SourceDetails & { title: string },
  now: string,
  kind: SourceKind = "interview",
): SourceRecord {
  return {
    typeName: "source",
    id: newId("source"),
    kind,
    respondent: "",
    respondentRole: "other",
    date: "",
    interviewer: "",
    tags: [],
    attributes: {},
    text: "",
    ...cleanDetails(details),
    title: details.title.trim(),
    createdAt: now,
    updatedAt: now,
  };
}

/** Changes a source; when its text changes its excerpts are found again in the new text. */
export function updateSource(
  records: Records,
  source: SourceRecord,
  details: SourceDetails,
  now: string,
): Change {
  const cleaned = cleanDetails(details);
  const next: SourceRecord = { ...source, ...cleaned, updatedAt: now };
  const put: AnyRecord[] = [next];
  if (cleaned.text !== undefined && cleaned.text !== source.text) {
    put.push(...reanchorSource(records, source.id, cleaned.text, now));
  }
  return { put };
}

/** A source goes with all its excerpts, in one change (so one undo brings all back). */
export function deleteSource(records: Records, sourceId: SourceId): Change {
  return { remove: [sourceId, ...excerptsOfSource(records, sourceId).map((e) => e.id)] };
}

export function listSources(records: Records): SourceRecord[] {
  return Object.values(records).filter(isSource);
}

export function excerptsOfSource(records: Records, sourceId: SourceId): ExcerptRecord[] {
  const out: ExcerptRecord[] = [];
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName === "excerpt" && record.sourceId === sourceId) out.push(record);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The journeys an excerpt speaks to, through its linked steps, hand-offs and pain points. */
export function excerptJourneys(records: Records, excerpt: ExcerptRecord): string[] {
  const ids = new Set<string>();
  for (const id of [...excerpt.stepIds, ...excerpt.edgeIds, ...excerpt.painPointIds]) {
    const record = records[id];
    if (record && "journeyId" in record) ids.add(record.journeyId);
  }
  return [...ids];
}

/**
 * Who a source speaks for, for counting distinct respondents: the pseudonym (trimmed, case
 * ignored); a source without one counts as a respondent of its own.
 */
export function respondentKey(source: Pick<SourceRecord, "id" | "respondent">): string {
  const name = source.respondent.trim().toLocaleLowerCase();
  return name === "" ? source.id : `respondent:${name}`;
}

// ---------------------------------------------------------------------------------------------
// Codes

export interface BuiltinCode {
  kind: PainKind;
  id: CodeId;
  name: string;
  colour: string;
  description: string;
}

/** The three kinds of pain are codes of every codebook; their records are made on first use. */
export const BUILTIN_CODES: readonly BuiltinCode[] = [
  {
    kind: "thundercloud",
    id: "code:thundercloud",
    name: "Thundercloud",
    colour: "#1d4e89",
    description: "The job-seeker's needs are not met here and they become irritated with the agency.",
  },
  {
    kind: "blister",
    id: "code:blister",
    name: "Blister",
    colour: "#a4262c",
    description: "The agency's own process does not work as staff want, and irritates them.",
  },
  {
    kind: "brightspot",
    id: "code:brightspot",
    name: "Bright spot",
    colour: "#2b6a2f",
    description: "This works well and should be kept.",
  },
];

export function builtinCodeId(kind: PainKind): CodeId {
  return `code:${kind}`;
}

export function builtinOf(id: string): BuiltinCode | undefined {
  return BUILTIN_CODES.find((b) => b.id === id);
}

export function isBuiltinCode(id: string): boolean {
  return builtinOf(id) !== undefined;
}

/** The record of a built-in code; `name` lets the caller give it in the user's language. */
export function builtinCode(kind: PainKind, now: string, name?: string): CodeRecord {
  const b = BUILTIN_CODES.find((c) => c.kind === kind)!;
  return {
    typeName: "code",
    id: b.id,
    name: name ?? b.name,
    colour: b.colour,
    description: b.description,
    parentId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Records of the built-in codes among `codeIds` that the workspace does not have yet. */
export function missingBuiltinCodes(
  records: Records,
  codeIds: readonly string[],
  now: string,
  names?: Partial<Record<PainKind, string>>,
): CodeRecord[] {
  const out: CodeRecord[] = [];
  for (const id of new Set(codeIds)) {
    const b = builtinOf(id);
    if (b && !isCode(records[id])) out.push(builtinCode(b.kind, now, names?.[b.kind]));
  }
  return out;
}

/** The codebook: every code record, plus the built-in codes not used yet (marked `virtual`). */
export interface CodebookEntry {
  code: CodeRecord;
  virtual: boolean;
}

export function codebook(records: Records, names?: Partial<Record<PainKind, string>>): CodebookEntry[] {
  const entries: CodebookEntry[] = [];
  for (const b of BUILTIN_CODES) {
    const record = records[b.id];
    entries.push(
      isCode(record)
        ? { code: record, virtual: false }
        : { code: builtinCode(b.kind, "", names?.[b.kind]), virtual: true },
    );
  }
  for (const record of Object.values(records)) {
    if (isCode(record) && !isBuiltinCode(record.id)) entries.push({ code: record, virtual: false });
  }
  return entries;
}

/** Colours for new codes: dark enough to read as an underline on white, distinct from each other. */
export const CODE_PALETTE = [
  "#7a4fa3",
  "#b35900",
  "#00707a",
  "#8a6d00",
  "#c2185b",
  "#3949ab",
  "#5d4037",
  "#2e7d32",
  "#455a64",
  "#ad1457",
] as const;

/** The first palette colour not among `used` (lower case); when all are taken, they come round again. */
export function paletteColour(used: ReadonlySet<string>): string {
  return CODE_PALETTE.find((c) => !used.has(c)) ?? CODE_PALETTE[used.size % CODE_PALETTE.length]!;
}

export function nextCodeColour(records: Records): string {
  const used = new Set<string>();
  for (const record of Object.values(records)) if (isCode(record)) used.add(record.colour.toLowerCase());
  return paletteColour(used);
}

export type CodeDetails = Partial<Pick<CodeRecord, "name" | "colour" | "description" | "parentId">>;
export type CodeField = "name" | "colour" | "parentId";
export type CodeError = "required" | "duplicate" | "colour" | "cycle" | "missing";

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Ancestors of a code, nearest first (stops at a cycle, which the model never makes). */
export function ancestorsOf(records: Records, codeId: CodeId): CodeId[] {
  const out: CodeId[] = [];
  const seen = new Set<string>([codeId]);
  let record = records[codeId];
  while (isCode(record) && record.parentId && !seen.has(record.parentId)) {
    out.push(record.parentId);
    seen.add(record.parentId);
    record = records[record.parentId];
  }
  return out;
}

/** True when making `parentId` the parent of `codeId` would make a code its own ancestor. */
export function wouldCycle(records: Records, codeId: CodeId, parentId: CodeId | null): boolean {
  if (parentId === null) return false;
  if (parentId === codeId) return true;
  return ancestorsOf(records, parentId).includes(codeId);
}

/** Every code below `codeId`, at any depth. */
export function descendantsOf(records: Records, codeId: CodeId): Set<CodeId> {
  const children = new Map<CodeId, CodeId[]>();
  for (const record of Object.values(records)) {
    if (isCode(record) && record.parentId) {
      const list = children.get(record.parentId) ?? [];
      list.push(record.id);
      children.set(record.parentId, list);
    }
  }
  const out = new Set<CodeId>();
  const stack = [...(children.get(codeId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id) || id === codeId) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * What a code form must refuse: an empty name, a name another code has (case and diacritics
 * ignored), a colour that is not #rrggbb, a parent that is missing or would make a cycle.
 */
export function validateCode(
  records: Records,
  details: CodeDetails,
  codeId?: CodeId,
): Partial<Record<CodeField, CodeError>> {
  const errors: Partial<Record<CodeField, CodeError>> = {};
  if (details.name !== undefined) {
    const name = foldText(details.name.trim());
    if (name === "") errors.name = "required";
    else {
      const taken = codebook(records).some(
        (entry) => entry.code.id !== codeId && foldText(entry.code.name.trim()) === name,
      );
      if (taken) errors.name = "duplicate";
    }
  }
  if (details.colour !== undefined && !COLOUR.test(details.colour)) errors.colour = "colour";
  if (details.parentId !== undefined && details.parentId !== null) {
    if (!isCode(records[details.parentId]) && !isBuiltinCode(details.parentId)) errors.parentId = "missing";
    else if (codeId && wouldCycle(records, codeId, details.parentId)) errors.parentId = "cycle";
  }
  return errors;
}

export function createCode(
  details: CodeDetails & { name: string },
  now: string,
  colour?: string,
): CodeRecord {
  return {
    typeName: "code",
    id: newId("code"),
    colour: colour ?? CODE_PALETTE[0],
    description: "",
    parentId: null,
    ...details,
    name: details.name.trim(),
    createdAt: now,
    updatedAt: now,
  };
}

/** Changes a code; a parent that would make a cycle is refused (nothing changes). */
export function updateCode(records: Records, code: CodeRecord, details: CodeDetails, now: string): Change {
  if (details.parentId !== undefined && wouldCycle(records, code.id, details.parentId)) return {};
  const next: CodeRecord = { ...code, ...details, updatedAt: now };
  if (details.name !== undefined) next.name = details.name.trim();
  const put: AnyRecord[] = [next];
  // A built-in code used as a parent gets its record on first use.
  if (details.parentId) put.unshift(...missingBuiltinCodes(records, [details.parentId], now));
  return { put };
}

/**
 * Deleting a code takes it off every excerpt; its children move up to its parent. Excerpts left
 * with no code stay (they keep their links and notes).
 */
export function deleteCode(records: Records, codeId: CodeId, now: string): Change {
  const code = records[codeId];
  if (!isCode(code)) return {};
  const put: AnyRecord[] = [];
  for (const record of Object.values(records)) {
    if (isCode(record) && record.parentId === codeId) {
      put.push({ ...record, parentId: code.parentId, updatedAt: now });
    } else if (isExcerpt(record) && record.codeIds.includes(codeId)) {
      put.push({ ...record, codeIds: record.codeIds.filter((id) => id !== codeId), updatedAt: now });
    }
  }
  return { put, remove: [codeId] };
}

/**
 * Merges code `fromId` into `intoId`: every excerpt coded `fromId` is coded `intoId` instead
 * (each code once), `fromId`'s children move under `intoId`, and `fromId` goes. When `intoId`
 * sat below `fromId` it first moves up to `fromId`'s parent, so no cycle can form.
 */
export function mergeCodes(records: Records, fromId: CodeId, intoId: CodeId, now: string): Change {
  const from = records[fromId];
  if (fromId === intoId || !isCode(from)) return {};
  const created = missingBuiltinCodes(records, [intoId], now);
  const into = (records[intoId] as CodeRecord | undefined) ?? created[0];
  if (!isCode(into)) return {};
  const put: AnyRecord[] = [];
  // Lift `into` out of `from`'s subtree first; then every child of `from` can move under it.
  const intoBelowFrom = ancestorsOf(records, intoId).includes(fromId);
  const movedInto = intoBelowFrom ? { ...into, parentId: from.parentId, updatedAt: now } : into;
  for (const record of Object.values(records)) {
    if (isCode(record) && record.parentId === fromId && record.id !== intoId) {
      put.push({ ...record, parentId: intoId, updatedAt: now });
    } else if (isExcerpt(record) && record.codeIds.includes(fromId)) {
      const codeIds: CodeId[] = [];
      for (const id of record.codeIds) {
        const next = id === fromId ? intoId : id;
        if (!codeIds.includes(next)) codeIds.push(next);
      }
      put.push({ ...record, codeIds, updatedAt: now });
    }
  }
  if (movedInto !== into || created.length > 0) put.unshift(movedInto);
  return { put, remove: [fromId] };
}

export interface CodeCount {
  excerpts: number;
  respondents: number;
}

/** Per code: how many excerpts carry it and how many distinct respondents those come from. */
export function codeCounts(records: Records): Map<CodeId, CodeCount> {
  const excerpts = new Map<CodeId, number>();
  const respondents = new Map<CodeId, Set<string>>();
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName !== "excerpt") continue;
    const source = records[record.sourceId];
    const who = isSource(source) ? respondentKey(source) : record.sourceId;
    for (const codeId of new Set(record.codeIds)) {
      excerpts.set(codeId, (excerpts.get(codeId) ?? 0) + 1);
      let set = respondents.get(codeId);
      if (!set) {
        set = new Set();
        respondents.set(codeId, set);
      }
      set.add(who);
    }
  }
  const out = new Map<CodeId, CodeCount>();
  for (const [codeId, n] of excerpts)
    out.set(codeId, { excerpts: n, respondents: respondents.get(codeId)!.size });
  return out;
}

export interface CodeTreeNode {
  code: CodeRecord;
  virtual: boolean;
  depth: number;
  /** Ids of the codes on the way down from the root, this one excluded. */
  path: CodeId[];
}

/** The codebook as a tree flattened in reading order: built-in codes first, then by name. */
export function codeTree(entries: readonly CodebookEntry[], locale?: string): CodeTreeNode[] {
  const ids = new Set(entries.map((e) => e.code.id));
  const children = new Map<string, CodebookEntry[]>();
  for (const entry of entries) {
    const parent = entry.code.parentId && ids.has(entry.code.parentId) ? entry.code.parentId : "";
    const list = children.get(parent) ?? [];
    list.push(entry);
    children.set(parent, list);
  }
  const order = (a: CodebookEntry, b: CodebookEntry) => {
    const ba = BUILTIN_CODES.findIndex((c) => c.id === a.code.id);
    const bb = BUILTIN_CODES.findIndex((c) => c.id === b.code.id);
    if (ba !== bb) return (ba === -1 ? 99 : ba) - (bb === -1 ? 99 : bb);
    return a.code.name.localeCompare(b.code.name, locale);
  };
  const out: CodeTreeNode[] = [];
  const seen = new Set<string>();
  const walk = (parent: string, depth: number, path: CodeId[]) => {
    for (const entry of (children.get(parent) ?? []).sort(order)) {
      if (seen.has(entry.code.id)) continue;
      seen.add(entry.code.id);
      out.push({ code: entry.code, virtual: entry.virtual, depth, path });
      walk(entry.code.id, depth + 1, [...path, entry.code.id]);
    }
  };
  walk("", 0, []);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Excerpts

export interface ExcerptDraft {
  /** Code-point offsets of the selection in the source's text. */
  start: number;
  end: number;
  codeIds: readonly CodeId[];
  coder: string;
  note?: string;
}

/**
 * A selection without the white space at its edges; null when nothing but white space is left.
 * White space is all in the BMP, so trimming code units trims as many code points.
 */
export function trimSelection(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const index = codePointIndex(text);
  const from = index.toUnit(Math.min(start, end));
  const to = index.toUnit(Math.max(start, end));
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  if (lead === slice.length) return null;
  const trail = slice.length - slice.trimEnd().length;
  return { start: index.toPoint(from + lead), end: index.toPoint(to - trail) };
}

/** A quote on one line (runs of white space made one space), cut to `max` code points with "…". */
export function shortQuote(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = flat.length > max ? Array.from(flat) : [];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : flat;
}

/** The quote at [start, end) and up to CONTEXT_LENGTH code points either side. */
export function quoteWithContext(
  text: string,
  start: number,
  end: number,
): Pick<ExcerptRecord, "quote" | "before" | "after"> {
  const index = codePointIndex(text);
  const u = (p: number) => index.toUnit(p);
  return {
    quote: text.slice(u(start), u(end)),
    before: text.slice(u(start - CONTEXT_LENGTH), u(start)),
    after: text.slice(u(end), u(end + CONTEXT_LENGTH)),
  };
}

/** An excerpt from a selection, white space at its edges left out; undefined for an empty selection. */
export function createExcerpt(
  source: SourceRecord,
  draft: ExcerptDraft,
  now: string,
): ExcerptRecord | undefined {
  const range = trimSelection(source.text, draft.start, draft.end);
  if (!range) return undefined;
  return {
    typeName: "excerpt",
    id: newId("excerpt"),
    sourceId: source.id,
    start: range.start,
    end: range.end,
    ...quoteWithContext(source.text, range.start, range.end),
    codeIds: [...new Set(draft.codeIds)],
    coder: draft.coder.trim(),
    stepIds: [],
    edgeIds: [],
    painPointIds: [],
    note: draft.note ?? "",
    createdAt: now,
    updatedAt: now,
  };
}

export type ExcerptDetails = Partial<Pick<ExcerptRecord, "codeIds" | "coder" | "note">>;

export function updateExcerpt(excerpt: ExcerptRecord, details: ExcerptDetails, now: string): Change {
  const next: ExcerptRecord = { ...excerpt, ...details, updatedAt: now };
  if (details.codeIds) next.codeIds = [...new Set(details.codeIds)];
  if (details.coder !== undefined) next.coder = details.coder.trim();
  return { put: [next] };
}

/**
 * Puts an excerpt on another passage of its source (e.g. one that lost its place when the text
 * changed): new offsets, quote and context; codes, links and note stay.
 */
export function moveExcerpt(
  excerpt: ExcerptRecord,
  source: SourceRecord,
  start: number,
  end: number,
  now: string,
): Change {
  const range = trimSelection(source.text, start, end);
  if (!range || excerpt.sourceId !== source.id) return {};
  return {
    put: [{ ...excerpt, ...range, ...quoteWithContext(source.text, range.start, range.end), updatedAt: now }],
  };
}

/** Whether the excerpt's quote still stands at its offsets in `text`. */
export function isAnchored(excerpt: Pick<ExcerptRecord, "start" | "end" | "quote">, text: string): boolean {
  return excerpt.end > excerpt.start && sliceCodePoints(text, excerpt.start, excerpt.end) === excerpt.quote;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export interface Anchor {
  start: number;
  end: number;
  anchored: boolean;
}

/** At most this many occurrences of a quote are weighed; more means the quote is too common to tell. */
const MAX_CANDIDATES = 5000;

/**
 * Where the excerpt's quote is in a changed text. When the quote still stands at its offsets
 * with the same context, it stays. Otherwise every occurrence of the quote is weighed by how
 * much of the remembered context surrounds it (then by nearness to the old offset) and the best
 * wins. When the quote is gone the old offsets are kept and `anchored` is false.
 */
export function findAnchor(excerpt: ExcerptRecord, text: string): Anchor {
  const { quote, before, after } = excerpt;
  const index = codePointIndex(text);
  const oldUnit = index.toUnit(excerpt.start);
  if (quote === "") return { start: excerpt.start, end: excerpt.end, anchored: false };
  const score = (unit: number) =>
    commonSuffix(before, text.slice(Math.max(0, unit - before.length), unit)) +
    commonPrefix(after, text.slice(unit + quote.length, unit + quote.length + after.length));
  const best = { unit: -1, score: -1, distance: Number.POSITIVE_INFINITY };
  let from = 0;
  for (let n = 0; n < MAX_CANDIDATES; n++) {
    const unit = text.indexOf(quote, from);
    if (unit === -1) break;
    const s = score(unit);
    const distance = Math.abs(unit - oldUnit);
    if (s > best.score || (s === best.score && distance < best.distance)) {
      best.unit = unit;
      best.score = s;
      best.distance = distance;
    }
    from = unit + 1;
  }
  if (best.unit === -1) return { start: excerpt.start, end: excerpt.end, anchored: false };
  const start = index.toPoint(best.unit);
  return { start, end: start + codePointLength(quote), anchored: true };
}

/** The excerpt re-anchored in a changed text: the same object when nothing moved or it was lost. */
export function reanchor(excerpt: ExcerptRecord, newText: string, now?: string): ExcerptRecord {
  const anchor = findAnchor(excerpt, newText);
  if (!anchor.anchored) return excerpt;
  const context = quoteWithContext(newText, anchor.start, anchor.end);
  if (
    anchor.start === excerpt.start &&
    anchor.end === excerpt.end &&
    context.before === excerpt.before &&
    context.after === excerpt.after
  )
    return excerpt;
  return {
    ...excerpt,
    ...context,
    start: anchor.start,
    end: anchor.end,
    updatedAt: now ?? excerpt.updatedAt,
  };
}

/** Excerpts of a source that moved when its text became `newText` (only the changed ones). */
export function reanchorSource(
  records: Records,
  sourceId: SourceId,
  newText: string,
  now: string,
): ExcerptRecord[] {
  const out: ExcerptRecord[] = [];
  for (const excerpt of excerptsOfSource(records, sourceId)) {
    const next = reanchor(excerpt, newText, now);
    if (next !== excerpt) out.push(next);
  }
  return out;
}

// Links from excerpts to steps, edges and pain points.

export type LinkTarget = StepId | EdgeId | PainPointId;

function linkField(target: string): "stepIds" | "edgeIds" | "painPointIds" | undefined {
  const type = idType(target);
  return type === "step"
    ? "stepIds"
    : type === "edge"
      ? "edgeIds"
      : type === "pain"
        ? "painPointIds"
        : undefined;
}

/** Links an excerpt to a step, an edge or a pain point (told apart by the id's prefix). */
export function linkExcerpt(excerpt: ExcerptRecord, target: LinkTarget, now: string): Change {
  const field = linkField(target);
  if (!field || (excerpt[field] as readonly string[]).includes(target)) return {};
  return { put: [{ ...excerpt, [field]: [...excerpt[field], target], updatedAt: now }] };
}

export function unlinkExcerpt(excerpt: ExcerptRecord, target: LinkTarget, now: string): Change {
  const field = linkField(target);
  if (!field || !(excerpt[field] as readonly string[]).includes(target)) return {};
  return {
    put: [
      {
        ...excerpt,
        [field]: (excerpt[field] as readonly string[]).filter((id) => id !== target),
        updatedAt: now,
      },
    ],
  };
}

/**
 * Takes deleted steps, edges or pain points out of every excerpt's links; put it in the same
 * change as the deletion so undo brings the links back too.
 */
export function detachExcerpts(records: Records, ids: readonly string[], now: string): ExcerptRecord[] {
  const gone = new Set(ids);
  const out: ExcerptRecord[] = [];
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName !== "excerpt") continue;
    const hit =
      record.stepIds.some((x) => gone.has(x)) ||
      record.edgeIds.some((x) => gone.has(x)) ||
      record.painPointIds.some((x) => gone.has(x));
    if (!hit) continue;
    out.push({
      ...record,
      stepIds: record.stepIds.filter((x) => !gone.has(x)),
      edgeIds: record.edgeIds.filter((x) => !gone.has(x)),
      painPointIds: record.painPointIds.filter((x) => !gone.has(x)),
      updatedAt: now,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pseudonymisation

export type ReplacementKind = "name" | "email" | "phone";

/** One replacement, at code-point offsets of the original text. */
export interface Replacement {
  start: number;
  end: number;
  original: string;
  replacement: string;
  kind: ReplacementKind;
}

export interface PseudonymiseOptions {
  /** Names to replace: whole words, case and diacritics ignored; a name of several words matches across any white space. */
  names: readonly string[];
  /** What names become; the placeholder when empty. */
  pseudonym: string;
  emails?: boolean;
  phones?: boolean;
  namePlaceholder?: string;
  emailPlaceholder?: string;
  phonePlaceholder?: string;
}

export const DEFAULT_PLACEHOLDERS = { name: "[name]", email: "[e-mail]", phone: "[phone]" } as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * Swedish, Finnish and Åland phone numbers as people write them: 070-123 45 67, 08-123 456 78,
 * 0701234567, +46 70 123 45 67, +46 (0)70-123 45 67, +358 40 1234567, 040 123 4567, 018-123 45.
 * A number must start with 0 or + (so dates and amounts are left alone) and hold 7 to 15 digits.
 */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:\+\d{1,3}[\s\u00a0-]?(?:\(0\)[\s\u00a0-]?)?|\(?0)\d{1,4}\)?(?:[\s\u00a0/-]?\d{1,4}){1,5}(?![\p{L}\p{N}])/gu;

function digitCount(s: string): number {
  return s.replace(/\D/g, "").length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Names found in a text: whole words, case and diacritics ignored. Code-unit ranges. */
function findNames(text: string, names: readonly string[]): [number, number][] {
  const wanted = [
    ...new Set(
      names
        .map((n) => foldText(n.trim()))
        .filter((n) => n !== "")
        .map((n) => n.split(/\s+/).map(escapeRegExp).join("\\s+")),
    ),
  ];
  if (wanted.length === 0) return [];
  // Longest first, so "Anna Svensson" wins over "Anna".
  wanted.sort((a, b) => b.length - a.length);
  const map = foldWithMap(text);
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${wanted.join("|")})(?!${WORD_CHAR})`, "gu");
  const out: [number, number][] = [];
  for (const match of map.folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    out.push(unfoldRange(map, match.index, match.index + match[0].length));
  }
  return out;
}

/**
 * Replaces the listed names, e-mail addresses and phone numbers. Returns the new text and every
 * replacement (offsets in code points of the original) for a preview. E-mail addresses go
 * first, then phone numbers, then names; a later match that overlaps an earlier one is skipped.
 */
export function pseudonymise(
  text: string,
  options: PseudonymiseOptions,
): { text: string; replacements: Replacement[] } {
  const namesTo = options.pseudonym.trim() || options.namePlaceholder || DEFAULT_PLACEHOLDERS.name;
  const found: { start: number; end: number; kind: ReplacementKind; replacement: string }[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  const add = (start: number, end: number, kind: ReplacementKind, replacement: string) => {
    if (start < end && !taken(start, end)) found.push({ start, end, kind, replacement });
  };
  if (options.emails !== false) {
    for (const m of text.matchAll(EMAIL))
      add(m.index, m.index + m[0].length, "email", options.emailPlaceholder ?? DEFAULT_PLACEHOLDERS.email);
  }
  if (options.phones !== false) {
    for (const m of text.matchAll(PHONE)) {
      let value = m[0];
      // A trailing ")" or separator is not part of the number.
      value = value.replace(/[\s\u00a0/-]+$/, "");
      const digits = digitCount(value);
      if (digits < 7 || digits > 15) continue;
      add(m.index, m.index + value.length, "phone", options.phonePlaceholder ?? DEFAULT_PLACEHOLDERS.phone);
    }
  }
  for (const [start, end] of findNames(text, options.names)) add(start, end, "name", namesTo);
  found.sort((a, b) => a.start - b.start);

  const index = codePointIndex(text);
  let out = "";
  let last = 0;
  const replacements: Replacement[] = [];
  for (const f of found) {
    out += text.slice(last, f.start) + f.replacement;
    last = f.end;
    replacements.push({
      start: index.toPoint(f.start),
      end: index.toPoint(f.end),
      original: text.slice(f.start, f.end),
      replacement: f.replacement,
      kind: f.kind,
    });
  }
  out += text.slice(last);
  return { text: out, replacements };
}

/**
 * Where a code-point offset of the original text lands after the replacements. An offset inside
 * a replaced span goes to the replacement's start (`"start"`) or end (`"end"`), so an excerpt
 * that cut a name in half now holds the whole pseudonym.
 */
export function mapOffset(
  replacements: readonly Replacement[],
  offset: number,
  bias: "start" | "end",
): number {
  let delta = 0;
  for (const r of replacements) {
    const length = codePointLength(r.replacement);
    if (r.end <= offset) {
      delta += length - (r.end - r.start);
      continue;
    }
    if (r.start < offset) return r.start + delta + (bias === "end" ? length : 0);
    break;
  }
  return offset + delta;
}

/**
 * Pseudonymises a source and moves its excerpts with the text: offsets follow the replacements
 * and quotes are taken again from the new text. One change, so one undo restores it all.
 */
export function applyPseudonymisation(
  records: Records,
  source: SourceRecord,
  options: PseudonymiseOptions,
  now: string,
): Change {
  const result = pseudonymise(source.text, options);
  if (result.replacements.length === 0) return {};
  const put: AnyRecord[] = [{ ...source, text: result.text, updatedAt: now }];
  for (const excerpt of excerptsOfSource(records, source.id)) {
    if (!isAnchored(excerpt, source.text)) {
      const next = reanchor(excerpt, result.text, now);
      if (next !== excerpt) put.push(next);
      continue;
    }
    const start = mapOffset(result.replacements, excerpt.start, "start");
    const end = Math.max(start, mapOffset(result.replacements, excerpt.end, "end"));
    put.push({ ...excerpt, start, end, ...quoteWithContext(result.text, start, end), updatedAt: now });
  }
  return { put };
}

// ---------------------------------------------------------------------------------------------
// Filters for the source list

export interface SourceFilter {
  query: string;
  kind: SourceKind | "all";
  role: RespondentRole | "all";
  tag: string | "all";
}

export const noSourceFilter: SourceFilter = { query: "", kind: "all", role: "all", tag: "all" };

/**
 * Each source's folded searchable text, folded once per record: records are immutable, so an
 * edited source is a new object and is folded anew, and a search over 100,000 sources only
 * folds them on its first key.
 */
const searchableText = new WeakMap<SourceRecord, string>();

/** A source's title, respondent, interviewer, date, tags and attributes, folded (see `foldText`). */
export function foldedSearchText(source: SourceRecord): string {
  let text = searchableText.get(source);
  if (text === undefined) {
    text = foldText(
      [
        source.title,
        source.respondent,
        source.interviewer,
        source.date,
        ...source.tags,
        ...Object.values(source.attributes),
      ].join("\n"),
    );
    searchableText.set(source, text);
  }
  return text;
}

/**
 * The test of one filter, with its query folded and split once for a whole list: a source
 * matches when it has the kind, role and tag (any case) and every word of the query occurs in
 * its title, respondent, interviewer, date, tags or attributes, ignoring case and diacritics.
 */
export function sourceMatcher(filter: SourceFilter): (source: SourceRecord) => boolean {
  const tag = filter.tag === "all" ? undefined : filter.tag.toLocaleLowerCase();
  const words = queryWords(filter.query);
  return (source) => {
    if (filter.kind !== "all" && source.kind !== filter.kind) return false;
    if (filter.role !== "all" && source.respondentRole !== filter.role) return false;
    if (tag !== undefined && !source.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (words.length === 0) return true;
    const haystack = foldedSearchText(source);
    return words.every((word) => haystack.includes(word));
  };
}

/** The folded words of a source search, each of which a source's searchable text must hold. */
function queryWords(query: string): string[] {
  const folded = foldText(query.trim());
  return folded === "" ? [] : folded.split(/\s+/);
}

/**
 * Whether every source that passes `narrower` also passes `wider`: as a search is typed on,
 * the new matches are among the last ones, and only those need testing again. It holds when
 * each of wider's kind, role and tag is "all" or the same, and each of its words is part of
 * one of narrower's words.
 */
export function narrowsSourceFilter(wider: SourceFilter, narrower: SourceFilter): boolean {
  if (wider.kind !== "all" && wider.kind !== narrower.kind) return false;
  if (wider.role !== "all" && wider.role !== narrower.role) return false;
  if (wider.tag !== "all" && wider.tag.toLocaleLowerCase() !== narrower.tag.toLocaleLowerCase()) return false;
  const words = queryWords(narrower.query);
  return queryWords(wider.query).every((word) => words.some((w) => w.includes(word)));
}

/** Whether one source passes a filter; a list is filtered with one `sourceMatcher`. */
export function matchesSource(source: SourceRecord, filter: SourceFilter): boolean {
  return sourceMatcher(filter)(source);
}

/** Every tag used by any source, each once, sorted. */
export function allTags(sources: readonly SourceRecord[], locale?: string): string[] {
  return normaliseTags(sources.flatMap((s) => s.tags)).sort((a, b) => a.localeCompare(b, locale));
}
