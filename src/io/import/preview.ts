import { previewTable, type TablePreview } from "./csv";
import { detectDelimiter } from "./delimiter";
import { countReplacement, decode, detectEncoding, type EncodingGuess } from "./encoding";
import { guessMapping } from "./mapping";
import { type FileFormat, guessFileFormat } from "./plain-text";
import type { ColumnMapping, Delimiter, TableOptions, TextEncodingName } from "./types";

/**
 * Everything the preview dialog shows, from the first bytes of a file: encoding, delimiter,
 * header, first rows, a first mapping. Run it again when the user changes the encoding, the
 * delimiter or the header options; it is cheap. Read only the start of big files:
 * `new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer())`, with `partial` set
 * when the file is longer.
 */

/** Bytes to read for a preview. */
export const PREVIEW_BYTES = 256 * 1024;

export interface PreviewRequest {
  fileName?: string;
  /** "auto" (default) or the user's choice. */
  encoding?: TextEncodingName | "auto";
  delimiter?: Delimiter | "auto";
  table?: TableOptions;
  /** Data rows to show. Default 20. */
  maxRows?: number;
  /** The bytes are only the start of the file. */
  partial?: boolean;
}

export interface FilePreview extends TablePreview {
  /** Table or one text, from the extension and content; the user may override it. */
  format: FileFormat;
  encoding: TextEncodingName;
  /** What detection said, also when the user chose another encoding (to show "detected: …"). */
  detected: EncodingGuess;
  delimiter: Delimiter;
  /** U+FFFD in the previewed text: more than 0 suggests the wrong encoding. */
  replacementChars: number;
  /** A first mapping for the mapping step. */
  mapping: ColumnMapping;
  /** The decoded start of the file (for a text file's preview). */
  text: string;
}

export function previewBytes(bytes: Uint8Array, request: PreviewRequest = {}): FilePreview {
  const detected = detectEncoding(bytes);
  const encoding = request.encoding && request.encoding !== "auto" ? request.encoding : detected.encoding;
  const text = decode(bytes, encoding, { partial: request.partial === true });
  const delimiter =
    request.delimiter && request.delimiter !== "auto" ? request.delimiter : detectDelimiter(text).delimiter;
  const table = previewTable(text, { ...request.table, delimiter, maxRows: request.maxRows ?? 20 });
  if (request.partial && !table.truncated && table.rows.length > 0) {
    // The slice ended inside the file: its last row may be cut off, so it is not shown.
    const cut = table.rows.pop()!;
    table.errors = table.errors.filter((e) => e.line < cut.line);
    table.warnings = table.warnings.filter((w) => w.line < cut.line);
  }
  return {
    ...table,
    truncated: table.truncated || request.partial === true,
    format: guessFileFormat(request.fileName ?? "", text),
    encoding,
    detected,
    delimiter,
    replacementChars: countReplacement(text),
    mapping: guessMapping(table.header, table.rows),
    text,
  };
}
