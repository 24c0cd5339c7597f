import type { Records } from "@/model/types";

/**
 * The one CSV writer of every table export, made to open correctly in Excel in a Nordic
 * locale: UTF-8 with a byte-order mark, CRLF line ends, a choice of ";" or "," between cells,
 * and text cells that start with = + - @ tab or CR neutralised with a leading apostrophe so a
 * spreadsheet never runs them as formulas (OWASP "CSV injection"). With ";" numbers get a
 * decimal comma, as a Nordic Excel expects; numbers are written by this code from finite
 * values, so a negative number ("-3") stays a number and is not neutralised.
 */

export type CsvDelimiter = ";" | ",";

export const CSV_DELIMITERS: readonly CsvDelimiter[] = [";", ","];

export interface CsvOptions {
  delimiter: CsvDelimiter;
  /** Only this journey's rows; every journey when absent. */
  journeyId?: string;
}

export const BOM = "\uFEFF";

export const CSV_MIME_TYPE = "text/csv";

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

/** Lists inside one cell are joined with " | ", which neither delimiter nor Excel reads as a split. */
export function joinList(items: readonly string[]): string {
  return items.join(" | ");
}

/** A record's human name, for cells that point at another record; empty when it is gone. */
export function nameOf(records: Records, id: string): string {
  const record = records[id];
  if (!record) return "";
  switch (record.typeName) {
    case "journey":
    case "code":
    case "indicator":
      return record.name;
    case "edge":
      return record.label;
    case "excerpt":
      return record.quote;
    default:
      return record.title;
  }
}

/** Rows of one journey when the options name one; every row otherwise. */
export function inJourney<T extends { journeyId: string }>(list: T[], options: CsvOptions): T[] {
  return options.journeyId ? list.filter((r) => r.journeyId === options.journeyId) : list;
}

/** Compares names as people sort them; one collator is faster than localeCompare on big tables. */
export const compareText = new Intl.Collator().compare;

/** Compares rows by their journey's name, so a workspace table groups each journey's rows. */
export function byJourneyName(records: Records, a: { journeyId: string }, b: { journeyId: string }): number {
  return compareText(nameOf(records, a.journeyId), nameOf(records, b.journeyId));
}
