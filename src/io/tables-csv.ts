import { excerptJourneys, isExcerpt, isSource, respondentKey } from "@/model/evidence";
import { isImprovement } from "@/model/improvements";
import { priorityScore } from "@/model/painpoints";
import { isJourney, isPain, isStep } from "@/model/records";
import type { ExcerptRecord, ImprovementRecord, Records, StepRecord } from "@/model/types";
import {
  byJourneyName,
  type CsvOptions,
  compareText,
  inJourney,
  joinList,
  nameOf,
  toCsv,
} from "./csv-writer";
import { improvementsCsv, measurementsCsv } from "./improvements-csv";
import { safeFileName } from "./workspace-file";

/**
 * The pain-point, excerpt and step tables as CSV, written with the shared writer
 * (csv-writer.ts). Column names are English and choices are written as the file format's
 * codes ("thundercloud", "job-seeker"), so the tables read the same in every language and
 * can be filtered reliably; lists in one cell are joined with " | ".
 */

function excerptsOf(records: Records): ExcerptRecord[] {
  return Object.values(records).filter(isExcerpt);
}

/** How many excerpts point at each id (a step, an edge or a pain point). */
function countLinks(excerpts: readonly ExcerptRecord[], ids: (e: ExcerptRecord) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const excerpt of excerpts) {
    for (const id of new Set(ids(excerpt))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The titles of the improvements that point at each id through `ids`. */
function improvementTitles(records: Records, ids: (i: ImprovementRecord) => readonly string[]) {
  const titles = new Map<string, string[]>();
  const improvements = Object.values(records)
    .filter(isImprovement)
    .sort((a, b) => compareText(a.title, b.title));
  for (const improvement of improvements) {
    for (const id of ids(improvement)) titles.set(id, [...(titles.get(id) ?? []), improvement.title]);
  }
  return titles;
}

function stageName(records: Records, step: StepRecord): string {
  const journey = records[step.journeyId];
  return isJourney(journey) ? (journey.stages.find((s) => s.id === step.stageId)?.name ?? "") : "";
}

function laneName(records: Records, step: StepRecord): string {
  const journey = records[step.journeyId];
  return isJourney(journey) ? (journey.lanes.find((l) => l.id === step.laneId)?.name ?? "") : "";
}

export const PAIN_POINT_COLUMNS = [
  "Journey",
  "Kind",
  "Pain point",
  "Description",
  "Severity",
  "Frequency",
  "Priority",
  "Status",
  "Owner",
  "Steps",
  "Stages",
  "Causes",
  "Evidence",
  "Improvements",
  "Note",
  "Created",
  "Updated",
  "Pain point ID",
] as const;

/**
 * One row per pain point, by journey, then highest priority first, then title. "Priority" is
 * severity × frequency weight, as on the map; "Evidence" counts the excerpts linked to it.
 */
export function painPointsCsv(records: Records, options: CsvOptions): string {
  const pains = inJourney(Object.values(records).filter(isPain), options);
  pains.sort(
    (a, b) =>
      byJourneyName(records, a, b) || priorityScore(b) - priorityScore(a) || compareText(a.title, b.title),
  );
  const evidence = countLinks(excerptsOf(records), (e) => e.painPointIds);
  const improvements = improvementTitles(records, (i) => i.painPointIds);
  const rows = pains.map((pain) => {
    const steps = pain.stepIds.map((id) => records[id]).filter(isStep);
    return [
      nameOf(records, pain.journeyId),
      pain.kind,
      pain.title,
      pain.description,
      pain.severity,
      pain.frequency,
      priorityScore(pain),
      pain.status,
      pain.owner,
      joinList(steps.map((s) => s.title)),
      joinList([...new Set(steps.map((s) => stageName(records, s)))]),
      joinList(pain.causes.map((id) => nameOf(records, id)).filter(Boolean)),
      evidence.get(pain.id) ?? 0,
      joinList(improvements.get(pain.id) ?? []),
      pain.note,
      pain.createdAt,
      pain.updatedAt,
      pain.id,
    ];
  });
  return toCsv([PAIN_POINT_COLUMNS, ...rows], options.delimiter);
}

export const EXCERPT_COLUMNS = [
  "Quote",
  "Source",
  "Source kind",
  "Respondent",
  "Respondent role",
  "Date",
  "Codes",
  "Coder",
  "Steps",
  "Pain points",
  "Journeys",
  "Note",
  "Excerpt ID",
  "Source ID",
] as const;

/**
 * One row per coded excerpt, by source title and then by place in the source's text. In a
 * journey, only the excerpts linked to one of its steps, hand-offs or pain points; in the
 * workspace, every excerpt, linked or not.
 */
export function excerptsCsv(records: Records, options: CsvOptions): string {
  const names = (ids: readonly string[]) => joinList(ids.map((id) => nameOf(records, id)).filter(Boolean));
  const rows = [];
  for (const excerpt of excerptsOf(records)) {
    const source = records[excerpt.sourceId];
    const journeys = excerptJourneys(records, excerpt);
    if (!isSource(source) || (options.journeyId && !journeys.includes(options.journeyId))) continue;
    rows.push({ excerpt, source, journeys });
  }
  rows.sort(
    (a, b) =>
      compareText(a.source.title, b.source.title) ||
      (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0) ||
      a.excerpt.start - b.excerpt.start ||
      a.excerpt.end - b.excerpt.end,
  );
  const cells = rows.map(({ excerpt, source, journeys }) => [
    excerpt.quote,
    source.title,
    source.kind,
    source.respondent,
    source.respondentRole,
    source.date,
    names(excerpt.codeIds),
    excerpt.coder,
    names(excerpt.stepIds),
    names(excerpt.painPointIds),
    names(journeys),
    excerpt.note,
    excerpt.id,
    source.id,
  ]);
  return toCsv([EXCERPT_COLUMNS, ...cells], options.delimiter);
}

export const STEP_COLUMNS = [
  "Journey",
  "Stage",
  "Lane",
  "Step",
  "Description",
  "Channel",
  "Role",
  "Emotion",
  "Pain points",
  "Evidence",
  "Respondents",
  "Improvements",
  "Step ID",
] as const;

/**
 * One row per step, by journey and then in reading order (stage by stage, lane by lane, top
 * to bottom). "Emotion" is the value set by hand (−2…+2), empty when it follows the pain
 * points; "Evidence" counts linked excerpts and "Respondents" the different people in them.
 */
export function stepsCsv(records: Records, options: CsvOptions): string {
  const steps = inJourney(Object.values(records).filter(isStep), options);
  const order = (step: StepRecord) => {
    const journey = records[step.journeyId];
    if (!isJourney(journey)) return [0, 0];
    return [
      journey.stages.findIndex((s) => s.id === step.stageId),
      journey.lanes.findIndex((l) => l.id === step.laneId),
    ];
  };
  steps.sort((a, b) => {
    const [sa, la] = order(a);
    const [sb, lb] = order(b);
    return byJourneyName(records, a, b) || sa! - sb! || la! - lb! || a.y - b.y || a.x - b.x;
  });
  const excerpts = excerptsOf(records);
  const evidence = countLinks(excerpts, (e) => e.stepIds);
  const respondents = new Map<string, Set<string>>();
  for (const excerpt of excerpts) {
    const source = records[excerpt.sourceId];
    if (!isSource(source)) continue;
    for (const id of excerpt.stepIds) {
      respondents.set(id, (respondents.get(id) ?? new Set()).add(respondentKey(source)));
    }
  }
  const pains = new Map<string, string[]>();
  for (const pain of Object.values(records).filter(isPain)) {
    for (const id of pain.stepIds) pains.set(id, [...(pains.get(id) ?? []), pain.title]);
  }
  const improvements = improvementTitles(records, (i) => i.stepIds);
  const rows = steps.map((step) => [
    nameOf(records, step.journeyId),
    stageName(records, step),
    laneName(records, step),
    step.title,
    step.description,
    step.channel,
    step.role,
    step.emotion ?? null,
    joinList(pains.get(step.id) ?? []),
    evidence.get(step.id) ?? 0,
    respondents.get(step.id)?.size ?? 0,
    joinList(improvements.get(step.id) ?? []),
    step.id,
  ]);
  return toCsv([STEP_COLUMNS, ...rows], options.delimiter);
}

/** Every table the Export menu offers, by the name the command takes. */
export const TABLES = {
  painpoints: painPointsCsv,
  excerpts: excerptsCsv,
  steps: stepsCsv,
  improvements: improvementsCsv,
  measurements: measurementsCsv,
} as const satisfies Record<string, (records: Records, options: CsvOptions) => string>;

export type TableName = keyof typeof TABLES;

const FILE_PARTS: Record<TableName, string> = {
  painpoints: "pain-points",
  excerpts: "excerpts",
  steps: "steps",
  improvements: "improvements",
  measurements: "measurements",
};

/** "<journey> - pain-points.csv" for one journey; "journey-mapper-pain-points-<date>.csv" for the workspace. */
export function tableFileName(
  records: Records,
  table: TableName,
  journeyId: string | undefined,
  now: string,
) {
  const journey = journeyId ? records[journeyId] : undefined;
  const name = isJourney(journey) ? safeFileName(journey.name) : "";
  return name
    ? `${name} - ${FILE_PARTS[table]}.csv`
    : `journey-mapper-${FILE_PARTS[table]}-${now.slice(0, 10)}.csv`;
}
