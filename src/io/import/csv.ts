import Papa from "papaparse";
import { abortError } from "./abort";
import { readSepLine } from "./delimiter";
import type { Delimiter, ImportIssue, TableOptions, TableRow } from "./types";

/**
 * CSV/TSV text to records, each with the physical line of the file it starts on.
 *
 * Papa parses (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes); everything
 * around it is ours:
 * - an Excel `sep=` first line and a leading BOM are dropped (the line still counts);
 * - line breaks are normalised to `\n` before parsing, so CRLF, LF and lone CR files, and
 *   files that mix them (CRLF rows with LF inside quoted notes, as Excel writes), all split the
 *   same way, and cells never keep a stray `\r`;
 * - no type conversion: `0700`, `3,5` and `=SUM(A1)` stay the text they are;
 * - blank and whitespace-only records (Excel's trailing `;;;` lines) are skipped;
 * - the text is parsed in slices of a few thousand rows (Papa's `step` and `abort`, then a new
 *   parse from the cursor), so a worker can report progress and notice a cancel in between;
 * - a quoted field that never closes is an error on the line where its record starts, and
 *   parsing resumes on the next line instead of swallowing the rest of the file.
 */

export interface PreparedText {
  /** The text to parse: no BOM, no `sep=` line, `\n` line breaks. */
  text: string;
  /** Physical lines before `text` starts (1 when a `sep=` line was dropped). */
  lineOffset: number;
  sepLine: boolean;
}

export function prepareText(raw: string): PreparedText {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const sep = readSepLine(text);
  if (sep) text = text.slice(sep.length);
  if (text.indexOf("\r") !== -1) text = text.replace(/\r\n?/g, "\n");
  return { text, lineOffset: sep ? 1 : 0, sepLine: sep !== undefined };
}

export interface ReadBudget {
  /** Stop after this many rows (blank ones included). */
  rows: number;
  /** Stop once this many characters are consumed. */
  chars?: number;
}

export interface ReadResult {
  records: TableRow[];
  /** Parse problems: `unterminated-quote` rows were not returned; `malformed-quote` rows were. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
  done: boolean;
}

export interface RecordReader {
  read(budget: ReadBudget): ReadResult;
  /** How much of the text is parsed, 0…1. */
  fraction(): number;
  /** Rows read so far, blank ones included. */
  rowsRead(): number;
  readonly sepLine: boolean;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

function spansLines(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.indexOf("\n") !== -1) return true;
  return false;
}

/** Reads records of a CSV/TSV text a slice at a time. */
export function createRecordReader(raw: string, delimiter: Delimiter): RecordReader {
  const { text, lineOffset, sepLine } = prepareText(raw);
  let pos = 0;
  let done = text.length === 0;
  let rowsRead = 0;
  // Line counting: the line of `countedPos` is `countedLine`; both only move forward.
  let countedPos = 0;
  let countedLine = 1 + lineOffset;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf("\n", countedPos); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      countedLine++;
    }
    countedPos = offset;
    return countedLine;
  };

  function read(budget: ReadBudget): ReadResult {
    const records: TableRow[] = [];
    const errors: ImportIssue[] = [];
    const warnings: ImportIssue[] = [];
    if (done) return { records, errors, warnings, done };
    const base = pos;
    const segment = base === 0 ? text : text.substring(base);
    let rows = 0;
    let lastEnd = 0;
    let stopped = false;
    let resumeAt: number | undefined;
    let resumeLine = 0;
    Papa.parse<string[]>(segment, {
      delimiter,
      newline: "\n",
      quoteChar: '"',
      escapeChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      fastMode: false,
      step: (result, parser) => {
        const start = lastEnd;
        lastEnd = result.meta.cursor;
        rows++;
        const line = lineAt(base + start);
        const cells = result.data;
        const unterminated = result.errors.some((e) => e.code === "MissingQuotes");
        const malformed = result.errors.some((e) => e.code === "InvalidQuotes");
        if (unterminated || (malformed && spansLines(cells))) {
          errors.push({
            line,
            code: "unterminated-quote",
            reason: unterminated
              ? `A quoted field starting on line ${line} is never closed; the row was skipped.`
              : `A quote on line ${line} is not closed properly, so the row ran into the next lines; it was skipped.`,
          });
          const nl = text.indexOf("\n", base + start);
          resumeAt = nl === -1 ? text.length : nl + 1;
          resumeLine = line + 1;
          stopped = true;
          parser.abort();
          return;
        }
        if (malformed) {
          warnings.push({
            line,
            code: "malformed-quote",
            reason: `Line ${line} has a quote inside a quoted field that is not doubled; check the row.`,
          });
        }
        if (!isBlank(cells)) records.push({ line, cells });
        if (rows >= budget.rows || (budget.chars !== undefined && lastEnd >= budget.chars)) {
          stopped = true;
          parser.abort();
        }
      },
    });
    rowsRead += rows;
    if (resumeAt !== undefined) {
      pos = resumeAt;
      countedPos = resumeAt;
      countedLine = resumeLine;
    } else if (stopped) {
      pos = base + lastEnd;
    } else {
      pos = text.length;
    }
    if (pos >= text.length) done = true;
    return { records, errors, warnings, done };
  }

  return {
    read,
    fraction: () => (text.length === 0 ? 1 : pos / text.length),
    rowsRead: () => rowsRead,
    sepLine,
  };
}

/** Rows per slice: small enough to notice a cancel often, large enough that slicing costs nothing. */
export const SLICE_ROWS = 5000;
const SLICE_CHARS = 2_000_000;

export interface ParsedCsv {
  records: TableRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  sepLine: boolean;
}

/** Parses a whole CSV/TSV text at once. */
export function parseCsv(raw: string, delimiter: Delimiter): ParsedCsv {
  const reader = createRecordReader(raw, delimiter);
  const records: TableRow[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  for (;;) {
    const slice = reader.read({ rows: SLICE_ROWS, chars: SLICE_CHARS });
    for (const r of slice.records) records.push(r);
    errors.push(...slice.errors);
    warnings.push(...slice.warnings);
    if (slice.done) break;
  }
  return { records, errors, warnings, sepLine: reader.sepLine };
}

export interface ParseProgress {
  /** Records read so far (blank ones included). */
  rows: number;
  /** 0…1 of the text. */
  fraction: number;
}

export interface AsyncParseOptions {
  onProgress?: (progress: ParseProgress) => void;
  /** Checked between slices; when aborted, the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Lets other tasks (a cancel message) run between slices. Default: a macrotask. */
  yieldToLoop?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Parses a CSV/TSV text slice by slice, yielding to the event loop in between. */
export async function parseCsvAsync(
  raw: string,
  delimiter: Delimiter,
  options: AsyncParseOptions = {},
): Promise<ParsedCsv> {
  const yieldToLoop = options.yieldToLoop ?? defaultYield;
  const reader = createRecordReader(raw, delimiter);
  const records: TableRow[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  for (;;) {
    if (options.signal?.aborted) throw abortError();
    const slice = reader.read({ rows: SLICE_ROWS, chars: SLICE_CHARS });
    for (const r of slice.records) records.push(r);
    errors.push(...slice.errors);
    warnings.push(...slice.warnings);
    options.onProgress?.({ rows: reader.rowsRead(), fraction: reader.fraction() });
    if (slice.done) break;
    await yieldToLoop();
  }
  if (options.signal?.aborted) throw abortError();
  return { records, errors, warnings, sepLine: reader.sepLine };
}

// Header and table shape

export interface Table {
  /** Column labels: trimmed, blanks as "Column N", repeats as "Q5 (2)". */
  header: string[];
  /** The header's labels as in the file (before trimming and de-duplicating); empty without a header. */
  rawHeader: string[];
  /** Line of the header row, if there is one. */
  headerLine: number | null;
  rows: TableRow[];
  /** Number of columns: the header's, or more if most rows have more (the extra get "Column N"). */
  columnCount: number;
}

/** Unique, non-blank column labels. */
export function dedupeHeader(labels: readonly string[]): string[] {
  const used = new Set<string>();
  return labels.map((raw, i) => {
    const base = raw.trim() || `Column ${i + 1}`;
    let label = base;
    for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
    used.add(label);
    return label;
  });
}

/** Number of fields without trailing empty ones. */
export function fieldCount(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === "") n--;
  return n;
}

function modalCount(rows: readonly TableRow[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestSeen = 0;
  for (const row of rows) {
    const n = row.cells.length;
    const seen = (counts.get(n) ?? 0) + 1;
    counts.set(n, seen);
    if (seen > bestSeen || (seen === bestSeen && n > best)) {
      best = n;
      bestSeen = seen;
    }
  }
  return best;
}

/** Splits records into header and data rows. */
export function buildTable(records: readonly TableRow[], options: TableOptions = {}): Table {
  const hasHeader = options.hasHeader ?? true;
  let i = Math.max(0, options.headerRow ?? 0);
  let rawHeader: string[] = [];
  let headerLine: number | null = null;
  if (hasHeader && i < records.length) {
    rawHeader = records[i]!.cells;
    headerLine = records[i]!.line;
    i++;
  }
  i += Math.max(0, options.skipRows ?? 0);
  const rows = records.slice(i);
  const labelled = hasHeader ? fieldCount(rawHeader) : 0;
  const columnCount = Math.max(labelled, modalCount(rows));
  const labels = rawHeader.slice(0, columnCount);
  while (labels.length < columnCount) labels.push("");
  return { header: dedupeHeader(labels), rawHeader, headerLine, rows, columnCount };
}

const NUMBER_LIKE = /^[-+]?\d+(?:[.,]\d+)?%?$/;
const DATE_LIKE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/;

/**
 * Whether the first record looks like a header: no empty cells, no numbers or dates, no
 * repeats, and more than one column or a short label.
 */
export function looksLikeHeader(records: readonly TableRow[]): boolean {
  const first = records[0];
  if (!first) return false;
  const cells = first.cells.slice(0, fieldCount(first.cells)).map((c) => c.trim());
  if (cells.length === 0) return false;
  if (cells.some((c) => c === "" || NUMBER_LIKE.test(c) || DATE_LIKE.test(c) || c.length > 80)) return false;
  return new Set(cells).size === cells.length;
}

// Preview

export interface PreviewOptions extends TableOptions {
  delimiter: Delimiter;
  /** Data rows to return. Default 20. */
  maxRows?: number;
}

export interface TablePreview extends Table {
  /** The file has more rows than shown (as far as the given text goes). */
  truncated: boolean;
  sepLine: boolean;
  /** Whether the first record looks like a header, to preset the "has header" checkbox. */
  headerGuess: boolean;
  /** Parse problems within the previewed rows. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/**
 * The header and the first rows, for a preview the user can correct: run it again with another
 * encoding (decode the bytes again), delimiter or header option. Cheap: it parses only as far
 * as it shows. Give it the decoded start of the file (a few hundred kilobytes) for big files.
 */
export function previewTable(text: string, options: PreviewOptions): TablePreview {
  const maxRows = Math.max(0, options.maxRows ?? 20);
  const wanted = maxRows + Math.max(0, options.headerRow ?? 0) + 1 + Math.max(0, options.skipRows ?? 0);
  const reader = createRecordReader(text, options.delimiter);
  const records: TableRow[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let done = false;
  // One more record than needed tells whether there is more.
  while (!done && records.length <= wanted) {
    const slice = reader.read({ rows: wanted + 1 - records.length });
    records.push(...slice.records);
    errors.push(...slice.errors);
    warnings.push(...slice.warnings);
    done = slice.done;
  }
  const table = buildTable(records, options);
  const truncated = table.rows.length > maxRows || !done;
  const rows = table.rows.slice(0, maxRows);
  const lastLine = rows.at(-1)?.line ?? Number.POSITIVE_INFINITY;
  return {
    ...table,
    rows,
    truncated,
    sepLine: reader.sepLine,
    headerGuess: looksLikeHeader(records.slice(Math.max(0, options.headerRow ?? 0))),
    errors: errors.filter((e) => e.line <= lastLine),
    warnings: warnings.filter((w) => w.line <= lastLine),
  };
}
