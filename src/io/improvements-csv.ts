import { isImprovement, isIndicator, sortMeasurements } from "@/model/improvements";
import {
  IMPROVEMENT_STATUSES,
  type ImprovementRecord,
  type IndicatorRecord,
  type Records,
} from "@/model/types";
import {
  byJourneyName,
  type CsvOptions,
  type CsvValue,
  compareText,
  inJourney,
  joinList,
  nameOf,
  toCsv,
} from "./csv-writer";

/**
 * Improvements and measurements as CSV, written with the shared writer (csv-writer.ts): UTF-8
 * with a BOM, CRLF, ";" or ",", formula-like text neutralised.
 */

export const IMPROVEMENT_COLUMNS = [
  "Journey",
  "Improvement",
  "Description",
  "Owner",
  "Status",
  "Start date",
  "End date",
  "Pain points",
  "Steps",
  "Indicators",
  "Created",
  "Updated",
  "Improvement ID",
] as const;

/** One row per improvement, by journey, then status in flow order, then title. Lists are joined with " | ". */
export function improvementsCsv(records: Records, options: CsvOptions): string {
  const all = Object.values(records);
  const improvements = inJourney(all.filter(isImprovement), options);
  const indicators = all.filter(isIndicator);
  const order = (i: ImprovementRecord) => IMPROVEMENT_STATUSES.indexOf(i.status);
  improvements.sort(
    (a, b) => byJourneyName(records, a, b) || order(a) - order(b) || compareText(a.title, b.title),
  );
  const rows = improvements.map((i) => [
    nameOf(records, i.journeyId),
    i.title,
    i.description,
    i.owner,
    i.status,
    i.startDate,
    i.endDate,
    joinList(i.painPointIds.map((id) => nameOf(records, id))),
    joinList(i.stepIds.map((id) => nameOf(records, id))),
    joinList(indicators.filter((ind) => ind.attachedTo === i.id).map((ind) => ind.name)),
    i.createdAt,
    i.updatedAt,
    i.id,
  ]);
  return toCsv([IMPROVEMENT_COLUMNS, ...rows], options.delimiter);
}

export const MEASUREMENT_COLUMNS = [
  "Journey",
  "Indicator",
  "Unit",
  "Better when",
  "Target",
  "Measures",
  "Date",
  "Value",
  "Note",
  "Indicator ID",
  "Measurement ID",
] as const;

/** What an indicator is attached to, by name: the journey, a step or an improvement. */
function measures(records: Records, indicator: IndicatorRecord): string {
  if (indicator.attachedTo === indicator.journeyId) return "Journey";
  const record = records[indicator.attachedTo];
  if (record?.typeName === "step") return `Step: ${record.title}`;
  if (record?.typeName === "improvement") return `Improvement: ${record.title}`;
  return "";
}

/**
 * One row per measurement, by journey, indicator and date. An indicator without measurements
 * still gets one row with empty date and value, so it is not lost from the table.
 */
export function measurementsCsv(records: Records, options: CsvOptions): string {
  const indicators = inJourney(Object.values(records).filter(isIndicator), options);
  indicators.sort((a, b) => byJourneyName(records, a, b) || compareText(a.name, b.name));
  const rows: CsvValue[][] = [];
  for (const indicator of indicators) {
    const head = [
      nameOf(records, indicator.journeyId),
      indicator.name,
      indicator.unit,
      indicator.better,
      indicator.target,
      measures(records, indicator),
    ];
    const list = sortMeasurements(indicator.measurements);
    if (list.length === 0) rows.push([...head, "", null, "", indicator.id, ""]);
    for (const m of list) rows.push([...head, m.date, m.value, m.note, indicator.id, m.id]);
  }
  return toCsv([MEASUREMENT_COLUMNS, ...rows], options.delimiter);
}
