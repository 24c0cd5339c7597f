import {
  type ImprovementId,
  type IndicatorId,
  type JourneyId,
  newId,
  type PainPointId,
  type StepId,
} from "./ids";
import { isOpen, priorityScore } from "./painpoints";
import { journeyIdOf } from "./records";
import {
  type AnyRecord,
  type Change,
  IMPROVEMENT_STATUSES,
  type ImprovementRecord,
  type ImprovementStatus,
  type IndicatorRecord,
  type JourneyRecord,
  type Measurement,
  PAIN_KINDS,
  PAIN_STATUSES,
  type PainKind,
  type PainPointRecord,
  type PainStatus,
  type Records,
  type StepRecord,
} from "./types";

/**
 * Improvements (changes made to remove pain), the indicators that show whether they worked,
 * and the measurements behind those indicators. Pure functions: each returns a new record or
 * a Change for the store to commit.
 */

// ─── Improvements ─────────────────────────────────────────────────────────────

/**
 * The status flow is idea → planned → in progress → done → evaluated. An improvement moves
 * one step forward, or one step back to correct a mistake (evaluated → done reopens the
 * evaluation). One shortcut is allowed: an idea small enough to start at once goes straight
 * to in progress. Nothing is "evaluated" without having been "done" first, and nothing jumps
 * back more than one step. Staying where it is is always allowed.
 */
export const STATUS_MOVES: Readonly<Record<ImprovementStatus, readonly ImprovementStatus[]>> = {
  idea: ["planned", "in-progress"],
  planned: ["idea", "in-progress"],
  "in-progress": ["planned", "done"],
  done: ["in-progress", "evaluated"],
  evaluated: ["done"],
};

export function canMove(from: ImprovementStatus, to: ImprovementStatus): boolean {
  return from === to || STATUS_MOVES[from].includes(to);
}

/** The statuses an improvement may be given from where it is, in flow order (its own included). */
export function allowedStatuses(from: ImprovementStatus): ImprovementStatus[] {
  return IMPROVEMENT_STATUSES.filter((s) => canMove(from, s));
}

/** The neighbouring status in the flow, if that move is allowed: for "move back" and "move on" buttons. */
export function neighbourStatus(from: ImprovementStatus, by: -1 | 1): ImprovementStatus | undefined {
  const next = IMPROVEMENT_STATUSES[IMPROVEMENT_STATUSES.indexOf(from) + by];
  return next && canMove(from, next) ? next : undefined;
}

export type ImprovementDetails = Partial<
  Pick<ImprovementRecord, "title" | "description" | "owner" | "status" | "startDate" | "endDate">
>;

export type ImprovementField = "title" | "startDate" | "endDate" | "status";
export type ImprovementError = "required" | "invalidDate" | "endBeforeStart" | "statusMove";

/** A real calendar date written yyyy-mm-dd (2013-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * What a form must refuse: an empty title, a date that is neither empty nor a real
 * yyyy-mm-dd date, an end before the start, and a status move the flow does not allow.
 * `current` is the improvement being edited, so a change to one date is checked against
 * the other, and a status against where it is now.
 */
export function validateImprovement(
  details: ImprovementDetails,
  current?: ImprovementRecord,
): Partial<Record<ImprovementField, ImprovementError>> {
  const errors: Partial<Record<ImprovementField, ImprovementError>> = {};
  if (details.title !== undefined && details.title.trim() === "") errors.title = "required";
  for (const field of ["startDate", "endDate"] as const) {
    const value = details[field];
    if (value !== undefined && value !== "" && !isIsoDate(value)) errors[field] = "invalidDate";
  }
  const start = details.startDate ?? current?.startDate ?? "";
  const end = details.endDate ?? current?.endDate ?? "";
  if (!errors.startDate && !errors.endDate && start && end && end < start) {
    errors[details.endDate !== undefined ? "endDate" : "startDate"] = "endBeforeStart";
  }
  if (details.status !== undefined && current && !canMove(current.status, details.status)) {
    errors.status = "statusMove";
  }
  return errors;
}

export function createImprovement(
  journeyId: JourneyId,
  details: ImprovementDetails & { title: string },
  now: string,
  links: { painPointIds?: readonly PainPointId[]; stepIds?: readonly StepId[] } = {},
): ImprovementRecord {
  return {
    typeName: "improvement",
    id: newId("improvement"),
    journeyId,
    description: "",
    owner: "",
    status: "idea",
    startDate: "",
    endDate: "",
    ...details,
    painPointIds: [...new Set(links.painPointIds ?? [])],
    stepIds: [...new Set(links.stepIds ?? [])],
    createdAt: now,
    updatedAt: now,
  };
}

/** Applies valid details; refuses (an empty change) anything validateImprovement rejects. */
export function updateImprovement(
  improvement: ImprovementRecord,
  details: ImprovementDetails,
  now: string,
): Change {
  if (Object.keys(validateImprovement(details, improvement)).length > 0) return {};
  return { put: [{ ...improvement, ...details, updatedAt: now }] };
}

export function linkPain(improvement: ImprovementRecord, painId: PainPointId, now: string): Change {
  if (improvement.painPointIds.includes(painId)) return {};
  return { put: [{ ...improvement, painPointIds: [...improvement.painPointIds, painId], updatedAt: now }] };
}

export function unlinkPain(improvement: ImprovementRecord, painId: PainPointId, now: string): Change {
  if (!improvement.painPointIds.includes(painId)) return {};
  return {
    put: [
      {
        ...improvement,
        painPointIds: improvement.painPointIds.filter((id) => id !== painId),
        updatedAt: now,
      },
    ],
  };
}

export function linkStep(improvement: ImprovementRecord, stepId: StepId, now: string): Change {
  if (improvement.stepIds.includes(stepId)) return {};
  return { put: [{ ...improvement, stepIds: [...improvement.stepIds, stepId], updatedAt: now }] };
}

export function unlinkStep(improvement: ImprovementRecord, stepId: StepId, now: string): Change {
  if (!improvement.stepIds.includes(stepId)) return {};
  return {
    put: [{ ...improvement, stepIds: improvement.stepIds.filter((id) => id !== stepId), updatedAt: now }],
  };
}

/**
 * Deleting an improvement keeps the measurements made for it: its indicators are attached to
 * the journey instead. The pain points' history still names it (history is not rewritten).
 */
export function deleteImprovement(records: Records, improvementId: ImprovementId, now: string): Change {
  if (records[improvementId]?.typeName !== "improvement") return {};
  const put: IndicatorRecord[] = [];
  for (const record of Object.values(records)) {
    if (record.typeName === "indicator" && record.attachedTo === improvementId)
      put.push({ ...record, attachedTo: record.journeyId, updatedAt: now });
  }
  return { put, remove: [improvementId] };
}

// ─── Pain history ─────────────────────────────────────────────────────────────

/** One status change of a pain point: who, when, and through which improvement. */
export interface PainHistoryEntry {
  /** ISO date-time. */
  at: string;
  by: string;
  status: PainStatus;
  improvementId?: ImprovementId;
}

/** A pain point as stored once it has a history: the field is optional, so older records stay valid. */
export type PainPointWithHistory = PainPointRecord & { history?: PainHistoryEntry[] };

function isHistoryEntry(value: unknown): value is PainHistoryEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.at === "string" &&
    typeof entry.by === "string" &&
    (PAIN_STATUSES as readonly unknown[]).includes(entry.status) &&
    (entry.improvementId === undefined ||
      (typeof entry.improvementId === "string" && entry.improvementId.startsWith("improvement:")))
  );
}

/**
 * The pain point's history, oldest first. Restore keeps unknown fields as they were, so this
 * reads the field defensively and skips entries that are not well formed.
 */
export function painHistory(pain: PainPointRecord): readonly PainHistoryEntry[] {
  const history = (pain as PainPointWithHistory).history;
  return Array.isArray(history) ? history.filter(isHistoryEntry) : [];
}

/**
 * Resolves a pain point through an improvement: status "resolved" and a history entry saying
 * who did it, when, and through which improvement. The improvement is linked to the pain
 * point if it was not already.
 */
export function resolveThrough(
  pain: PainPointRecord,
  improvement: ImprovementRecord,
  by: string,
  now: string,
): Change {
  const entry: PainHistoryEntry = {
    at: now,
    by: by.trim(),
    status: "resolved",
    improvementId: improvement.id,
  };
  const resolved: PainPointWithHistory = {
    ...pain,
    status: "resolved",
    history: [...painHistory(pain), entry],
    updatedAt: now,
  };
  const put: AnyRecord[] = [resolved];
  if (!improvement.painPointIds.includes(pain.id))
    put.push({ ...improvement, painPointIds: [...improvement.painPointIds, pain.id], updatedAt: now });
  return { put };
}

// ─── Indicators ───────────────────────────────────────────────────────────────

export type Better = IndicatorRecord["better"];

export type IndicatorDetails = Partial<
  Pick<IndicatorRecord, "name" | "unit" | "better" | "target" | "attachedTo">
>;
export type IndicatorField = "name" | "target";

export function validateIndicator(
  details: IndicatorDetails,
): Partial<Record<IndicatorField, "required" | "notANumber">> {
  const errors: Partial<Record<IndicatorField, "required" | "notANumber">> = {};
  if (details.name !== undefined && details.name.trim() === "") errors.name = "required";
  if (details.target !== undefined && details.target !== null && !Number.isFinite(details.target))
    errors.target = "notANumber";
  return errors;
}

export function createIndicator(
  journeyId: JourneyId,
  details: IndicatorDetails & { name: string },
  now: string,
  measurements: readonly Measurement[] = [],
): IndicatorRecord {
  return {
    typeName: "indicator",
    id: newId("indicator"),
    journeyId,
    unit: "",
    better: "higher",
    target: null,
    attachedTo: journeyId,
    ...details,
    measurements: sortMeasurements(measurements),
    createdAt: now,
    updatedAt: now,
  };
}

export function updateIndicator(indicator: IndicatorRecord, details: IndicatorDetails, now: string): Change {
  if (Object.keys(validateIndicator(details)).length > 0) return {};
  return { put: [{ ...indicator, ...details, updatedAt: now }] };
}

export function deleteIndicator(records: Records, indicatorId: IndicatorId): Change {
  return records[indicatorId]?.typeName === "indicator" ? { remove: [indicatorId] } : {};
}

// ─── Measurements ─────────────────────────────────────────────────────────────

/** What a form gives: the value may still be text ("25,5" with a decimal comma is read as 25.5). */
export interface MeasurementInput {
  date: string;
  value: number | string | null | undefined;
  note?: string;
}

export type MeasurementField = "date" | "value";
export type MeasurementError = "required" | "invalidDate" | "notANumber";

/**
 * A number as people type it: spaces as thousands separators, a decimal comma (Nordic), a
 * typographic minus. Null when there is no number or it is not one. A comma followed by
 * exactly three digits after a non-zero whole part ("1,200") is refused as ambiguous: it is
 * 1.2 in Swedish and 1200 in English, and a wrong guess would go unnoticed.
 */
export function parseNumber(value: number | string | null | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  let text = value
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-");
  if (text === "") return null;
  if (/^[-+]?\d+,\d+$/.test(text)) {
    if (/^[-+]?0*[1-9]\d*,\d{3}$/.test(text)) return null;
    text = text.replace(",", ".");
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** A measurement needs a real date (yyyy-mm-dd) and a number; anything else is refused at its field. */
export function validateMeasurement(
  input: Partial<MeasurementInput>,
): Partial<Record<MeasurementField, MeasurementError>> {
  const errors: Partial<Record<MeasurementField, MeasurementError>> = {};
  if ("date" in input) {
    const date = (input.date ?? "").trim();
    if (date === "") errors.date = "required";
    else if (!isIsoDate(date)) errors.date = "invalidDate";
  }
  if ("value" in input) {
    const blank = input.value === null || input.value === undefined || String(input.value).trim() === "";
    if (blank) errors.value = "required";
    else if (parseNumber(input.value) === null) errors.value = "notANumber";
  }
  return errors;
}

/** Oldest first; measurements on the same date keep the order they were entered in. */
export function sortMeasurements(list: readonly Measurement[]): Measurement[] {
  return [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * What to do with a new measurement on a date that already has one for the same indicator:
 * replace the earlier one, or keep both (two counts on one day can both be real).
 */
export type SameDateChoice = "replace" | "keep-both";

/** The indicator's measurements on a date, leaving out the one being edited. */
export function measurementsOn(
  indicator: Pick<IndicatorRecord, "measurements">,
  date: string,
  exceptId?: string,
): Measurement[] {
  const day = date.trim();
  return indicator.measurements.filter((m) => m.date === day && m.id !== exceptId);
}

/** Adds a measurement; an empty change when the input is refused. */
export function addMeasurement(
  indicator: IndicatorRecord,
  input: MeasurementInput,
  now: string,
  sameDate: SameDateChoice = "keep-both",
): { change: Change; measurement?: Measurement; replaced: Measurement[] } {
  const { change, added, replaced } = addMeasurements(indicator, [input], now, sameDate);
  return added[0] ? { change, measurement: added[0], replaced } : { change, replaced };
}

/**
 * Adds many measurements in one change (an import): each needs a real date and a number.
 * Returns the ones added; the ones refused are left out. With "replace", a measurement takes
 * the place of those already on its date, and of earlier inputs on that date: the last wins.
 */
export function addMeasurements(
  indicator: IndicatorRecord,
  inputs: readonly MeasurementInput[],
  now: string,
  sameDate: SameDateChoice = "keep-both",
): { change: Change; added: Measurement[]; replaced: Measurement[] } {
  let added: Measurement[] = [];
  for (const input of inputs) {
    if (Object.keys(validateMeasurement(input)).length > 0) continue;
    added.push({
      id: newId("measurement"),
      date: input.date.trim(),
      value: parseNumber(input.value)!,
      note: input.note ?? "",
    });
  }
  if (added.length === 0) return { change: {}, added, replaced: [] };
  let kept = indicator.measurements;
  let replaced: Measurement[] = [];
  if (sameDate === "replace") {
    const lastOnDate = new Map(added.map((m) => [m.date, m]));
    replaced = indicator.measurements.filter((m) => lastOnDate.has(m.date));
    kept = indicator.measurements.filter((m) => !lastOnDate.has(m.date));
    added = added.filter((m) => lastOnDate.get(m.date) === m);
  }
  const measurements = sortMeasurements([...kept, ...added]);
  return { change: { put: [{ ...indicator, measurements, updatedAt: now }] }, added, replaced };
}

export function updateMeasurement(
  indicator: IndicatorRecord,
  measurementId: string,
  input: Partial<MeasurementInput>,
  now: string,
  sameDate: SameDateChoice = "keep-both",
): Change {
  const current = indicator.measurements.find((m) => m.id === measurementId);
  if (!current || Object.keys(validateMeasurement(input)).length > 0) return {};
  const next: Measurement = {
    ...current,
    ...(input.date !== undefined ? { date: input.date.trim() } : {}),
    ...("value" in input ? { value: parseNumber(input.value)! } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  // Replacing drops the others on the date the edited measurement now has.
  const others =
    sameDate === "replace" ? new Set(measurementsOn(indicator, next.date, measurementId)) : new Set();
  const measurements = sortMeasurements(
    indicator.measurements.filter((m) => !others.has(m)).map((m) => (m.id === measurementId ? next : m)),
  );
  return { put: [{ ...indicator, measurements, updatedAt: now }] };
}

export function removeMeasurement(indicator: IndicatorRecord, measurementId: string, now: string): Change {
  if (!indicator.measurements.some((m) => m.id === measurementId)) return {};
  return {
    put: [
      {
        ...indicator,
        measurements: indicator.measurements.filter((m) => m.id !== measurementId),
        updatedAt: now,
      },
    ],
  };
}

// ─── Change: before and after ─────────────────────────────────────────────────

/** The earliest measurement: the "before". Ties on the date go to the one entered first. */
export function baseline(indicator: Pick<IndicatorRecord, "measurements">): Measurement | undefined {
  return sortMeasurements(indicator.measurements)[0];
}

/** The newest measurement: the "after". Ties on the date go to the one entered last. */
export function latest(indicator: Pick<IndicatorRecord, "measurements">): Measurement | undefined {
  return sortMeasurements(indicator.measurements).at(-1);
}

export type Direction = "better" | "worse" | "unchanged";

/** Differences smaller than this share of the baseline count as no change (floating-point noise). */
const EPSILON = 1e-9;

/** Whether a change is for the better, given which way is better. */
export function directionOf(change: number, better: Better, scale = 1): Direction {
  if (Math.abs(change) <= EPSILON * Math.max(1, Math.abs(scale))) return "unchanged";
  return change < 0 === (better === "lower") ? "better" : "worse";
}

/** Whether a value meets the target: at or above it when higher is better, at or below when lower is. */
export function meetsTarget(value: number, target: number | null, better: Better): boolean | null {
  if (target === null) return null;
  return better === "higher" ? value >= target : value <= target;
}

export interface IndicatorChange {
  baseline: Measurement;
  latest: Measurement;
  /** latest − baseline, in the indicator's unit. */
  change: number;
  /** The change as a percentage of the baseline; null when the baseline is 0. */
  percent: number | null;
  direction: Direction;
  /** Whether the latest value meets the target; null when there is no target. */
  targetMet: boolean | null;
}

/** Before and after; null until there are two measurements (a baseline and a follow-up). */
export function indicatorChange(indicator: IndicatorRecord): IndicatorChange | null {
  if (indicator.measurements.length < 2) return null;
  const first = baseline(indicator)!;
  const last = latest(indicator)!;
  const change = last.value - first.value;
  return {
    baseline: first,
    latest: last,
    change,
    percent: first.value === 0 ? null : (change / Math.abs(first.value)) * 100,
    direction: directionOf(change, indicator.better, first.value),
    targetMet: meetsTarget(last.value, indicator.target, indicator.better),
  };
}

/** Which way the indicator has moved from its baseline to its latest measurement. */
export function direction(indicator: IndicatorRecord): Direction {
  return indicatorChange(indicator)?.direction ?? "unchanged";
}

/** Whether the latest measurement meets the target; null without a target or a measurement. */
export function targetMet(indicator: IndicatorRecord): boolean | null {
  const last = latest(indicator);
  return last ? meetsTarget(last.value, indicator.target, indicator.better) : null;
}

// ─── Reading the workspace ────────────────────────────────────────────────────

export function isImprovement(record: AnyRecord | undefined): record is ImprovementRecord {
  return record?.typeName === "improvement";
}

export function isIndicator(record: AnyRecord | undefined): record is IndicatorRecord {
  return record?.typeName === "indicator";
}

export function improvementsOf(records: Records, journeyId: string): ImprovementRecord[] {
  return Object.values(records).filter(
    (r): r is ImprovementRecord => isImprovement(r) && r.journeyId === journeyId,
  );
}

export function indicatorsOf(records: Records, journeyId: string): IndicatorRecord[] {
  return Object.values(records).filter(
    (r): r is IndicatorRecord => isIndicator(r) && r.journeyId === journeyId,
  );
}

/** The indicators that measure an improvement: attached to it, or to one of its steps. */
export function indicatorsOfImprovement(
  indicators: readonly IndicatorRecord[],
  improvement: ImprovementRecord,
): IndicatorRecord[] {
  return indicators.filter(
    (i) => i.attachedTo === improvement.id || (improvement.stepIds as string[]).includes(i.attachedTo),
  );
}

/** The improvements an indicator speaks to: the one it is attached to, those on its step, or all of its journey. */
export function improvementsOfIndicator(
  improvements: readonly ImprovementRecord[],
  indicator: IndicatorRecord,
  pains: readonly PainPointRecord[] = [],
): ImprovementRecord[] {
  const target = indicator.attachedTo;
  if (target === indicator.journeyId) return improvements.filter((i) => i.journeyId === indicator.journeyId);
  if (target.startsWith("improvement:")) return improvements.filter((i) => i.id === target);
  const painsOnStep = new Set(pains.filter((p) => (p.stepIds as string[]).includes(target)).map((p) => p.id));
  return improvements.filter(
    (i) => (i.stepIds as string[]).includes(target) || i.painPointIds.some((id) => painsOnStep.has(id)),
  );
}

export interface ImprovementMarker {
  improvementId: ImprovementId;
  title: string;
  date: string;
  edge: "start" | "end";
}

/** The start and end dates of improvements, for marking on an indicator's chart; by date. */
export function improvementMarkers(improvements: readonly ImprovementRecord[]): ImprovementMarker[] {
  const markers: ImprovementMarker[] = [];
  for (const i of improvements) {
    if (isIsoDate(i.startDate))
      markers.push({ improvementId: i.id, title: i.title, date: i.startDate, edge: "start" });
    if (isIsoDate(i.endDate) && i.endDate !== i.startDate)
      markers.push({ improvementId: i.id, title: i.title, date: i.endDate, edge: "end" });
  }
  return markers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// ─── The journey dashboard ────────────────────────────────────────────────────

export interface JourneyDashboard {
  painCounts: Record<PainKind, Record<PainStatus, number>>;
  painTotal: number;
  steps: number;
  /** Steps that at least one coded excerpt is linked to. */
  stepsWithEvidence: number;
  /** stepsWithEvidence as a share of steps, 0 to 1; 0 when the journey has no steps. */
  evidenceShare: number;
  /** Thunderclouds and blisters by priority score, highest first; open ones first on a tie; at most 10. */
  topPains: PainPointRecord[];
  improvementCounts: Record<ImprovementStatus, number>;
  inProgress: ImprovementRecord[];
  indicators: { indicator: IndicatorRecord; change: IndicatorChange | null }[];
}

export const TOP_PAINS = 10;

export function journeyDashboard(records: Records, journey: JourneyRecord): JourneyDashboard {
  const pains: PainPointRecord[] = [];
  const steps: StepRecord[] = [];
  const improvements: ImprovementRecord[] = [];
  const indicators: IndicatorRecord[] = [];
  const evidenced = new Set<string>();
  for (const record of Object.values(records)) {
    if (record.typeName === "excerpt") for (const id of record.stepIds) evidenced.add(id);
    else if (journeyIdOf(record) !== journey.id) continue;
    else if (record.typeName === "painpoint") pains.push(record);
    else if (record.typeName === "step") steps.push(record);
    else if (record.typeName === "improvement") improvements.push(record);
    else if (record.typeName === "indicator") indicators.push(record);
  }
  const painCounts = Object.fromEntries(
    PAIN_KINDS.map((k) => [k, Object.fromEntries(PAIN_STATUSES.map((s) => [s, 0]))]),
  ) as Record<PainKind, Record<PainStatus, number>>;
  for (const pain of pains) painCounts[pain.kind][pain.status] += 1;
  const stepsWithEvidence = steps.filter((s) => evidenced.has(s.id)).length;
  const topPains = pains
    .filter((p) => p.kind !== "brightspot")
    .sort(
      (a, b) =>
        priorityScore(b) - priorityScore(a) ||
        Number(isOpen(b)) - Number(isOpen(a)) ||
        a.title.localeCompare(b.title),
    )
    .slice(0, TOP_PAINS);
  const improvementCounts = Object.fromEntries(IMPROVEMENT_STATUSES.map((s) => [s, 0])) as Record<
    ImprovementStatus,
    number
  >;
  for (const i of improvements) improvementCounts[i.status] += 1;
  return {
    painCounts,
    painTotal: pains.length,
    steps: steps.length,
    stepsWithEvidence,
    evidenceShare: steps.length === 0 ? 0 : stepsWithEvidence / steps.length,
    topPains,
    improvementCounts,
    inProgress: improvements
      .filter((i) => i.status === "in-progress")
      .sort((a, b) => a.title.localeCompare(b.title)),
    indicators: indicators
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((indicator) => ({ indicator, change: indicatorChange(indicator) })),
  };
}
