import type { SourceKind, SourceRecord } from "@/model/types";

/** A source as the importer produces it; the store gives it an id and timestamps. */
export type NewSource = Omit<SourceRecord, "id" | "createdAt" | "updatedAt">;

export const TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Why a row was not imported (an error) or was imported with a caveat (a warning).
 * `reason` is an English sentence for logs and tests; the UI can translate by `code`.
 */
export type IssueCode =
  /** A quoted field never closes; the row is skipped and parsing resumes on the next line. */
  | "unterminated-quote"
  /** A quote inside a quoted field is not doubled; the row is imported as Papa read it. */
  | "malformed-quote"
  /** More non-empty fields than columns. */
  | "too-many-fields"
  /** Fewer fields than columns, beyond the tolerance. */
  | "too-few-fields"
  /** Fewer fields than columns, within the tolerance: padded with empty cells. */
  | "padded"
  /** Interview mode: the text cell is empty. */
  | "empty-text"
  /** The date cell could not be read; the source gets an empty date. */
  | "bad-date"
  /** The date was read as month/day/year because day/month/year is impossible. */
  | "us-date"
  /** Measurements: the date cell is empty. */
  | "empty-date"
  /** Measurements: the value cell is empty. */
  | "empty-value"
  /** Measurements: the value is not a number. */
  | "bad-number"
  /** Measurements: the indicator already has a measurement on the row's date. */
  | "date-measured"
  /** Measurements: an earlier row of the file has the same date. */
  | "date-repeated";

export interface ImportIssue {
  /** 1-based physical line in the file where the row starts (the `sep=` line and header count). */
  line: number;
  code: IssueCode;
  reason: string;
  /** The column the issue is about, by its header label. */
  column?: string;
  /** The cell's text, when the issue is about what it says (a date or number that cannot be read). */
  value?: string;
}

/** Where the header is and which rows to leave out. */
export interface TableOptions {
  /** Whether the file has a header row. Default true; without one, columns are "Column 1", "Column 2", … */
  hasHeader?: boolean;
  /** Non-empty records before the header to ignore (titles above the table). Default 0. */
  headerRow?: number;
  /**
   * Non-empty records right after the header to ignore, such as the question-text and
   * ImportId rows of a Qualtrics export. Default 0.
   */
  skipRows?: number;
}

/** One record of the file, with the physical line it starts on. */
export interface TableRow {
  line: number;
  cells: string[];
}

export type ImportMode = "interview" | "survey";

/**
 * Which column holds what, by 0-based column index (header labels can repeat).
 * `null` means "not in the file".
 */
export interface ColumnMapping {
  mode: ImportMode;
  /** Interview mode: the note's text. Ignored in survey mode. */
  text: number | null;
  respondent: number | null;
  role: number | null;
  date: number | null;
  title: number | null;
  interviewer?: number | null;
  /** Tags, split on `,` `;` or `|`. */
  tags?: number | null;
  /** Ratings and attributes (age group, office…): copied into `attributes` under the header label. */
  attributes: number[];
  /** Survey mode: each non-empty cell of these columns becomes one answer. Ignored in interview mode. */
  openText: number[];
}

export interface MapOptions {
  /** Interview mode only: the kind of each source. Default "interview"; survey mode always gives "survey". */
  kind?: SourceKind;
  /** Fewer fields than columns up to this many are padded (with a warning); more is an error. Default 1. */
  raggedTolerance?: number;
  /** Put before generated titles: `"<prefix> — P01"`. Usually the file name without extension. */
  titlePrefix?: string;
  /** Tags given to every source, e.g. the file name or the survey wave. */
  tags?: string[];
  /** Survey mode, no respondent column: pseudonyms are `<prefix><n>` by data row. Default "R-". */
  respondentPrefix?: string;
}

export interface MapResult {
  sources: NewSource[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Survey mode: empty answer cells (not an error: respondents skip questions). */
  emptyAnswers: number;
}

/** Measurements: which column holds the date, the value and (optionally) a note, by 0-based index. */
export interface MeasurementColumns {
  date: number | null;
  value: number | null;
  note: number | null;
}

/** A measurement as the importer reads it; the store gives it an id. */
export interface NewMeasurement {
  /** yyyy-mm-dd */
  date: string;
  value: number;
  note: string;
  /** The row's line in the file, for warnings about it. */
  line: number;
}
