import type { ImportOutcome } from "@/io/import/pipeline";
import { extensionOf } from "@/io/import/plain-text";
import type { ColumnMapping, ImportIssue, NewSource } from "@/io/import/types";
import type { ListedIssue } from "@/ui/import/kit";

/**
 * What the evidence import dialog needs beside React: the file types, and the wording of
 * mapping problems. The parts every import dialog shares (the parser kit, the issue wording)
 * are in src/ui/import.
 */

/** The extensions the dialog reads, and the file picker's `accept`. */
export const SOURCE_FILE_EXTENSIONS = ["csv", "tsv", "tab", "txt", "md", "markdown"] as const;
export const SOURCE_FILE_ACCEPT =
  ".csv,.tsv,.tab,.txt,.md,.markdown,text/csv,text/tab-separated-values,text/plain,text/markdown";

export function isSourceFileName(name: string): boolean {
  return (SOURCE_FILE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

// Mapping

/** The mapping's fields, as the dialog shows them. */
export type MappingField =
  | "text"
  | "respondent"
  | "role"
  | "date"
  | "title"
  | "interviewer"
  | "tags"
  | "attributes"
  | "openText";

export interface FieldProblem {
  /** Where to show it; null: above the mapping. */
  field: MappingField | null;
  /** The translation key; undefined: show `message` (English, from `mappingProblems`). */
  key?: string;
  message: string;
}

const PROBLEM_FIELDS: Record<string, MappingField> = {
  text: "text",
  respondent: "respondent",
  role: "role",
  date: "date",
  title: "title",
  interviewer: "interviewer",
  tags: "tags",
  attribute: "attributes",
  "open-text": "openText",
};

/** `mappingProblems`' sentences, placed at the fields they are about. */
export function placeProblems(problems: readonly string[]): FieldProblem[] {
  return problems.map((message) => {
    if (message === "Choose the column that holds the text.") {
      return { field: "text", key: "evidenceImport.problem.textRequired", message };
    }
    if (message === "Choose at least one open-text column.") {
      return { field: "openText", key: "evidenceImport.problem.openTextRequired", message };
    }
    const column = /^The ([\w-]+) column \(/.exec(message);
    const field = column ? PROBLEM_FIELDS[column[1]!] : undefined;
    if (field) return { field, key: "evidenceImport.problem.missingColumn", message };
    return { field: null, message };
  });
}

const SINGLE_FIELDS = ["text", "respondent", "role", "date", "title", "interviewer", "tags"] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

function isIndex(value: number | null | undefined): value is number {
  return typeof value === "number";
}

/**
 * A mapping made for one header, moved to another by column label: the user's choices survive
 * a change of encoding, delimiter or header rows (CSV-PITFALLS #2). Columns that are gone are
 * dropped.
 */
export function carryMapping(
  mapping: ColumnMapping,
  from: readonly string[],
  to: readonly string[],
): ColumnMapping {
  if (from.length === to.length && from.every((label, i) => label === to[i])) return mapping;
  const at = (i: number | null | undefined): number | null => {
    if (!isIndex(i)) return null;
    const label = from[i];
    const j = label === undefined ? -1 : to.indexOf(label);
    return j >= 0 ? j : null;
  };
  const list = (indices: readonly number[]) => indices.map(at).filter(isIndex);
  return {
    mode: mapping.mode,
    text: at(mapping.text),
    respondent: at(mapping.respondent),
    role: at(mapping.role),
    date: at(mapping.date),
    title: at(mapping.title),
    interviewer: at(mapping.interviewer),
    tags: at(mapping.tags),
    attributes: list(mapping.attributes),
    openText: list(mapping.openText),
  };
}

/** Sets one column; a column given one role leaves the attribute and open-text lists. */
export function setSingle(mapping: ColumnMapping, field: SingleField, index: number | null): ColumnMapping {
  const next: ColumnMapping = { ...mapping, [field]: index };
  if (index === null) return next;
  return {
    ...next,
    attributes: next.attributes.filter((i) => i !== index),
    openText: next.openText.filter((i) => i !== index),
  };
}

/** Ticks or unticks a column in the attribute or open-text list; a column is in one of them at most. */
export function toggleColumn(
  mapping: ColumnMapping,
  list: "attributes" | "openText",
  index: number,
  on: boolean,
): ColumnMapping {
  const other = list === "attributes" ? "openText" : "attributes";
  const current = mapping[list].filter((i) => i !== index);
  return {
    ...mapping,
    [list]: on ? [...current, index].sort((a, b) => a - b) : current,
    [other]: on ? mapping[other].filter((i) => i !== index) : mapping[other],
  };
}

/**
 * Another mode, keeping the user's single columns: the text and the lists come from `guess`
 * (a mapping guessed for the new mode), without the columns the user gave another role.
 */
export function switchMode(mapping: ColumnMapping, guess: ColumnMapping): ColumnMapping {
  const used = new Set(
    [mapping.respondent, mapping.role, mapping.date, mapping.title, mapping.interviewer, mapping.tags].filter(
      isIndex,
    ),
  );
  const text = mapping.text ?? (isIndex(guess.text) && !used.has(guess.text) ? guess.text : null);
  if (guess.mode === "interview" && isIndex(text)) used.add(text);
  return {
    ...mapping,
    mode: guess.mode,
    text,
    attributes: guess.attributes.filter((i) => !used.has(i)),
    openText: guess.mode === "survey" ? guess.openText.filter((i) => !used.has(i)) : [],
  };
}

// The result

/** The imports of one run, together. */
export interface RunOutcome {
  sources: NewSource[];
  errors: ListedIssue[];
  warnings: ListedIssue[];
  rows: number;
  emptyAnswers: number;
  /** Encodings used, in order, once each. */
  encodings: ImportOutcome["encoding"][];
}

export function emptyRunOutcome(): RunOutcome {
  return { sources: [], errors: [], warnings: [], rows: 0, emptyAnswers: 0, encodings: [] };
}

/** Adds one file's outcome; `fileName` marks its issues when several files are imported. */
export function addOutcome(run: RunOutcome, outcome: ImportOutcome, fileName?: string): void {
  for (const source of outcome.sources) run.sources.push(source);
  const mark = (issue: ImportIssue): ListedIssue => (fileName ? { ...issue, fileName } : issue);
  for (const issue of outcome.errors) run.errors.push(mark(issue));
  for (const issue of outcome.warnings) run.warnings.push(mark(issue));
  run.rows += outcome.rows;
  run.emptyAnswers += outcome.emptyAnswers;
  if (!run.encodings.includes(outcome.encoding)) run.encodings.push(outcome.encoding);
}
