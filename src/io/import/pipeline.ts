import type { SourceKind } from "@/model/types";
import {
  type AsyncParseOptions,
  buildTable,
  type ParsedCsv,
  parseCsv,
  parseCsvAsync,
  type Table,
} from "./csv";
import { detectDelimiter } from "./delimiter";
import { decode, decodeAuto, type EncodingGuess } from "./encoding";
import { mapRows } from "./mapping";
import { mapMeasurements } from "./measurements";
import { baseName, textToSource } from "./plain-text";
import type {
  ColumnMapping,
  Delimiter,
  ImportIssue,
  MapOptions,
  MeasurementColumns,
  NewMeasurement,
  NewSource,
  TableOptions,
  TextEncodingName,
} from "./types";

/**
 * The whole import of one file's bytes, without a worker: decode, parse, map. The worker runs
 * `importBytesAsync`; tests and small inputs can call `importBytes`. Both are pure: they
 * return sources and change nothing.
 */

export interface TableImportRequest {
  format: "table";
  /** For generated titles (`titlePrefix` defaults to the name without extension). */
  fileName?: string;
  /** "auto" (default) detects it from all the bytes; the preview's choice otherwise. */
  encoding?: TextEncodingName | "auto";
  delimiter?: Delimiter | "auto";
  table?: TableOptions;
  mapping: ColumnMapping;
  map?: MapOptions;
}

export interface TextImportRequest {
  format: "text";
  /** The title is the name without extension. */
  fileName: string;
  encoding?: TextEncodingName | "auto";
  kind?: SourceKind;
  tags?: string[];
}

/** An indicator's measurements: one per row, from a date column and a value column. */
export interface MeasurementImportRequest {
  format: "measurements";
  fileName?: string;
  encoding?: TextEncodingName | "auto";
  delimiter?: Delimiter | "auto";
  table?: TableOptions;
  columns: MeasurementColumns;
}

export type ImportRequest = TableImportRequest | TextImportRequest | MeasurementImportRequest;

export interface ImportOutcome {
  sources: NewSource[];
  /** Measurement imports: the rows that read as a date and a number. Empty for sources. */
  measurements: NewMeasurement[];
  /** Rows that were not imported, by line. */
  errors: ImportIssue[];
  /** Rows imported with a caveat (a padded row, an unreadable date…), by line. */
  warnings: ImportIssue[];
  encoding: TextEncodingName;
  /** Whether the encoding was detected (false: the request named it). */
  detected: EncodingGuess | null;
  /** The delimiter used; null for text files. */
  delimiter: Delimiter | null;
  sepLine: boolean;
  /** Column labels; empty for text files. */
  header: string[];
  /** Data rows read (not counting the header or blank lines). */
  rows: number;
  /** Survey mode: empty answer cells. */
  emptyAnswers: number;
}

function byLine(a: ImportIssue, b: ImportIssue): number {
  return a.line - b.line;
}

function decodeRequest(bytes: Uint8Array, request: ImportRequest) {
  if (request.encoding && request.encoding !== "auto") {
    return { text: decode(bytes, request.encoding), encoding: request.encoding, detected: null };
  }
  const { text, ...detected } = decodeAuto(bytes);
  return { text, encoding: detected.encoding, detected };
}

function textOutcome(
  text: string,
  request: TextImportRequest,
  encoding: TextEncodingName,
  detected: EncodingGuess | null,
): ImportOutcome {
  const base = {
    measurements: [],
    encoding,
    detected,
    delimiter: null,
    sepLine: false,
    header: [],
    rows: 1,
    emptyAnswers: 0,
    warnings: [],
  };
  const source = textToSource(text, {
    title: baseName(request.fileName),
    kind: request.kind,
    tags: request.tags,
  });
  if (source.text.trim() === "") {
    return {
      ...base,
      sources: [],
      errors: [{ line: 1, code: "empty-text", reason: `${request.fileName} is empty.` }],
    };
  }
  return { ...base, sources: [source], errors: [] };
}

/** Columns the request names beyond the table's get "Column N" labels, so no row is misread. */
function coverColumns(table: Table, indices: readonly (number | null | undefined)[]): string[] {
  const named = indices.filter((i): i is number => typeof i === "number");
  const needed = Math.max(table.header.length, ...named.map((i) => i + 1));
  const header = [...table.header];
  while (header.length < needed) header.push(`Column ${header.length + 1}`);
  return header;
}

function mappedColumns(mapping: ColumnMapping) {
  return [
    mapping.text,
    mapping.respondent,
    mapping.role,
    mapping.date,
    mapping.title,
    mapping.interviewer,
    mapping.tags,
    ...mapping.attributes,
    ...mapping.openText,
  ];
}

function tableOutcome(
  parsed: ParsedCsv,
  request: TableImportRequest | MeasurementImportRequest,
  encoding: TextEncodingName,
  detected: EncodingGuess | null,
  delimiter: Delimiter,
): ImportOutcome {
  const table = buildTable(parsed.records, request.table);
  const base = { encoding, detected, delimiter, sepLine: parsed.sepLine, rows: table.rows.length };
  const outcome = (mapped: { errors: ImportIssue[]; warnings: ImportIssue[] }) => ({
    errors: [...parsed.errors, ...mapped.errors].sort(byLine),
    warnings: [...parsed.warnings, ...mapped.warnings].sort(byLine),
  });
  if (request.format === "measurements") {
    const { date, value, note } = request.columns;
    const header = coverColumns(table, [date, value, note]);
    const mapped = mapMeasurements(header, table.rows, request.columns);
    return {
      ...base,
      ...outcome(mapped),
      sources: [],
      measurements: mapped.measurements,
      header,
      emptyAnswers: 0,
    };
  }
  const header = coverColumns(table, mappedColumns(request.mapping));
  const titlePrefix = request.map?.titlePrefix ?? (request.fileName ? baseName(request.fileName) : undefined);
  const mapped = mapRows(header, table.rows, request.mapping, { ...request.map, titlePrefix });
  return {
    ...base,
    ...outcome(mapped),
    sources: mapped.sources,
    measurements: [],
    header,
    emptyAnswers: mapped.emptyAnswers,
  };
}

function delimiterFor(text: string, request: TableImportRequest | MeasurementImportRequest): Delimiter {
  return !request.delimiter || request.delimiter === "auto"
    ? detectDelimiter(text).delimiter
    : request.delimiter;
}

/** Imports one file's bytes at once. */
export function importBytes(bytes: Uint8Array, request: ImportRequest): ImportOutcome {
  const { text, encoding, detected } = decodeRequest(bytes, request);
  if (request.format === "text") return textOutcome(text, request, encoding, detected);
  const delimiter = delimiterFor(text, request);
  return tableOutcome(parseCsv(text, delimiter), request, encoding, detected, delimiter);
}

export interface ImportProgress {
  phase: "decoding" | "parsing" | "mapping";
  /** Records read so far. */
  rows: number;
  /** 0…1 over the whole import. */
  fraction: number;
}

export interface AsyncImportOptions extends Omit<AsyncParseOptions, "onProgress"> {
  onProgress?: (progress: ImportProgress) => void;
}

/** Parsing is most of the work; decoding and mapping share the rest. */
const PARSE_FROM = 0.05;
const PARSE_TO = 0.9;

/** Imports one file's bytes slice by slice, reporting progress and stopping on `signal`. */
export async function importBytesAsync(
  bytes: Uint8Array,
  request: ImportRequest,
  options: AsyncImportOptions = {},
): Promise<ImportOutcome> {
  const { onProgress, ...parseOptions } = options;
  onProgress?.({ phase: "decoding", rows: 0, fraction: 0 });
  const { text, encoding, detected } = decodeRequest(bytes, request);
  if (request.format === "text") return textOutcome(text, request, encoding, detected);
  const delimiter = delimiterFor(text, request);
  const parsed = await parseCsvAsync(text, delimiter, {
    ...parseOptions,
    onProgress: (p) =>
      onProgress?.({
        phase: "parsing",
        rows: p.rows,
        fraction: PARSE_FROM + (PARSE_TO - PARSE_FROM) * p.fraction,
      }),
  });
  onProgress?.({ phase: "mapping", rows: parsed.records.length, fraction: PARSE_TO });
  return tableOutcome(parsed, request, encoding, detected, delimiter);
}
