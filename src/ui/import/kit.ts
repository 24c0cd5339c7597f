import type { TFunction } from "i18next";
import type { guessMapping, mappingProblems } from "@/io/import/mapping";
import type {
  guessMeasurementColumns,
  measurementColumnProblems,
  sameDateIssues,
} from "@/io/import/measurements";
import type { ImportProgress, ImportRequest } from "@/io/import/pipeline";
import type { FilePreview, PREVIEW_BYTES, PreviewRequest, previewBytes } from "@/io/import/preview";
import type { ImportHandle } from "@/io/import/run-import";
import type { Delimiter, ImportIssue, IssueCode } from "@/io/import/types";

/**
 * What every CSV import dialog (sources, measurements) shares beside React: the parser-side
 * functions, loaded on demand so papaparse stays out of the page's first bundle, and the
 * wording of the rows that could not be read. The dialogs run the import itself through the
 * same pipeline and worker (`startImport`).
 */

/** Runs one file's import: `startImport` (a worker) in the app; tests pass one without a worker. */
export type StartImport = (
  file: Blob,
  request: ImportRequest,
  onProgress?: (progress: ImportProgress) => void,
) => ImportHandle;

/** Issues listed after an import; more are counted, not shown. */
export const MAX_LISTED_ISSUES = 200;

export interface PreviewKit {
  PREVIEW_BYTES: typeof PREVIEW_BYTES;
  previewBytes: typeof previewBytes;
  mappingProblems: typeof mappingProblems;
  guessMapping: typeof guessMapping;
  guessMeasurementColumns: typeof guessMeasurementColumns;
  measurementColumnProblems: typeof measurementColumnProblems;
  sameDateIssues: typeof sameDateIssues;
}

let kit: Promise<PreviewKit> | undefined;

/** The preview and mapping functions, which bring the parser with them: loaded once, when first needed. */
export function loadPreviewKit(): Promise<PreviewKit> {
  if (!kit) {
    kit = Promise.all([
      import("@/io/import/preview"),
      import("@/io/import/mapping"),
      import("@/io/import/measurements"),
    ]).then(([preview, mapping, measurements]) => ({
      PREVIEW_BYTES: preview.PREVIEW_BYTES,
      previewBytes: preview.previewBytes,
      mappingProblems: mapping.mappingProblems,
      guessMapping: mapping.guessMapping,
      guessMeasurementColumns: measurements.guessMeasurementColumns,
      measurementColumnProblems: measurements.measurementColumnProblems,
      sameDateIssues: measurements.sameDateIssues,
    }));
    // A failed load (offline after an update) may be tried again.
    kit.catch(() => {
      kit = undefined;
    });
  }
  return kit;
}

/**
 * A table's preview with the header row as the user set it, or as guessed when `hasHeader` is
 * null: read with a header, and again without one when the first row does not look like one.
 */
export function previewWithHeader(
  kit: PreviewKit,
  bytes: Uint8Array,
  request: PreviewRequest,
  hasHeader: boolean | null,
): { preview: FilePreview; hasHeader: boolean } {
  const preview = (header: boolean) =>
    kit.previewBytes(bytes, { ...request, table: { ...request.table, hasHeader: header } });
  const first = preview(hasHeader ?? true);
  if (hasHeader === null && !first.headerGuess) return { preview: preview(false), hasHeader: false };
  return { preview: first, hasHeader: hasHeader ?? true };
}

export async function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

export const DELIMITER_NAMES: Record<Delimiter, "comma" | "semicolon" | "tab"> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
};

/** An issue of an import, with the file it is in when several text files were imported. */
export interface ListedIssue extends ImportIssue {
  fileName?: string;
}

/** Translation keys of the issues, under `evidenceImport.issue.`; a dialog may name its own. */
const ISSUE_KEYS: Partial<Record<IssueCode, string>> = {
  "unterminated-quote": "unterminatedQuote",
  "malformed-quote": "malformedQuote",
  "too-many-fields": "tooManyFields",
  "too-few-fields": "tooFewFields",
  padded: "padded",
  "empty-text": "emptyText",
  "bad-date": "badDate",
  "us-date": "usDate",
};

/**
 * "Line 57: 14 fields, expected 12." in the interface's language, from the issue's code.
 * `ownKeys` gives full translation keys for codes whose wording differs in a dialog (a date
 * that cannot be read leaves a source's date empty but keeps a measurement out); the
 * translation gets the cell's text as `{{value}}`.
 */
export function issueText(
  issue: ListedIssue,
  t: TFunction,
  ownKeys: Partial<Record<IssueCode, string>> = {},
): string {
  const own = ownKeys[issue.code];
  let key = ISSUE_KEYS[issue.code] ?? "";
  const params: Record<string, string | number> = issue.value === undefined ? {} : { value: issue.value };
  // The sentence the importer wrote says how many fields; the translation says it again.
  const fields = /(\d+) fields, expected (\d+)/.exec(issue.reason);
  if ((issue.code === "too-many-fields" || issue.code === "too-few-fields") && fields) {
    key += "Count";
    params.fields = Number(fields[1]);
    params.expected = Number(fields[2]);
  }
  if (issue.code === "empty-text" && issue.fileName) key = "emptyFile";
  const fullKey = own ?? `evidenceImport.issue.${key}`;
  let message = own || key ? t(fullKey, params) : issue.reason;
  if (message === fullKey) message = issue.reason;
  if (issue.column) message = t("evidenceImport.issueColumn", { message, column: issue.column });
  return issue.fileName
    ? t("evidenceImport.issueFile", { fileName: issue.fileName, message })
    : t("evidenceImport.issueLine", { line: issue.line, message });
}
