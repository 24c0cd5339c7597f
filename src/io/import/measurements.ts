import { parseNumber } from "@/model/improvements";
import { parseDate } from "./dates";
import { columnStats, HINTS } from "./mapping";
import { normaliseRoleText } from "./roles";
import type { ImportIssue, MeasurementColumns, NewMeasurement, TableRow } from "./types";

/**
 * Rows of a table to an indicator's measurements: one per row, a date and a number. The same
 * file reading as sources (encoding, delimiter, quotes, line numbers); what differs is that
 * a row without a readable date or number is an error and is not imported, since a measurement
 * without either means nothing. Dates are read as for sources (`parseDate`: ISO, d.m.yyyy,
 * dd/mm/yyyy…); numbers as the measurement form reads them (`parseNumber`: decimal comma,
 * spaces between thousands, a typographic minus).
 */

export interface MeasurementResult {
  measurements: NewMeasurement[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** What still blocks the import: a date and a value column, and not the same one. */
export function measurementColumnProblems(
  columns: MeasurementColumns,
  columnCount: number,
): ("date" | "value" | "same")[] {
  const problems: ("date" | "value" | "same")[] = [];
  const exists = (i: number | null) => i !== null && i >= 0 && i < columnCount;
  if (!exists(columns.date)) problems.push("date");
  if (!exists(columns.value)) problems.push("value");
  if (columns.date !== null && columns.date === columns.value) problems.push("same");
  return problems;
}

const VALUE_HINT =
  /\b(value|varde|arvo|result|resultat|tulos|measurement|matning|matvarde|mittaus|count|antal|maara|minutes|minuter|minuuttia|percent|procent|prosentti)\b/;
const NOTE_HINT =
  /\b(note|notes|comment|comments|anteckning|anteckningar|kommentar|kommentti|huomautus|huomautukset|muistiinpano|lisatieto)\b/;

/** A first choice of columns from header words (English, Swedish, Finnish) and the values in the first rows. */
export function guessMeasurementColumns(
  header: readonly string[],
  rows: readonly TableRow[],
): MeasurementColumns {
  const names = header.map((h) => normaliseRoleText(h).replace(/[-/]/g, " "));
  const stats = header.map((_, i) => columnStats(rows.slice(0, 200), i));
  const all = header.map((_, i) => i);
  const date =
    all.find((i) => HINTS.date.test(names[i]!)) ??
    all.find((i) => stats[i]!.dates) ??
    (header.length > 1 ? 0 : null);
  const rest = all.filter((i) => i !== date);
  const value =
    rest.find((i) => VALUE_HINT.test(names[i]!)) ??
    rest.find((i) => stats[i]!.numeric) ??
    rest.find((i) => stats[i]!.filled > 0) ??
    null;
  const note = rest.find((i) => i !== value && NOTE_HINT.test(names[i]!)) ?? null;
  return { date, value, note };
}

export function mapMeasurements(
  header: readonly string[],
  rows: readonly TableRow[],
  columns: MeasurementColumns,
): MeasurementResult {
  const problems = measurementColumnProblems(columns, header.length);
  if (problems.length > 0) throw new Error(`The measurement columns are not chosen: ${problems.join(", ")}.`);
  const dateColumn = columns.date!;
  const valueColumn = columns.value!;
  const label = (i: number) => header[i] ?? `Column ${i + 1}`;
  const measurements: NewMeasurement[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  for (const row of rows) {
    const cell = (i: number) => (row.cells[i] ?? "").trim();
    const dateText = cell(dateColumn);
    const valueText = cell(valueColumn);
    const rowErrors: ImportIssue[] = [];
    const parsed = parseDate(dateText);
    if (dateText === "") {
      rowErrors.push({
        line: row.line,
        code: "empty-date",
        reason: `Line ${row.line}: no date.`,
        column: label(dateColumn),
      });
    } else if (parsed.date === "") {
      rowErrors.push({
        line: row.line,
        code: "bad-date",
        reason: `Line ${row.line}: "${dateText}" is not a date.`,
        column: label(dateColumn),
        value: dateText,
      });
    }
    const value = parseNumber(valueText);
    if (valueText === "") {
      rowErrors.push({
        line: row.line,
        code: "empty-value",
        reason: `Line ${row.line}: no value.`,
        column: label(valueColumn),
      });
    } else if (value === null) {
      rowErrors.push({
        line: row.line,
        code: "bad-number",
        reason: `Line ${row.line}: "${valueText}" is not a number.`,
        column: label(valueColumn),
        value: valueText,
      });
    }
    if (rowErrors.length > 0) {
      for (const error of rowErrors) errors.push(error);
      continue;
    }
    if (parsed.warning === "us-date") {
      warnings.push({
        line: row.line,
        code: "us-date",
        reason: `Line ${row.line}: "${dateText}" was read month first, as ${parsed.date}.`,
        column: label(dateColumn),
        value: dateText,
      });
    }
    measurements.push({
      date: parsed.date,
      value: value!,
      note: columns.note === null ? "" : cell(columns.note),
      line: row.line,
    });
  }
  return { measurements, errors, warnings };
}

/**
 * Rows on a date that already has a measurement: in the indicator (`date-measured`), or on an
 * earlier row of the file (`date-repeated`). The user then chooses to replace or keep both, so
 * these are warnings, one per row, with the date in `value`.
 */
export function sameDateIssues(
  existing: readonly { date: string }[],
  rows: readonly NewMeasurement[],
): ImportIssue[] {
  const measured = new Set(existing.map((m) => m.date));
  const firstLine = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const earlier = firstLine.get(row.date);
    if (measured.has(row.date)) {
      issues.push({
        line: row.line,
        code: "date-measured",
        reason: `Line ${row.line}: ${row.date} already has a measurement.`,
        value: row.date,
      });
    } else if (earlier !== undefined) {
      issues.push({
        line: row.line,
        code: "date-repeated",
        reason: `Line ${row.line}: ${row.date} is also on line ${earlier}.`,
        value: row.date,
      });
    }
    if (earlier === undefined) firstLine.set(row.date, row.line);
  }
  return issues;
}
