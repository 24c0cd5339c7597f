import { unzipSync } from "fflate";
import { decodeText, sniffBinary } from "@/io/file-bytes";
import { normaliseGuid } from "./guid";
import { SOURCE_VARIABLES } from "./variables";

/**
 * Reads a REFI-QDA codebook (`.qdc`) or project (`.qdpx`, or a bare `project.qde`) into plain
 * data. Never throws and never changes anything: a file that cannot be read comes back as an
 * error with a message. XML with a DOCTYPE is refused outright (no entity can be expanded).
 */

export interface RefiCode {
  guid: string;
  name: string;
  colour: string | undefined;
  description: string;
  parentGuid: string | undefined;
}

export interface RefiSelection {
  guid: string;
  /** Code points, 0-based, end-exclusive, as written in the file (not yet checked). */
  start: number;
  end: number;
  /** The `name` attribute: most tools put the selected text there. */
  quote: string;
  description: string;
  /** The creating user's name (or id); empty when the file does not say. */
  coder: string;
  codeGuids: string[];
  createdAt: string | undefined;
}

export interface RefiSource {
  guid: string;
  name: string;
  /** Line endings made LF. */
  text: string;
  selections: RefiSelection[];
  /** Variable name → value. */
  variables: Record<string, string>;
}

export interface RefiContents {
  kind: "codebook" | "project";
  /** The project's name or the codebook's origin. */
  name: string;
  origin: string;
  codes: RefiCode[];
  sources: RefiSource[];
  /** Sources that could not be brought in: not plain text, or their text is not in the file. */
  skippedSources: { name: string; reason: "not-text" | "missing-text" }[];
}

export type RefiErrorCode =
  | "empty"
  | "not-zip"
  | "no-project"
  | "bad-xml"
  | "doctype"
  | "wrong-root"
  | "too-large"
  /** The reader itself could not be loaded (see read-file.ts); never returned by this module. */
  | "not-loaded";

export interface RefiError {
  code: RefiErrorCode;
  /** English; the UI translates by `code`. */
  message: string;
  params?: Record<string, string>;
}

type Failure = { ok: false; error: RefiError };
export type RefiParseResult = { ok: true; contents: RefiContents } | Failure;

/** Unpacked, a project may not be larger than this (a guard against zip bombs). */
const MAX_UNPACKED_BYTES = 200_000_000;

const fail = (code: RefiErrorCode, message: string, params?: Record<string, string>): Failure => ({
  ok: false,
  error: { code, message, ...(params ? { params } : {}) },
});

export function parseRefiFile(bytes: Uint8Array, fileName: string): RefiParseResult {
  try {
    return parseUnsafe(bytes, fileName);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail("bad-xml", `The file could not be read: ${detail}`, { detail });
  }
}

function parseUnsafe(bytes: Uint8Array, fileName: string): RefiParseResult {
  if (bytes.byteLength === 0) return fail("empty", "The file is empty.");
  if (sniffBinary(bytes)?.format === "zip") return parseArchive(bytes);
  if (/\.qdpx$/i.test(fileName)) {
    return fail("not-zip", "A .qdpx project is a zip archive, and this file is not one. It may be damaged.");
  }
  const parsed = parseXml(bytes);
  if (!parsed.ok) return parsed;
  return readDocument(parsed.root, new Map());
}

function parseArchive(bytes: Uint8Array): RefiParseResult {
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        const name = file.name.toLowerCase();
        const wanted = name === "project.qde" || /^sources\/[^/]+$/.test(name);
        if (!wanted) return false;
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return fail("not-zip", "This zip archive is damaged and cannot be opened.");
  }
  if (tooLarge) {
    return fail(
      "too-large",
      "Unpacked, this project is larger than 200 MB; Journey Mapper does not open it.",
    );
  }
  const entries = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) entries.set(name.toLowerCase(), data);
  const qde = entries.get("project.qde");
  if (!qde) {
    return fail(
      "no-project",
      "This zip archive holds no project.qde, so it is not a REFI-QDA project (.qdpx).",
    );
  }
  const parsed = parseXml(qde);
  if (!parsed.ok) return parsed;
  return readDocument(parsed.root, entries);
}

function parseXml(bytes: Uint8Array): { ok: true; root: Element } | Failure {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail("bad-xml", "The XML is not text in UTF-8 or UTF-16.");
  const text = decoded.text;
  // A DOCTYPE is where entities are declared; REFI-QDA files have none, so none is read.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return fail(
      "doctype",
      "The XML declares a DOCTYPE. REFI-QDA files have none, and Journey Mapper does not read one.",
    );
  }
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error || !doc.documentElement) {
    const detail = (error?.textContent ?? "").trim().split("\n")[0]?.slice(0, 200) ?? "";
    return fail("bad-xml", `The XML is damaged and cannot be read. ${detail}`.trim(), { detail });
  }
  return { ok: true, root: doc.documentElement };
}

const childrenNamed = (parent: Element | undefined, name: string): Element[] =>
  parent ? Array.from(parent.children).filter((c) => c.localName === name) : [];
const childNamed = (parent: Element | undefined, name: string): Element | undefined =>
  childrenNamed(parent, name)[0];
const attr = (element: Element, name: string) => element.getAttribute(name) ?? "";
const lf = (text: string) => text.replace(/\r\n?/g, "\n");

function readDocument(root: Element, entries: ReadonlyMap<string, Uint8Array>): RefiParseResult {
  if (root.localName === "CodeBook") {
    return {
      ok: true,
      contents: {
        kind: "codebook",
        name: attr(root, "origin"),
        origin: attr(root, "origin"),
        codes: readCodes(childNamed(root, "Codes")),
        sources: [],
        skippedSources: [],
      },
    };
  }
  if (root.localName !== "Project") {
    return fail(
      "wrong-root",
      `This XML is a “${root.localName}” document, not a REFI-QDA codebook (CodeBook) or project (Project).`,
      { root: root.localName },
    );
  }
  const users = new Map<string, string>();
  for (const user of childrenNamed(childNamed(root, "Users"), "User")) {
    const guid = normaliseGuid(attr(user, "guid"));
    if (guid) users.set(guid, attr(user, "name") || attr(user, "id"));
  }
  const variables = new Map<string, string>();
  for (const variable of childrenNamed(childNamed(root, "Variables"), "Variable")) {
    const guid = normaliseGuid(attr(variable, "guid"));
    if (guid) variables.set(guid, attr(variable, "name"));
  }
  // What a case says of its sources (who the respondent is, their variables); the source's own values win.
  const caseOf = new Map<string, Record<string, string>>();
  for (const element of childrenNamed(childNamed(root, "Cases"), "Case")) {
    const values = readVariableValues(element, variables);
    const name = attr(element, "name").trim();
    if (name && !(SOURCE_VARIABLES.respondent in values)) values[SOURCE_VARIABLES.respondent] = name;
    for (const ref of childrenNamed(element, "SourceRef")) {
      const target = normaliseGuid(ref.getAttribute("targetGUID"));
      if (target) caseOf.set(target, { ...caseOf.get(target), ...values });
    }
  }
  const sources: RefiSource[] = [];
  const skippedSources: RefiContents["skippedSources"] = [];
  for (const element of Array.from(childNamed(root, "Sources")?.children ?? [])) {
    const name = attr(element, "name");
    if (element.localName !== "TextSource") {
      skippedSources.push({ name: name || element.localName, reason: "not-text" });
      continue;
    }
    const text = sourceText(element, entries);
    const guid = normaliseGuid(attr(element, "guid"));
    if (text === undefined || !guid) {
      skippedSources.push({ name, reason: "missing-text" });
      continue;
    }
    sources.push({
      guid,
      name,
      text: lf(text),
      selections: childrenNamed(element, "PlainTextSelection").flatMap((s) => readSelection(s, users)),
      variables: { ...caseOf.get(guid), ...readVariableValues(element, variables) },
    });
  }
  return {
    ok: true,
    contents: {
      kind: "project",
      name: attr(root, "name"),
      origin: attr(root, "origin"),
      codes: readCodes(childNamed(childNamed(root, "CodeBook"), "Codes")),
      sources,
      skippedSources,
    },
  };
}

function readCodes(codes: Element | undefined): RefiCode[] {
  const out: RefiCode[] = [];
  const walk = (parent: Element | undefined, parentGuid: string | undefined) => {
    for (const code of childrenNamed(parent, "Code")) {
      const guid = normaliseGuid(attr(code, "guid"));
      if (!guid) continue;
      out.push({
        guid,
        name: attr(code, "name").trim(),
        colour: code.getAttribute("color") ?? undefined,
        description: childNamed(code, "Description")?.textContent ?? "",
        parentGuid,
      });
      walk(code, guid);
    }
  };
  walk(codes, undefined);
  return out;
}

function readSelection(element: Element, users: ReadonlyMap<string, string>): RefiSelection[] {
  const guid = normaliseGuid(attr(element, "guid"));
  const start = Number.parseInt(attr(element, "startPosition"), 10);
  const end = Number.parseInt(attr(element, "endPosition"), 10);
  if (!guid) return [];
  const user = normaliseGuid(attr(element, "creatingUser"));
  return [
    {
      guid,
      start: Number.isFinite(start) ? start : -1,
      end: Number.isFinite(end) ? end : -1,
      quote: lf(attr(element, "name")),
      description: childNamed(element, "Description")?.textContent ?? "",
      coder: (user && users.get(user)) ?? "",
      codeGuids: childrenNamed(element, "Coding").flatMap((coding) => {
        const target = normaliseGuid(childNamed(coding, "CodeRef")?.getAttribute("targetGUID"));
        return target ? [target] : [];
      }),
      createdAt: element.getAttribute("creationDateTime") ?? undefined,
    },
  ];
}

function readVariableValues(
  element: Element,
  variables: ReadonlyMap<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of childrenNamed(element, "VariableValue")) {
    const name = variables.get(
      normaliseGuid(childNamed(value, "VariableRef")?.getAttribute("targetGUID")) ?? "",
    );
    const content = Array.from(value.children).find((c) => c.localName.endsWith("Value"));
    if (name && content) out[name] = content.textContent ?? "";
  }
  return out;
}

/** Inline `PlainTextContent`, or the `internal://` file under `sources/` (any case). */
function sourceText(element: Element, entries: ReadonlyMap<string, Uint8Array>): string | undefined {
  const inline = childNamed(element, "PlainTextContent");
  if (inline) return inline.textContent ?? "";
  const path = attr(element, "plainTextPath");
  const internal = /^internal:\/\/(.+)$/i.exec(path);
  if (!internal) return undefined;
  const data = entries.get(`sources/${internal[1]!.toLowerCase()}`);
  if (!data) return undefined;
  const decoded = decodeText(data);
  return decoded.ok ? decoded.text : undefined;
}
