import type { JourneyId, PainPointId, StageId, StepId } from "@/model/ids";
import { FREQUENCY_WEIGHT, isOpen, priorityScore } from "@/model/painpoints";
import {
  type JourneyRecord,
  PAIN_KINDS,
  PAIN_STATUSES,
  type PainKind,
  type PainPointRecord,
  type PainStatus,
  type Records,
  type StepRecord,
} from "@/model/types";

/**
 * The tracker's rows: one per pain point across every journey, with the journey, stage and
 * step names it is shown with. Pure functions; the component memoises the pipeline
 * search → filter → sort → group.
 */

export interface TrackerRow {
  id: PainPointId;
  pain: PainPointRecord;
  journeyId: JourneyId;
  journeyName: string;
  /** The stage of the first step; null when the pain point is on no step. */
  stageId: StageId | null;
  stageName: string;
  /** Position of that stage in its journey; -1 when none. */
  stageIndex: number;
  /** Steps that still exist, in the pain point's order. */
  stepIds: readonly StepId[];
  stepTitles: readonly string[];
  /** Step titles comma-joined; "" when unattached. */
  steps: string;
  firstStepId: StepId | null;
  score: number;
  /** Title, description, owner, step titles and journey name, normalised for search. */
  searchText: string;
}

/** Lower case without diacritics: "Försäkringskassan" → "forsakringskassan". */
export function normaliseText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

interface CachedRow {
  row: TrackerRow;
  journey: JourneyRecord | undefined;
  steps: readonly (StepRecord | undefined)[];
}

/** Rows of unchanged pain points (same pain, journey and steps) are reused, so memoised rows skip rendering. */
const rowCache = new WeakMap<PainPointRecord, CachedRow>();
const rowsCache = new WeakMap<Records, readonly TrackerRow[]>();

function sameSteps(a: readonly (StepRecord | undefined)[], b: readonly (StepRecord | undefined)[]): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

function buildRow(
  pain: PainPointRecord,
  journey: JourneyRecord | undefined,
  steps: (StepRecord | undefined)[],
) {
  const cached = rowCache.get(pain);
  if (cached && cached.journey === journey && sameSteps(cached.steps, steps)) return cached.row;
  const present = steps.filter((s): s is StepRecord => s !== undefined && s.journeyId === pain.journeyId);
  const first = present[0];
  const stageIndex = first && journey ? journey.stages.findIndex((s) => s.id === first.stageId) : -1;
  const stage = stageIndex >= 0 ? journey!.stages[stageIndex] : undefined;
  const stepTitles = present.map((s) => s.title);
  const journeyName = journey?.name ?? "";
  const row: TrackerRow = {
    id: pain.id,
    pain,
    journeyId: pain.journeyId,
    journeyName,
    stageId: stage?.id ?? null,
    stageName: stage?.name ?? "",
    stageIndex: stage ? stageIndex : -1,
    stepIds: present.map((s) => s.id),
    stepTitles,
    steps: stepTitles.join(", "),
    firstStepId: first?.id ?? null,
    score: priorityScore(pain),
    searchText: normaliseText(
      [pain.title, pain.description, pain.owner, ...stepTitles, journeyName].join("\n"),
    ),
  };
  rowCache.set(pain, { row, journey, steps });
  return row;
}

/** One row per pain point in the workspace; the same array for the same records object. */
export function buildRows(records: Records): readonly TrackerRow[] {
  const cached = rowsCache.get(records);
  if (cached) return cached;
  const rows: TrackerRow[] = [];
  for (const id in records) {
    const record = records[id]!;
    if (record.typeName !== "painpoint") continue;
    const journey = records[record.journeyId];
    const steps = record.stepIds.map((stepId) => {
      const step = records[stepId];
      return step?.typeName === "step" ? step : undefined;
    });
    rows.push(buildRow(record, journey?.typeName === "journey" ? journey : undefined, steps));
  }
  rowsCache.set(records, rows);
  return rows;
}

export interface JourneyOption {
  id: JourneyId;
  name: string;
}

const journeyCache = new WeakMap<Records, readonly JourneyOption[]>();

/** Journeys by name, for the journey filter; cached per records object. */
export function journeyOptions(records: Records, locale?: string): readonly JourneyOption[] {
  let options = journeyCache.get(records);
  if (!options) {
    const compare = collator(locale).compare;
    options = Object.values(records)
      .filter((r): r is JourneyRecord => r.typeName === "journey")
      .map((j) => ({ id: j.id, name: j.name }))
      .sort((a, b) => compare(a.name, b.name) || a.id.localeCompare(b.id));
    journeyCache.set(records, options);
  }
  return options;
}

/* Search and filter */

/** Rows whose text contains every word of the query, ignoring case and diacritics. */
export function searchRows(rows: readonly TrackerRow[], query: string): readonly TrackerRow[] {
  const words = normaliseText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.searchText.includes(word)));
}

export interface TrackerFilter {
  kind: PainKind | "all";
  status: PainStatus | "all";
  journeyId: JourneyId | "all";
  /** Leave out resolved and won't-fix pain points. */
  openOnly: boolean;
}

export const noTrackerFilter: TrackerFilter = {
  kind: "all",
  status: "all",
  journeyId: "all",
  openOnly: false,
};

export function isTrackerFiltering(filter: TrackerFilter): boolean {
  return filter.kind !== "all" || filter.status !== "all" || filter.journeyId !== "all" || filter.openOnly;
}

export function filterRows(rows: readonly TrackerRow[], filter: TrackerFilter): readonly TrackerRow[] {
  if (!isTrackerFiltering(filter)) return rows;
  return rows.filter(
    ({ pain }) =>
      (filter.kind === "all" || pain.kind === filter.kind) &&
      (filter.status === "all" || pain.status === filter.status) &&
      (filter.journeyId === "all" || pain.journeyId === filter.journeyId) &&
      (!filter.openOnly || isOpen(pain)),
  );
}

/* Sort */

export const SORT_COLUMNS = [
  "title",
  "journey",
  "stage",
  "step",
  "kind",
  "severity",
  "frequency",
  "score",
  "status",
  "owner",
  "updated",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

/** Numbers and times start with the biggest and newest; names and kinds from the start of the list. */
export function defaultDirection(column: SortColumn): SortDirection {
  return column === "severity" || column === "frequency" || column === "score" || column === "updated"
    ? "descending"
    : "ascending";
}

const collators = new Map<string, Intl.Collator>();

function collator(locale: string | undefined): Intl.Collator {
  const key = locale ?? "";
  let found = collators.get(key);
  if (!found) {
    found = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(key, found);
  }
  return found;
}

const kindOrder = (kind: PainKind) => PAIN_KINDS.indexOf(kind);
const statusOrder = (status: PainStatus) => PAIN_STATUSES.indexOf(status);

/** The text a text column sorts by; "" sorts last in either direction. */
function textOf(row: TrackerRow, column: "title" | "journey" | "step" | "owner"): string {
  if (column === "title") return row.pain.title;
  if (column === "journey") return row.journeyName;
  if (column === "step") return row.steps;
  return row.pain.owner.trim();
}

function numberOf(row: TrackerRow, column: SortColumn): number {
  switch (column) {
    case "kind":
      return kindOrder(row.pain.kind);
    case "severity":
      return row.pain.severity;
    case "frequency":
      return FREQUENCY_WEIGHT[row.pain.frequency];
    case "status":
      return statusOrder(row.pain.status);
    default:
      return row.score;
  }
}

/**
 * A sorted copy. Text columns compare by the locale's collation (numbers inside names in
 * numeric order) and put empty values last; stage sorts by the stage's place in its journey
 * (Before, During, After), then by journey; kind and status follow their defined order;
 * updated compares times. Ties fall back to the title, then the id, so the order is stable.
 */
export function sortRows(
  rows: readonly TrackerRow[],
  column: SortColumn,
  direction: SortDirection,
  locale?: string,
): TrackerRow[] {
  const { compare } = collator(locale);
  const sign = direction === "ascending" ? 1 : -1;
  const primary = (a: TrackerRow, b: TrackerRow): number => {
    switch (column) {
      case "title":
      case "journey":
      case "step":
      case "owner": {
        const x = textOf(a, column);
        const y = textOf(b, column);
        if (!x || !y) return x === y ? 0 : x ? -1 : 1;
        return sign * compare(x, y);
      }
      case "stage": {
        if (a.stageIndex < 0 || b.stageIndex < 0)
          return a.stageIndex === b.stageIndex ? 0 : a.stageIndex < 0 ? 1 : -1;
        return sign * (a.stageIndex - b.stageIndex || compare(a.journeyName, b.journeyName));
      }
      case "updated":
        return (
          sign * (a.pain.updatedAt < b.pain.updatedAt ? -1 : a.pain.updatedAt > b.pain.updatedAt ? 1 : 0)
        );
      default:
        return sign * (numberOf(a, column) - numberOf(b, column));
    }
  };
  return [...rows].sort(
    (a, b) =>
      primary(a, b) || compare(a.pain.title, b.pain.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/* Group */

export const GROUPINGS = ["none", "journey", "stage", "status", "kind", "owner"] as const;
export type GroupBy = (typeof GROUPINGS)[number];

export interface GroupItem {
  type: "group";
  key: string;
  by: Exclude<GroupBy, "none">;
  /** Journey id, stage id, status, kind or owner (lower case); "" for rows without one. */
  value: string;
  /** The journey, stage or owner name as written; the status or kind for those groupings. */
  name: string;
  /** For stages: the journey they belong to. */
  detail: string;
  count: number;
  collapsed: boolean;
}

export interface RowItem {
  type: "row";
  key: string;
  row: TrackerRow;
}

export type TrackerItem = GroupItem | RowItem;

interface GroupInfo {
  value: string;
  name: string;
  detail: string;
  rank: [number, string, number];
  rows: TrackerRow[];
}

function groupOf(row: TrackerRow, by: Exclude<GroupBy, "none">): Omit<GroupInfo, "rows"> {
  switch (by) {
    case "journey":
      return {
        value: row.journeyId,
        name: row.journeyName,
        detail: "",
        rank: [row.journeyName ? 0 : 1, row.journeyName, 0],
      };
    case "stage":
      return row.stageId
        ? {
            value: row.stageId,
            name: row.stageName,
            detail: row.journeyName,
            rank: [0, row.journeyName, row.stageIndex],
          }
        : { value: "", name: "", detail: "", rank: [1, "", 0] };
    case "status":
      return {
        value: row.pain.status,
        name: row.pain.status,
        detail: "",
        rank: [0, "", statusOrder(row.pain.status)],
      };
    case "kind":
      return {
        value: row.pain.kind,
        name: row.pain.kind,
        detail: "",
        rank: [0, "", kindOrder(row.pain.kind)],
      };
    case "owner": {
      const owner = row.pain.owner.trim();
      return { value: owner.toLowerCase(), name: owner, detail: "", rank: [owner ? 0 : 1, owner, 0] };
    }
  }
}

/**
 * Rows (already sorted) as a flat list for the table: ungrouped, just the rows; grouped, a
 * header per group with its count, followed by its rows unless the group is collapsed.
 * Groups follow their natural order: journeys and owners by name, stages by journey and
 * position, statuses and kinds in their defined order; rows without a value come last.
 */
export function groupRows(
  rows: readonly TrackerRow[],
  by: GroupBy,
  collapsed: ReadonlySet<string> = new Set(),
  locale?: string,
): TrackerItem[] {
  if (by === "none") return rows.map((row) => ({ type: "row", key: row.id, row }));
  const groups = new Map<string, GroupInfo>();
  for (const row of rows) {
    const info = groupOf(row, by);
    let group = groups.get(info.value);
    if (!group) {
      group = { ...info, rows: [] };
      groups.set(info.value, group);
    }
    group.rows.push(row);
  }
  const { compare } = collator(locale);
  const ordered = [...groups.values()].sort(
    (a, b) =>
      a.rank[0] - b.rank[0] ||
      compare(a.rank[1], b.rank[1]) ||
      a.rank[2] - b.rank[2] ||
      (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
  );
  const items: TrackerItem[] = [];
  for (const group of ordered) {
    const key = `group:${by}:${group.value}`;
    const isCollapsed = collapsed.has(key);
    items.push({
      type: "group",
      key,
      by,
      value: group.value,
      name: group.name,
      detail: group.detail,
      count: group.rows.length,
      collapsed: isCollapsed,
    });
    if (!isCollapsed) for (const row of group.rows) items.push({ type: "row", key: row.id, row });
  }
  return items;
}
