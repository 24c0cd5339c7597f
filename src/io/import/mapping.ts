import type { RespondentRole, SourceKind } from "@/model/types";
import { fieldCount } from "./csv";
import { type ParsedDate, parseDate } from "./dates";
import { mapRole, normaliseRoleText } from "./roles";
import type { ColumnMapping, ImportIssue, MapOptions, MapResult, NewSource, TableRow } from "./types";

/**
 * Rows of a table to sources, by a column mapping.
 * - Interview mode: one source per row, its text from the text column. A row with an empty
 *   text is an error.
 * - Survey mode: each non-empty cell of an open-text column is one source of kind "survey",
 *   titled "<column> — <respondent>"; the answers of a row share the respondent (from the
 *   respondent column, or "R-001"… by data row when there is none), role, date and attributes.
 * Rows with more non-empty fields than there are columns, or more than `raggedTolerance`
 * fields too few, are errors; the other rows import. Errors and warnings carry the line in
 * the file where the row starts.
 */

/** What is wrong with a mapping for a table of `columnCount` columns; empty when it is usable. */
export function mappingProblems(mapping: ColumnMapping, columnCount: number): string[] {
  const problems: string[] = [];
  const check = (name: string, index: number | null | undefined) => {
    if (index === null || index === undefined) return;
    if (!Number.isInteger(index) || index < 0 || index >= columnCount) {
      problems.push(`The ${name} column (${index}) is not one of the ${columnCount} columns.`);
    }
  };
  check("text", mapping.text);
  check("respondent", mapping.respondent);
  check("role", mapping.role);
  check("date", mapping.date);
  check("title", mapping.title);
  check("interviewer", mapping.interviewer);
  check("tags", mapping.tags);
  for (const i of mapping.attributes) check("attribute", i);
  for (const i of mapping.openText) check("open-text", i);
  if (mapping.mode === "interview" && (mapping.text === null || mapping.text === undefined)) {
    problems.push("Choose the column that holds the text.");
  }
  if (mapping.mode === "survey" && mapping.openText.length === 0) {
    problems.push("Choose at least one open-text column.");
  }
  return problems;
}

function splitTags(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

export function mapRows(
  header: readonly string[],
  rows: readonly TableRow[],
  mapping: ColumnMapping,
  options: MapOptions = {},
): MapResult {
  const columnCount = header.length;
  const problems = mappingProblems(mapping, columnCount);
  if (problems.length > 0) throw new Error(problems.join(" "));

  const tolerance = Math.max(0, options.raggedTolerance ?? 1);
  const respondentPrefix = options.respondentPrefix ?? "R-";
  const width = Math.max(3, String(rows.length).length);
  const fileTags = options.tags ?? [];
  const survey = mapping.mode === "survey";
  const label = (i: number) => header[i] ?? `Column ${i + 1}`;
  const sources: NewSource[] = [];
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let emptyAnswers = 0;
  // Role and date columns repeat a few values; reading each once matters at 100,000 rows.
  const roles = new Map<string, RespondentRole>();
  const dates = new Map<string, ParsedDate>();
  const roleOf = (text: string): RespondentRole => {
    let role = roles.get(text);
    if (role === undefined) {
      role = mapRole(text);
      if (roles.size < 10_000) roles.set(text, role);
    }
    return role;
  };
  const dateOf = (text: string): ParsedDate => {
    let parsed = dates.get(text);
    if (parsed === undefined) {
      parsed = parseDate(text);
      if (dates.size < 10_000) dates.set(text, parsed);
    }
    return parsed;
  };

  rows.forEach((row, index) => {
    const { line, cells } = row;
    const cell = (i: number | null | undefined): string =>
      i === null || i === undefined ? "" : (cells[i] ?? "").trim();
    let respondent = cell(mapping.respondent);
    const who = respondent ? ` (respondent ${respondent})` : "";

    const fields = fieldCount(cells);
    if (fields > columnCount) {
      errors.push({
        line,
        code: "too-many-fields",
        reason: `Line ${line}${who}: ${fields} fields, expected ${columnCount}.`,
      });
      return;
    }
    if (cells.length < columnCount) {
      const missing = columnCount - cells.length;
      if (missing > tolerance) {
        errors.push({
          line,
          code: "too-few-fields",
          reason: `Line ${line}${who}: ${cells.length} fields, expected ${columnCount}.`,
        });
        return;
      }
      warnings.push({
        line,
        code: "padded",
        reason: `Line ${line}${who}: ${cells.length} fields, expected ${columnCount}; the missing ones are empty.`,
      });
    }

    if (survey && respondent === "")
      respondent = `${respondentPrefix}${String(index + 1).padStart(width, "0")}`;

    const attributes: Record<string, string> = {};
    for (const i of mapping.attributes) {
      const value = cell(i);
      if (value !== "") attributes[label(i)] = value;
    }
    const roleText = cell(mapping.role);
    const respondentRole = roleOf(roleText);
    // Keep a role we could not map ("Student") rather than losing it to "other".
    if (
      respondentRole === "other" &&
      roleText !== "" &&
      mapping.role !== null &&
      mapping.role !== undefined
    ) {
      attributes[label(mapping.role)] ??= roleText;
    }

    let date = "";
    const dateText = cell(mapping.date);
    if (dateText !== "") {
      const parsed = dateOf(dateText);
      date = parsed.date;
      const column = label(mapping.date!);
      if (parsed.warning === "bad-date") {
        warnings.push({
          line,
          code: "bad-date",
          column,
          reason: `Line ${line}${who}: "${dateText}" in ${column} is not a date we can read; the date is left empty.`,
        });
      } else if (parsed.warning === "us-date") {
        warnings.push({
          line,
          code: "us-date",
          column,
          reason: `Line ${line}${who}: "${dateText}" in ${column} was read as month/day/year (${date}).`,
        });
      }
    }

    const tags =
      mapping.tags === null || mapping.tags === undefined
        ? fileTags
        : [...fileTags, ...splitTags(cell(mapping.tags))];
    const interviewer = cell(mapping.interviewer);
    // Object literals, not `{ ...common }`: spreading is several times slower at 100,000 rows.
    const source = (
      kind: SourceKind,
      title: string,
      text: string,
      attrs: Record<string, string>,
    ): NewSource => ({
      typeName: "source",
      kind,
      title,
      respondent,
      respondentRole,
      date,
      interviewer,
      tags: tags.slice(),
      attributes: attrs,
      text,
    });

    if (survey) {
      let first = true;
      for (const col of mapping.openText) {
        const text = cell(col);
        if (text === "") {
          emptyAnswers++;
          continue;
        }
        // Each answer gets its own attributes object, so editing one does not change the others.
        sources.push(
          source("survey", `${label(col)} — ${respondent}`, text, first ? attributes : { ...attributes }),
        );
        first = false;
      }
      return;
    }

    const text = cell(mapping.text);
    if (text === "") {
      const column = label(mapping.text!);
      errors.push({ line, code: "empty-text", column, reason: `Line ${line}${who}: ${column} is empty.` });
      return;
    }
    const generated = respondent || `Line ${line}`;
    const title =
      cell(mapping.title) || (options.titlePrefix ? `${options.titlePrefix} — ${generated}` : generated);
    sources.push(source(options.kind ?? "interview", title, text, attributes));
  });

  return { sources, errors, warnings, emptyAnswers };
}

// Guessing a mapping for the preview

export const HINTS = {
  respondent:
    /\b(respondent|respondent id|response id|responseid|pseudonym|participant|informant|interviewee|deltagare|intervjuperson|svarande|vastaaja|haastateltava|osallistuja|id)\b/,
  role: /\b(role|roll|rooli|group|grupp|ryhma|customer group|kundgrupp|asiakasryhma|respondent type)\b/,
  date: /\b(date|datum|paiva|paivamaara|pvm|dag|timestamp|tidsstampel|aikaleima|submitted)\b/,
  title: /\b(title|titel|rubrik|otsikko|subject)\b/,
  interviewer: /\b(interviewer|intervjuare|haastattelija)\b/,
  text: /\b(note|notes|text|anteckning|anteckningar|muistiinpano|muistiinpanot|teksti|transcript|transkription|utskrift|summary|sammanfattning|yhteenveto|comment|comments|kommentar|kommentti)\b/,
  open: /\b(what|why|how|comment|comments|improve|suggestion|feedback|vad|varfor|hur|kommentar|forslag|mita|miksi|miten|kommentti|palaute|open|fritext|avoin)\b/,
};

const NUMERIC = /^[-+]?\d+(?:[.,]\d+)?$/;

export interface ColumnStats {
  filled: number;
  averageLength: number;
  numeric: boolean;
  dates: boolean;
  distinct: number;
}

export function columnStats(rows: readonly TableRow[], column: number): ColumnStats {
  let filled = 0;
  let length = 0;
  let numeric = 0;
  let dates = 0;
  const values = new Set<string>();
  for (const row of rows) {
    const value = (row.cells[column] ?? "").trim();
    if (value === "") continue;
    filled++;
    length += value.length;
    if (NUMERIC.test(value)) numeric++;
    if (parseDate(value).warning === undefined && !NUMERIC.test(value)) dates++;
    values.add(value);
  }
  return {
    filled,
    averageLength: filled ? length / filled : 0,
    numeric: filled > 0 && numeric / filled >= 0.9,
    dates: filled > 0 && dates / filled >= 0.8,
    distinct: values.size,
  };
}

/**
 * A first mapping for the preview from header words (English, Swedish, Finnish) and the
 * values of the first rows: numeric columns are ratings, long free-text columns are the text
 * (interview) or open answers (survey). The mode is "survey" when there are ratings and open
 * text, unless given. The user corrects it in the mapping dialog.
 */
export function guessMapping(
  header: readonly string[],
  rows: readonly TableRow[],
  mode?: ColumnMapping["mode"],
): ColumnMapping {
  const sample = rows.slice(0, 200);
  const names = header.map((h) => normaliseRoleText(h).replace(/[-/]/g, " "));
  const stats = header.map((_, i) => columnStats(sample, i));
  const taken = new Set<number>();
  const pick = (test: (i: number) => boolean): number | null => {
    for (let i = 0; i < header.length; i++) {
      if (!taken.has(i) && test(i)) {
        taken.add(i);
        return i;
      }
    }
    return null;
  };

  const date = pick((i) => HINTS.date.test(names[i]!) || stats[i]!.dates);
  const interviewer = pick((i) => HINTS.interviewer.test(names[i]!));
  const respondent = pick((i) => HINTS.respondent.test(names[i]!));
  const role = pick((i) => HINTS.role.test(names[i]!) && stats[i]!.averageLength < 40);
  const title = pick((i) => HINTS.title.test(names[i]!));

  const free = header.map((_, i) => i).filter((i) => !taken.has(i) && stats[i]!.filled > 0);
  const ratings = free.filter((i) => stats[i]!.numeric);
  const longText = free.filter(
    (i) =>
      !stats[i]!.numeric &&
      (stats[i]!.averageLength >= 15 || HINTS.open.test(names[i]!) || HINTS.text.test(names[i]!)),
  );
  const chosenMode = mode ?? (ratings.length > 0 && longText.length > 0 ? "survey" : "interview");

  if (chosenMode === "survey") {
    const openText = longText;
    const attributes = free.filter((i) => !openText.includes(i));
    return { mode: "survey", text: null, respondent, role, date, title, interviewer, attributes, openText };
  }
  const byLength = [...free].sort((a, b) => stats[b]!.averageLength - stats[a]!.averageLength);
  const text = free.find((i) => HINTS.text.test(names[i]!)) ?? byLength[0] ?? null;
  const attributes = free.filter((i) => i !== text && stats[i]!.averageLength < 40);
  return { mode: "interview", text, respondent, role, date, title, interviewer, attributes, openText: [] };
}
