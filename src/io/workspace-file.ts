import type { JourneyId } from "@/model/ids";
import { isJourney, journeyIdOf } from "@/model/records";
import type { AnyRecord, Records, TypeName } from "@/model/types";
import { type BinaryFormat, decodeText, sniffBinary } from "./file-bytes";
import { FORMAT_VERSION, NewerFormatError } from "./migrations";
import { type RestoreProblem, restore } from "./restore";
import { MAX_DEPTH, parseJson, type TextPosition } from "./safe-json";

/**
 * The `.journeymap.json` workspace file: a versioned envelope around flat records. Reading
 * goes parse (bytes → JSON, refusing what is not) → identify (the envelope) → `restore()`
 * (migrate and normalise, the same path IndexedDB rows take). See docs/file-format.md.
 */

export const WORKSPACE_FILE_TYPE = "journey-mapper/workspace";
export const WORKSPACE_FILE_EXTENSION = ".journeymap.json";
export const WORKSPACE_MIME_TYPE = "application/json";
/** Files of this many bytes or more are refused before they are read. */
export const MAX_FILE_BYTES = 50_000_000;

export interface WorkspaceEnvelope {
  type: typeof WORKSPACE_FILE_TYPE;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  records: AnyRecord[];
}

// Writing

export interface SerializeOptions {
  /** Only these journeys, each with every record whose journeyId is it; the whole workspace when absent. */
  journeyIds?: readonly JourneyId[] | undefined;
  appVersion: string;
  /** ISO time of the export. */
  now: string;
}

/** The records an export holds: the whole workspace, or the chosen journeys with their contents. */
export function selectForExport(
  records: Records | readonly AnyRecord[],
  journeyIds?: readonly JourneyId[],
): AnyRecord[] {
  const all: readonly AnyRecord[] = Array.isArray(records)
    ? (records as readonly AnyRecord[])
    : Object.values(records as Records);
  if (!journeyIds) return [...all];
  const chosen = new Set<string>(journeyIds);
  return all.filter((r) => (isJourney(r) ? chosen.has(r.id) : chosen.has(journeyIdOf(r) ?? "")));
}

/**
 * Deterministic text: records sorted by id, keys in a fixed order (typeName, id, journeyId,
 * then alphabetical, at every level), two-space indentation and a final newline, so that two
 * exports of the same data are byte-identical and diff cleanly.
 */
export function serializeWorkspace(
  records: Records | readonly AnyRecord[],
  options: SerializeOptions,
): string {
  const selected = selectForExport(records, options.journeyIds);
  selected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const envelope = {
    type: WORKSPACE_FILE_TYPE,
    formatVersion: FORMAT_VERSION,
    appVersion: options.appVersion,
    exportedAt: options.now,
    records: selected.map(canonical),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

const FIRST_KEYS = ["typeName", "id", "journeyId"];

function keyOrder(a: string, b: string): number {
  const ia = FIRST_KEYS.indexOf(a);
  const ib = FIRST_KEYS.indexOf(b);
  if (ia !== -1 || ib !== -1)
    return (ia === -1 ? FIRST_KEYS.length : ia) - (ib === -1 ? FIRST_KEYS.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  // A prototype-less object, so that no key (not even "__proto__") is anything but data.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort(keyOrder)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = canonical(v);
  }
  return out;
}

/** A file name for an export: the journey's name for one journey, else the app's and the date. */
export function exportFileName(
  records: Records,
  journeyIds: readonly JourneyId[] | undefined,
  now: string,
): string {
  const date = now.slice(0, 10);
  const journey = journeyIds?.length === 1 ? records[journeyIds[0]!] : undefined;
  if (journey && isJourney(journey)) {
    const name = safeFileName(journey.name);
    if (name) return `${name}${WORKSPACE_FILE_EXTENSION}`;
  }
  const count = journeyIds ? `-${journeyIds.length}-journeys` : "";
  return `journey-mapper${count}-${date}${WORKSPACE_FILE_EXTENSION}`;
}

/** Keeps letters of every script; drops what file systems refuse or treat specially. */
export function safeFileName(name: string): string {
  return (
    name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^\.+/, "")
      .slice(0, 80)
      .trim()
  );
}

// Reading

export type ImportErrorCode =
  | "empty"
  | "too-large"
  | "binary"
  | "encoding"
  | "not-json"
  | "too-deep"
  | "malformed-json"
  | "not-workspace"
  | "wrong-shape"
  | "bad-version"
  | "newer-version"
  | "nothing-to-import"
  | "unreadable"
  | "picture-without-data"
  | "unexpected";

export interface ImportError {
  code: ImportErrorCode;
  /** English; the UI translates by `code` with `params` and falls back to this. */
  message: string;
  params?: Record<string, string | number>;
  /** Where in the file, when it can be said. */
  where?: (Partial<TextPosition> & { field?: string; record?: number }) | undefined;
  /** For "binary": which format the bytes are, so that a picture importer can take over. */
  format?: BinaryFormat;
}

/** What an import would bring in, shown before anything changes. */
export interface ImportSummary {
  /** The format version the file was written in (it has been migrated to the current one). */
  formatVersion: number;
  appVersion: string | null;
  exportedAt: string | null;
  /** Records in the file, by type, after restore. */
  counts: Partial<Record<TypeName, number>>;
  total: number;
  journeys: { id: JourneyId; name: string; steps: number; painPoints: number; exists: boolean }[];
  /** Ids in the file that the workspace already has with the same content. */
  unchanged: number;
  /** Ids in the file that the workspace already has with other content. */
  collisions: number;
  /** Repairs and records left out, from restore(). */
  problems: RestoreProblem[];
  /** Keys dropped because they could reach an object prototype (`__proto__`, `constructor`, `prototype`). */
  droppedKeys: number;
}

export interface WorkspaceContents {
  /** Valid records in the current format. */
  records: AnyRecord[];
}

export type ParseResult =
  | { ok: false; error: ImportError }
  | { ok: true; snapshot: WorkspaceContents; summary: ImportSummary };

export interface ParseOptions {
  /** Time used for repaired timestamps. */
  now?: string;
  maxBytes?: number;
}

const fail = (error: ImportError): ParseResult => ({ ok: false, error });

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

/** The size check, also for the UI to run on `File.size` before reading anything. */
export function checkFileSize(size: number, maxBytes = MAX_FILE_BYTES): ImportError | undefined {
  if (size < maxBytes) return undefined;
  const params = { size: formatMegabytes(size), limit: formatMegabytes(maxBytes) };
  return {
    code: "too-large",
    params,
    message: `This file is ${params.size}. Journey Mapper opens workspace files smaller than ${params.limit}.`,
  };
}

/**
 * Reads a workspace file. Never throws: every failure comes back as an error with a message
 * for people, and a failed file changes nothing because this only reads.
 */
export function parseWorkspaceFile(
  bytes: ArrayBuffer | Uint8Array,
  knownRecords: Records = {},
  options: ParseOptions = {},
): ParseResult {
  try {
    const view = ArrayBuffer.isView(bytes)
      ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Uint8Array(bytes);
    return parseUnsafe(view, knownRecords, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({
      code: "unexpected",
      params: { detail },
      message: `The file could not be read: ${detail}`,
    });
  }
}

function parseUnsafe(bytes: Uint8Array, known: Records, options: ParseOptions): ParseResult {
  const tooLarge = checkFileSize(bytes.byteLength, options.maxBytes);
  if (tooLarge) return fail(tooLarge);
  if (bytes.byteLength === 0) return fail({ code: "empty", message: "The file is empty." });

  const binary = sniffBinary(bytes);
  if (binary) {
    return fail({
      code: "binary",
      format: binary.format,
      params: { what: binary.name },
      message: `This is ${binary.name}, not a Journey Mapper workspace file (.journeymap.json).`,
    });
  }

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    switch (decoded.reason) {
      case "binary":
        return fail({
          code: "binary",
          format: "binary",
          params: { what: "a binary file" },
          message:
            "This is a binary file, not a Journey Mapper workspace file (.journeymap.json). It contains bytes that text never has.",
          where: decoded.offset !== undefined ? { offset: decoded.offset } : undefined,
        });
      case "utf-32":
        return fail({
          code: "encoding",
          params: { encoding: "UTF-32" },
          message:
            "This file is UTF-32 text, which Journey Mapper does not read. Save it as UTF-8 and try again.",
        });
      default: {
        const encoding = decoded.reason === "invalid-utf-8" ? "UTF-8" : "UTF-16";
        return fail({
          code: "encoding",
          params: { encoding },
          message: `This file is not valid ${encoding} text${decoded.offset !== undefined ? ` (near byte ${decoded.offset})` : ""}. A workspace file is UTF-8 text.`,
          where: decoded.offset !== undefined ? { offset: decoded.offset } : undefined,
        });
      }
    }
  }

  const text = decoded.text;
  const start = text.search(/\S/);
  if (start === -1) return fail({ code: "empty", message: "The file is empty: it holds only blank space." });
  const first = text[start]!;
  if (first === "<") {
    return fail({
      code: "not-json",
      params: { what: "XML, HTML or SVG" },
      message:
        "This looks like XML, HTML or SVG, not a Journey Mapper workspace file. A workspace file is JSON and starts with “{”.",
    });
  }
  if (!/[[{"\-0-9tfn]/.test(first)) {
    const opening = text
      .slice(start, start + 30)
      .split(/\r?\n/)[0]!
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, "");
    return fail({
      code: "not-json",
      params: { opening },
      message: `This is a text file, but not JSON: it starts with “${opening}”. A workspace file starts with “{”.`,
    });
  }

  const json = parseJson(text);
  if (!json.ok) {
    if (json.kind === "too-deep") {
      const { line, column } = json.where;
      return fail({
        code: "too-deep",
        params: { max: MAX_DEPTH, line, column },
        message: `The data is nested more than ${MAX_DEPTH} levels deep (at line ${line}, column ${column}). No workspace file is; this file is refused.`,
        where: json.where,
      });
    }
    const at = json.where ? ` at line ${json.where.line}, column ${json.where.column}` : "";
    return fail({
      code: "malformed-json",
      params: { detail: json.message, line: json.where?.line ?? 0, column: json.where?.column ?? 0 },
      message: `The file is damaged or not complete: it is not valid JSON${at}. ${json.message}.`,
      where: json.where,
    });
  }

  const identified = identify(json.value);
  if (!identified.ok) return identified;
  const { formatVersion, records, appVersion, exportedAt } = identified;

  let restored: ReturnType<typeof restore>;
  try {
    restored = restore({ formatVersion, records }, options.now ?? new Date().toISOString());
  } catch (error) {
    if (error instanceof NewerFormatError) {
      return fail({
        code: "newer-version",
        params: { version: formatVersion, current: FORMAT_VERSION },
        message: error.message,
        where: { field: "formatVersion" },
      });
    }
    throw error;
  }

  if (restored.records.length === 0) {
    if (records.length === 0) {
      return fail({
        code: "nothing-to-import",
        message: "This Journey Mapper workspace file is empty: it holds no journeys or other records.",
      });
    }
    const firstProblem = restored.problems[0]?.message;
    return fail({
      code: "unreadable",
      params: { count: records.length },
      message: `None of the ${records.length} records in the file could be read${firstProblem ? ` (for example: ${firstProblem})` : ""}.`,
      where: { field: "records" },
    });
  }

  return {
    ok: true,
    snapshot: { records: restored.records },
    summary: summarise(restored.records, known, {
      formatVersion,
      appVersion,
      exportedAt,
      problems: restored.problems,
      droppedKeys: json.droppedKeys,
    }),
  };
}

type Identified =
  | {
      ok: true;
      formatVersion: number;
      records: unknown[];
      appVersion: string | null;
      exportedAt: string | null;
    }
  | { ok: false; error: ImportError };

/** Is this our envelope (or a bare `{formatVersion, records}` snapshot, as stored)? If not, what is it? */
function identify(value: unknown): Identified {
  const notOurs = (what: string | undefined, fields?: string): Identified => ({
    ok: false,
    error: {
      code: "not-workspace",
      params: { what: what ?? "", fields: fields ?? "" },
      message: what
        ? `This is a JSON file, but not a Journey Mapper workspace: it looks like ${what}.`
        : `This is a JSON file, but not a Journey Mapper workspace: it has no "type": "${WORKSPACE_FILE_TYPE}"${fields ? `. Its top-level fields are ${fields}` : ""}.`,
    },
  });
  if (Array.isArray(value)) return notOurs(`a list of ${value.length} items rather than a workspace`);
  if (typeof value !== "object" || value === null) {
    return notOurs(value === null ? "a single null" : `a single ${typeof value} value`);
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  const hasRecords = Array.isArray(object.records);
  // A bare snapshot as storage holds it (test/fixtures/workspace-v1.json) is read too.
  const bareSnapshot = object.type === undefined && typeof object.formatVersion === "number" && hasRecords;
  if (object.type !== WORKSPACE_FILE_TYPE && !bareSnapshot) {
    const fields = keys
      .slice(0, 6)
      .map((k) => `“${k}”`)
      .join(", ");
    return notOurs(recogniseJson(object), fields || undefined);
  }
  const version = object.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error: {
        code: "bad-version",
        params: { version: JSON.stringify(version ?? null) },
        message: `This Journey Mapper workspace file has no valid format version (found ${JSON.stringify(version ?? null)}), so it cannot be read safely.`,
        where: { field: "formatVersion" },
      },
    };
  }
  if (version > FORMAT_VERSION) {
    // Before any other check: a newer format may be shaped differently.
    return {
      ok: false,
      error: {
        code: "newer-version",
        params: { version, current: FORMAT_VERSION },
        message: new NewerFormatError(version).message,
        where: { field: "formatVersion" },
      },
    };
  }
  if (!hasRecords) {
    return {
      ok: false,
      error: {
        code: "wrong-shape",
        params: { field: "records" },
        message: `This Journey Mapper workspace file is damaged: its "records" should be a list but is ${describeValue(object.records)}.`,
        where: { field: "records" },
      },
    };
  }
  return {
    ok: true,
    formatVersion: version,
    records: object.records as unknown[],
    appVersion: typeof object.appVersion === "string" ? object.appVersion : null,
    exportedAt: typeof object.exportedAt === "string" ? object.exportedAt : null,
  };
}

function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Names common JSON files people might pick by mistake. */
function recogniseJson(object: Record<string, unknown>): string | undefined {
  const type = object.type;
  if (type === "excalidraw") return "an Excalidraw drawing";
  if ("tldrawFileFormatVersion" in object) return "a tldraw drawing";
  if (type === "FeatureCollection" || type === "Feature") return "GeoJSON map data";
  if ("nbformat" in object && "cells" in object) return "a Jupyter notebook";
  if (typeof object.name === "string" && ("dependencies" in object || "devDependencies" in object))
    return "a package.json of a software project";
  if ("$schema" in object && ("properties" in object || "$defs" in object)) return "a JSON Schema";
  if (typeof type === "string" && type) return `a file of type “${type.slice(0, 60)}”`;
  return undefined;
}

function summarise(
  records: readonly AnyRecord[],
  known: Records,
  meta: Pick<ImportSummary, "formatVersion" | "appVersion" | "exportedAt" | "problems" | "droppedKeys">,
): ImportSummary {
  const counts: Partial<Record<TypeName, number>> = {};
  const steps = new Map<string, number>();
  const pains = new Map<string, number>();
  let unchanged = 0;
  let collisions = 0;
  for (const record of records) {
    counts[record.typeName] = (counts[record.typeName] ?? 0) + 1;
    const owner = journeyIdOf(record);
    if (owner && record.typeName === "step") steps.set(owner, (steps.get(owner) ?? 0) + 1);
    if (owner && record.typeName === "painpoint") pains.set(owner, (pains.get(owner) ?? 0) + 1);
    const existing = known[record.id];
    if (existing) {
      if (sameJson(existing, record)) unchanged += 1;
      else collisions += 1;
    }
  }
  const journeys = records.filter(isJourney).map((j) => ({
    id: j.id,
    name: j.name,
    steps: steps.get(j.id) ?? 0,
    painPoints: pains.get(j.id) ?? 0,
    exists: known[j.id] !== undefined,
  }));
  return { ...meta, counts, total: records.length, journeys, unchanged, collisions };
}

/** Deep equality of JSON data; key order does not matter and an undefined property counts as absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => sameJson(x, other[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const aKeys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => Object.hasOwn(bo, k) && sameJson(ao[k], bo[k]));
}
