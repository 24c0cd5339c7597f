import type { SourceKind } from "@/model/types";
import { sampleFieldCounts } from "./delimiter";
import type { NewSource } from "./types";

/**
 * Plain-text sources: a pasted note, or a `.txt`/`.md` file, one source each. Line breaks are
 * normalised to `\n` (excerpt offsets count code points, so a stray `\r` would shift them).
 */

/** The file name without folders and without its last extension: "notes/P01 intervju.md" → "P01 intervju". */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

export function extensionOf(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export interface TextSourceOptions {
  title: string;
  kind?: SourceKind;
  tags?: string[];
  respondent?: string;
}

/** One source from a text. */
export function textToSource(text: string, options: TextSourceOptions): NewSource {
  return {
    typeName: "source",
    kind: options.kind ?? "interview",
    title: options.title,
    respondent: options.respondent ?? "",
    respondentRole: "other",
    date: "",
    interviewer: "",
    tags: [...(options.tags ?? [])],
    attributes: {},
    text: normaliseText(text),
  };
}

/** `\r\n` and `\r` to `\n`, no BOM. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.indexOf("\r") === -1 ? noBom : noBom.replace(/\r\n?/g, "\n");
}

export type FileFormat = "table" | "text";

/**
 * Whether a file is a table (CSV/TSV) or one text. By extension: `.csv` `.tsv` `.tab` are
 * tables, `.md` is text. A `.txt` is a table when it is tab-separated with a steady number of
 * columns (Excel's "Unicode text" and "Text (tab delimited)" save as `.txt`), else text.
 * Pass the decoded start of the file.
 */
export function guessFileFormat(fileName: string, textStart: string): FileFormat {
  const ext = extensionOf(fileName);
  if (ext === "csv" || ext === "tsv" || ext === "tab") return "table";
  if (ext === "md" || ext === "markdown") return "text";
  const counts = sampleFieldCounts(textStart, "\t", 20);
  const first = counts[0] ?? 1;
  const steady = counts.filter((c) => c === first).length;
  if (first > 1 && counts.length >= 2 && steady / counts.length >= 0.8) return "table";
  return "text";
}
