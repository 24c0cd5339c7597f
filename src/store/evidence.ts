import { t } from "@/i18n";
import {
  type CodebookEntry,
  type CodeCount,
  type CodeTreeNode,
  codebook,
  codeCounts,
  codeTree,
  EXCERPT_DRAG_TYPE,
  isAnchored,
  isCode,
  isSource,
  respondentKey,
} from "@/model/evidence";
import type { CodeId, EdgeId, PainPointId, SourceId, StepId } from "@/model/ids";
import { buildSearchIndex, type SearchIndex } from "@/model/search";
import type { CodeRecord, ExcerptRecord, PainKind, Records, SourceRecord } from "@/model/types";
import { journeyParts } from "./canvas";

/**
 * Selectors of evidence for the evidence view and the journey map. Each is cached per records
 * object (records are immutable, so the same object means the same answer), and lists that did
 * not change keep their old array, so a component that selects one re-renders only when its
 * own evidence changed.
 */

export { EXCERPT_DRAG_TYPE };

/** Built-in code names in the user's language (the same words as the pain-point kinds). */
export function builtinNames(): Record<PainKind, string> {
  return {
    thundercloud: t("pains.kind.thundercloud"),
    blister: t("pains.kind.blister"),
    brightspot: t("pains.kind.brightspot"),
  };
}

/** An excerpt with what the map shows beside its quote: source, respondent, role, date, codes. */
export interface EvidenceItem {
  excerpt: ExcerptRecord;
  source: SourceRecord;
  /** The excerpt's codes that exist in the workspace, in the excerpt's order. */
  codes: CodeRecord[];
  /** False when the quote is no longer found at its place in the source's text. */
  anchored: boolean;
}

interface EvidenceIndex {
  items: Map<string, EvidenceItem>;
  bySource: Map<SourceId, EvidenceItem[]>;
  byStep: Map<StepId, EvidenceItem[]>;
  byEdge: Map<EdgeId, EvidenceItem[]>;
  byPain: Map<PainPointId, EvidenceItem[]>;
  respondentsByStep: Map<StepId, number>;
  sources: SourceRecord[];
  /** Every excerpt of an existing source, in text order. */
  all: EvidenceItem[];
  /** Excerpts linked to no step, edge or pain point yet. */
  unlinked: EvidenceItem[];
}

const EMPTY: readonly EvidenceItem[] = Object.freeze([]);

const indexCache = new WeakMap<Records, EvidenceIndex>();
let previous: EvidenceIndex | null = null;

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameItems(a: readonly EvidenceItem[] | undefined, b: readonly EvidenceItem[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function itemFor(records: Records, excerpt: ExcerptRecord, source: SourceRecord): EvidenceItem {
  const old = previous?.items.get(excerpt.id);
  const codes: CodeRecord[] = [];
  for (const id of excerpt.codeIds) {
    const code = records[id];
    if (isCode(code)) codes.push(code);
  }
  if (
    old &&
    old.excerpt === excerpt &&
    old.source === source &&
    old.codes.length === codes.length &&
    old.codes.every((c, i) => c === codes[i])
  )
    return old;
  return { excerpt, source, codes, anchored: isAnchored(excerpt, source.text) };
}

/** Keeps the previous array of a key when its items are the same objects, so selectors stay stable. */
function keepStable<K>(map: Map<K, EvidenceItem[]>, before: Map<K, EvidenceItem[]> | undefined): void {
  if (!before) return;
  for (const [key, list] of map) {
    const old = before.get(key);
    if (sameItems(old, list)) map.set(key, old!);
  }
}

function push<K>(map: Map<K, EvidenceItem[]>, key: K, item: EvidenceItem): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function evidenceIndex(records: Records): EvidenceIndex {
  const cached = indexCache.get(records);
  if (cached) return cached;
  const index: EvidenceIndex = {
    items: new Map(),
    bySource: new Map(),
    byStep: new Map(),
    byEdge: new Map(),
    byPain: new Map(),
    respondentsByStep: new Map(),
    sources: [],
    all: [],
    unlinked: [],
  };
  const excerpts: ExcerptRecord[] = [];
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName === "excerpt") excerpts.push(record);
    else if (record.typeName === "source") index.sources.push(record);
  }
  excerpts.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  const respondents = new Map<StepId, Set<string>>();
  for (const excerpt of excerpts) {
    const source = records[excerpt.sourceId];
    if (!isSource(source)) continue;
    const item = itemFor(records, excerpt, source);
    index.items.set(excerpt.id, item);
    index.all.push(item);
    if (excerpt.stepIds.length + excerpt.edgeIds.length + excerpt.painPointIds.length === 0)
      index.unlinked.push(item);
    push(index.bySource, excerpt.sourceId, item);
    for (const stepId of new Set(excerpt.stepIds)) {
      push(index.byStep, stepId, item);
      const set = respondents.get(stepId) ?? new Set<string>();
      set.add(respondentKey(source));
      respondents.set(stepId, set);
    }
    for (const edgeId of new Set(excerpt.edgeIds)) push(index.byEdge, edgeId, item);
    for (const painId of new Set(excerpt.painPointIds)) push(index.byPain, painId, item);
  }
  for (const [stepId, set] of respondents) index.respondentsByStep.set(stepId, set.size);
  if (previous && sameList(previous.sources, index.sources)) index.sources = previous.sources;
  if (previous && sameItems(previous.all, index.all)) index.all = previous.all;
  if (previous && sameItems(previous.unlinked, index.unlinked)) index.unlinked = previous.unlinked;
  keepStable(index.bySource, previous?.bySource);
  keepStable(index.byStep, previous?.byStep);
  keepStable(index.byEdge, previous?.byEdge);
  keepStable(index.byPain, previous?.byPain);
  indexCache.set(records, index);
  previous = index;
  return index;
}

/** The excerpts linked to a step, in text order, with source, role and date for the step's evidence panel. */
export function stepEvidence(records: Records, stepId: string): readonly EvidenceItem[] {
  return evidenceIndex(records).byStep.get(stepId as StepId) ?? EMPTY;
}

/** The excerpts linked to an edge (a hand-off between two steps). */
export function edgeEvidence(records: Records, edgeId: string): readonly EvidenceItem[] {
  return evidenceIndex(records).byEdge.get(edgeId as EdgeId) ?? EMPTY;
}

/** The excerpts linked to a pain point. */
export function painEvidence(records: Records, painId: string): readonly EvidenceItem[] {
  return evidenceIndex(records).byPain.get(painId as PainPointId) ?? EMPTY;
}

/** How many distinct respondents speak to a step (a source without a pseudonym counts as one of its own). */
export function stepRespondentCount(records: Records, stepId: string): number {
  return evidenceIndex(records).respondentsByStep.get(stepId as StepId) ?? 0;
}

/** How many excerpts are linked to a step. */
export function stepExcerptCount(records: Records, stepId: string): number {
  return stepEvidence(records, stepId).length;
}

export function stepHasEvidence(records: Records, stepId: string): boolean {
  return evidenceIndex(records).byStep.has(stepId as StepId);
}

const withoutCache = new WeakMap<Records, Map<string, ReadonlySet<StepId>>>();

/** Steps of a journey with no excerpt linked: what the map can show as "assumption". */
export function stepsWithoutEvidence(records: Records, journeyId: string): ReadonlySet<StepId> {
  let byJourney = withoutCache.get(records);
  if (!byJourney) {
    byJourney = new Map();
    withoutCache.set(records, byJourney);
  }
  let set = byJourney.get(journeyId);
  if (!set) {
    const { byStep } = evidenceIndex(records);
    set = new Set(journeyParts(records, journeyId).steps.flatMap((s) => (byStep.has(s.id) ? [] : [s.id])));
    byJourney.set(journeyId, set);
  }
  return set;
}

/** A source's excerpts with their codes, in text order. */
export function sourceEvidence(records: Records, sourceId: string): readonly EvidenceItem[] {
  return evidenceIndex(records).bySource.get(sourceId as SourceId) ?? EMPTY;
}

export function evidenceItem(records: Records, excerptId: string): EvidenceItem | undefined {
  return evidenceIndex(records).items.get(excerptId);
}

/** Every excerpt, grouped by nothing, in text order within each source: for an evidence tray beside the map. */
export function allEvidence(records: Records): readonly EvidenceItem[] {
  return evidenceIndex(records).all;
}

/** Excerpts not linked to any step, edge or pain point yet: what still waits to be placed on a map. */
export function unlinkedEvidence(records: Records): readonly EvidenceItem[] {
  return evidenceIndex(records).unlinked;
}

/** Every source (in no particular order). */
export function allSources(records: Records): readonly SourceRecord[] {
  return evidenceIndex(records).sources;
}

const codebookCache = new WeakMap<Records, { entries: CodebookEntry[]; tree: CodeTreeNode[] }>();

/** The codebook (built-in codes included, `virtual` while unused) as a tree in reading order. */
export function codebookTree(records: Records, locale?: string): readonly CodeTreeNode[] {
  let cached = codebookCache.get(records);
  if (!cached) {
    const entries = codebook(records, builtinNames());
    cached = { entries, tree: codeTree(entries, locale) };
    codebookCache.set(records, cached);
  }
  return cached.tree;
}

const countsCache = new WeakMap<Records, Map<CodeId, CodeCount>>();
const NO_COUNT: CodeCount = { excerpts: 0, respondents: 0 };

/** Excerpts and distinct respondents per code. */
export function codeCount(records: Records, codeId: string): CodeCount {
  let counts = countsCache.get(records);
  if (!counts) {
    counts = codeCounts(records);
    countsCache.set(records, counts);
  }
  return counts.get(codeId as CodeId) ?? NO_COUNT;
}

const searchCache = new WeakMap<Records, SearchIndex>();

/** The full-text index of sources and excerpts, built on first use for each records object. */
export function searchIndexFor(records: Records, locale?: string): SearchIndex {
  let index = searchCache.get(records);
  if (!index) {
    index = buildSearchIndex(records, locale);
    searchCache.set(records, index);
  }
  return index;
}
