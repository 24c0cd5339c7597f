import { DELIMITERS, type Delimiter } from "./types";

/**
 * Which character separates the fields. PapaParse's own guesser picks the comma whenever open
 * text adds fields (CSV-PITFALLS #1), so Nordic `;` files with commas in the answers come out
 * wrong; we guess ourselves and always pass the delimiter to Papa.
 */

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** The text starts with an Excel `sep=` line, which names the delimiter and is not data. */
  sepLine: boolean;
}

const SEP_LINE = /^\uFEFF?"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/** The Excel `sep=X` first line: the delimiter it names and the length of the line with its line break. */
export function readSepLine(text: string): { delimiter: string; length: number } | undefined {
  const match = SEP_LINE.exec(text.slice(0, 16));
  if (!match) return undefined;
  return { delimiter: match[1]!, length: match[0].length };
}

/** The text without an Excel `sep=` first line. */
export function stripSepLine(text: string): { text: string; sepLine: boolean } {
  const sep = readSepLine(text);
  return sep ? { text: text.slice(sep.length), sepLine: true } : { text, sepLine: false };
}

const MAX_SAMPLE_RECORDS = 50;
const MAX_SAMPLE_CHARS = 64 * 1024;

/**
 * Field counts of the first records, splitting on `delimiter` the way RFC 4180 does: a quote
 * opens a quoted field only at the start of a field, a doubled quote inside it is a quote, and
 * delimiters and line breaks inside quotes do not count. Blank lines are left out. A record
 * cut off by the end of the sample is dropped.
 */
export function sampleFieldCounts(
  text: string,
  delimiter: string,
  maxRecords = MAX_SAMPLE_RECORDS,
): number[] {
  const counts: number[] = [];
  const n = Math.min(text.length, MAX_SAMPLE_CHARS);
  let fields = 1;
  let fieldStart = true;
  let inQuotes = false;
  let blank = true;
  let i = 0;
  for (; i < n && counts.length < maxRecords; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      blank = false;
      continue;
    }
    if (c === delimiter) {
      fields++;
      fieldStart = true;
      blank = false;
      continue;
    }
    if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (!blank) counts.push(fields);
      fields = 1;
      fieldStart = true;
      blank = true;
      continue;
    }
    fieldStart = false;
    if (c !== " ") blank = false;
  }
  // The last record counts only if the whole text was read (it was not cut off).
  if (i >= text.length && !inQuotes && !blank && counts.length < maxRecords) counts.push(fields);
  return counts;
}

/** Preference when two candidates score the same: tab and `;` rarely occur in free text, `,` often does. */
const PRIORITY: Record<Delimiter, number> = { "\t": 3, ";": 2, ",": 1 };

interface Score {
  delimiter: Delimiter;
  headerFields: number;
  consistency: number;
}

function score(text: string, delimiter: Delimiter): Score {
  const counts = sampleFieldCounts(text, delimiter);
  const headerFields = counts[0] ?? 1;
  if (counts.length === 0) return { delimiter, headerFields, consistency: 0 };
  // Rows may have extra empty trailing fields or a short tail, so the test is "as many as the first".
  let same = 0;
  for (const count of counts) if (count === headerFields) same++;
  return { delimiter, headerFields, consistency: same / counts.length };
}

function better(a: Score, b: Score): boolean {
  const aMulti = a.headerFields > 1;
  const bMulti = b.headerFields > 1;
  if (aMulti !== bMulti) return aMulti;
  if (Math.abs(a.consistency - b.consistency) > 1e-9) return a.consistency > b.consistency;
  if (a.headerFields !== b.headerFields) return a.headerFields > b.headerFields;
  return PRIORITY[a.delimiter] > PRIORITY[b.delimiter];
}

/**
 * The delimiter of a CSV/TSV text: an Excel `sep=` first line wins; otherwise each of `,` `;`
 * tab splits the first ~50 records (quote-aware), and the one that gives the first record more
 * than one field and the most records with the same number of fields as the first wins. Ties
 * go to the one with more fields, then tab, `;`, `,`. A text with no delimiter at all gives `,`.
 */
export function detectDelimiter(text: string): DelimiterGuess {
  const sep = readSepLine(text);
  if (sep && (DELIMITERS as readonly string[]).includes(sep.delimiter)) {
    return { delimiter: sep.delimiter as Delimiter, sepLine: true };
  }
  const body = sep ? text.slice(sep.length) : text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let best: Score | undefined;
  for (const delimiter of DELIMITERS) {
    const candidate = score(body, delimiter);
    if (!best || better(candidate, best)) best = candidate;
  }
  const delimiter = best && best.headerFields > 1 ? best.delimiter : ",";
  return { delimiter, sepLine: sep !== undefined };
}
