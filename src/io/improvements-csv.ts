import { isImprovement, isIndicator, sortMeasurements } from "@/model/improvements";
import {
  IMPROVEMENT_STATUSES,
  type ImprovementRecord,
  type IndicatorRecord,
  type Records,
} from "@/model/types";

/**
 * Improvements and measurements as CSV that opens correctly in Excel in a Nordic locale:
 * UTF-8 with a byte-order mark, CRLF line ends, a choice of ";" or "," between cells, and
 * text cells that start with = + - @ tab or CR neutralised with a leading apostrophe so a
 * spreadsheet never runs them as formulas (OWASP "CSV injection"). With ";" numbers get a
 * decimal comma, as a Nordic Excel expects; numbers are written by this code from finite
 * values, so a negative number ("-3") stays a number and is not neutralised.
 */

export type CsvDelimiter = ";" | ",";

export interface CsvOptions {
  delimiter: CsvDelimiter;
  /** Only this journey's rows; every journey when absent. */
  journeyId?: string;
}

export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would read as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue, delimiter: CsvDelimiter): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    const text = String(value);
    return delimiter === ";" ? text.replace(".", ",") : text;
  }
  const text = neutralise(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: BOM first, CRLF after every row. */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter: CsvDelimiter): string {
  return BOM + rows.map((row) => `${row.map((v) => csvCell(v, delimiter)).join(delimiter)}\r\n`).join("");
}

function nameOf(records: Records, id: string): string {
  const record = records[id];
  if (!record) return "";
  if (record.typeName === "journey") return record.name;
  if (record.typeName === "step" || record.typeName === "painpoint" || record.typeName === "improvement")
    return record.title;
  return "";
}

function inJourney<T extends { journeyId: string }>(list: T[], options: CsvOptions): T[] {
  return options.journeyId ? list.filter((r) => r.journeyId === options.journeyId) : list;
}

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
    (a, b) =>
      nameOf(records, a.journeyId).localeCompare(nameOf(records, b.journeyId)) ||
      order(a) - order(b) ||
      a.title.localeCompare(b.title),
  );
  const rows = improvements.map((i) => [
    nameOf(records, i.journeyId),
    i.title,
    i.description,
    i.owner,
    i.status,
    i.startDate,
    i.endDate,
    i.painPointIds.map((id) => nameOf(records, id)).join(" | "),
    i.stepIds.map((id) => nameOf(records, id)).join(" | "),
    indicators
      .filter((ind) => ind.attachedTo === i.id)
      .map((ind) => ind.name)
      .join(" | "),
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
  indicators.sort(
    (a, b) =>
      nameOf(records, a.journeyId).localeCompare(nameOf(records, b.journeyId)) ||
      a.name.localeCompare(b.name),
  );
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
