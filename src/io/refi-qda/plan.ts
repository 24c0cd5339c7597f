import {
  codebook,
  foldText,
  isBuiltinCode,
  isCode,
  isExcerpt,
  isIsoDate,
  isSource,
  missingBuiltinCodes,
  normaliseTags,
  paletteColour,
  quoteWithContext,
} from "@/model/evidence";
import { type CodeId, newId, type SourceId } from "@/model/ids";
import {
  type AnyRecord,
  type CodeRecord,
  type ExcerptRecord,
  type PainKind,
  RESPONDENT_ROLES,
  type Records,
  SOURCE_KINDS,
  type SourceRecord,
} from "@/model/types";
import { placeSelection } from "./anchor";
import { guidFor } from "./guid";
import type { RefiContents, RefiSource } from "./parse";
import { type LineFeedText, toLineFeeds } from "./text";
import { SOURCE_VARIABLES } from "./variables";
import { isDateTime } from "./xml";

/**
 * How a REFI-QDA file joins the workspace, worked out before anything changes so the dialog can
 * say what will happen. Codes are merged: a file code whose GUID is one of ours (a re-import of
 * our own export) or whose name a workspace code has (case and diacritics ignored) is that code,
 * kept as it is; the rest are added under their parents. Sources come in as new sources with
 * their selections re-anchored (see anchor.ts), except a source the workspace already has (its
 * GUID is one of ours, or a source has the same title and text): that one is skipped, and only
 * its selections that no excerpt of it covers yet are added to it. So importing a file twice
 * adds nothing the second time.
 */

export interface UnplacedSelection {
  source: string;
  quote: string;
  start: number;
  end: number;
}

export interface RefiPlan {
  change: { put: AnyRecord[]; remove: string[] };
  codesAdded: number;
  /** File codes that are codes the workspace already has. */
  codesKept: number;
  /** New sources. */
  sources: number;
  /** File sources the workspace already has: skipped, their new selections added to them. */
  sourcesKept: number;
  /** Excerpts made from the file's selections. */
  codings: number;
  /** Selections that are already excerpts of the workspace (same source and span): skipped. */
  codingsKept: number;
  /** Of those, placed by finding their quote elsewhere than the offsets said. */
  moved: number;
  /** Of those, placed by offsets alone: the file gives no quote to check them against, or only labels. */
  unchecked: number;
  unplaced: UnplacedSelection[];
  skippedSources: RefiContents["skippedSources"];
}

export interface RefiPlanOptions {
  now: string;
  builtinNames?: Partial<Record<PainKind, string>>;
  /** The title of a source the file gives no name, in the user's language. */
  untitledSource?: string;
  /** For tests. */
  newId?: typeof newId;
}

const HEX6 = /^#[0-9a-fA-F]{6}$/;
const HEX3 = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/;

function colourOf(value: string | undefined): string | undefined {
  const v = value?.trim() ?? "";
  if (HEX6.test(v)) return v.toLowerCase();
  const m = HEX3.exec(v);
  return m ? `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toLowerCase() : undefined;
}

export function planRefiImport(contents: RefiContents, records: Records, options: RefiPlanOptions): RefiPlan {
  const fresh = options.newId ?? newId;
  const { now } = options;
  const put: AnyRecord[] = [];

  // Codes: by GUID (our own export), then by folded name, else new.
  const byGuid = new Map<string, CodeId>();
  const byName = new Map<string, CodeId>();
  const entries = codebook(records, options.builtinNames);
  for (const { code } of entries) {
    byGuid.set(guidFor(code.id), code.id);
    byName.set(foldText(code.name.trim()), code.id);
  }
  const usedColours = new Set(entries.map((e) => e.code.colour.toLowerCase()));
  const codeOf = new Map<string, CodeId>();
  const used = new Set<CodeId>();
  let codesAdded = 0;
  let codesKept = 0;
  for (const code of contents.codes) {
    if (codeOf.has(code.guid) || code.name === "") continue;
    const key = foldText(code.name);
    const existing = byGuid.get(code.guid) ?? byName.get(key);
    if (existing) {
      codeOf.set(code.guid, existing);
      codesKept += 1;
      continue;
    }
    const parentId = code.parentGuid ? (codeOf.get(code.parentGuid) ?? null) : null;
    if (parentId) used.add(parentId);
    const colour = colourOf(code.colour) ?? paletteColour(usedColours);
    usedColours.add(colour);
    const record: CodeRecord = {
      typeName: "code",
      id: fresh("code"),
      name: code.name,
      colour,
      description: code.description,
      parentId,
      createdAt: now,
      updatedAt: now,
    };
    put.push(record);
    codeOf.set(code.guid, record.id);
    byName.set(key, record.id);
    codesAdded += 1;
  }

  // Sources and their selections. A source the workspace has is the target of its selections,
  // placed in its text (LF line breaks, like the file's) and mapped back to its own offsets.
  const known = knownSources(records);
  const targets = contents.sources.map((file): Target => {
    const title = file.name.trim() || (options.untitledSource ?? "Untitled source");
    const existing = known.match(file, title);
    if (!existing) return { title, text: file.text };
    const lf = toLineFeeds(existing.text);
    return { title: existing.title, text: lf.text, existing, lf };
  });
  const spans = excerptSpans(records, new Set(targets.flatMap((t) => (t.existing ? [t.existing.id] : []))));
  let codings = 0;
  let codingsKept = 0;
  let moved = 0;
  let unchecked = 0;
  let sourcesKept = 0;
  const unplaced: UnplacedSelection[] = [];
  // Most tools put the selected text in `name`; some put a label there (qc writes "line:12").
  // When not one name in the file is found in its source, names are labels, and offsets that
  // fit their text are taken as they are.
  const placements = contents.sources.map((file, i) =>
    file.selections.map((s) => placeSelection(targets[i]!.text, s.start, s.end, s.quote)),
  );
  const namesAreQuotes = placements.some((list) => list.some((p) => p && p.how !== "unchecked"));
  contents.sources.forEach((file, i) => {
    const target = targets[i]!;
    let source: SourceRecord;
    if (target.existing) {
      source = target.existing;
      sourcesKept += 1;
    } else {
      source = sourceRecord(file, fresh("source"), now, target.title);
      put.push(source);
    }
    file.selections.forEach((selection, k) => {
      const placed =
        placements[i]![k] ??
        (namesAreQuotes ? undefined : placeSelection(target.text, selection.start, selection.end, ""));
      if (!placed) {
        unplaced.push({
          source: source.title,
          quote: selection.quote,
          start: selection.start,
          end: selection.end,
        });
        return;
      }
      const place = target.lf
        ? { ...placed, start: target.lf.original(placed.start), end: target.lf.original(placed.end) }
        : placed;
      if (spans.get(source.id)?.has(`${place.start}:${place.end}`)) {
        codingsKept += 1;
        return;
      }
      if (place.how === "found") moved += 1;
      if (place.how === "unchecked") unchecked += 1;
      const codeIds = [
        ...new Set(selection.codeGuids.flatMap((g) => (codeOf.has(g) ? [codeOf.get(g)!] : []))),
      ];
      for (const id of codeIds) used.add(id);
      const created = selection.createdAt && isDateTime(selection.createdAt) ? selection.createdAt : now;
      const excerpt: ExcerptRecord = {
        typeName: "excerpt",
        id: fresh("excerpt"),
        sourceId: source.id,
        start: place.start,
        end: place.end,
        ...quoteWithContext(source.text, place.start, place.end),
        codeIds,
        coder: selection.coder.trim(),
        stepIds: [],
        edgeIds: [],
        painPointIds: [],
        note: selection.description,
        createdAt: created,
        updatedAt: now,
      };
      put.push(excerpt);
      codings += 1;
    });
  });

  // Built-in codes that only existed virtually get their records once something uses them.
  const builtins = missingBuiltinCodes(
    records,
    [...used].filter((id) => isBuiltinCode(id) && !isCode(records[id])),
    now,
    options.builtinNames,
  );
  return {
    change: { put: [...builtins, ...put], remove: [] },
    codesAdded,
    codesKept,
    sources: contents.sources.length - sourcesKept,
    sourcesKept,
    codings,
    codingsKept,
    moved,
    unchecked,
    unplaced,
    skippedSources: contents.skippedSources,
  };
}

/** Where a file source's selections go: a new source, or one the workspace already has. */
interface Target {
  title: string;
  /** The text the selections are placed in, with LF line breaks. */
  text: string;
  existing?: SourceRecord;
  /** The existing source's text made LF, to map placements back to its offsets. */
  lf?: LineFeedText;
}

/** "start:end" of every excerpt of these sources, in one pass over the records. */
function excerptSpans(records: Records, sourceIds: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (sourceIds.size === 0) return out;
  for (const id in records) {
    const record = records[id];
    if (!isExcerpt(record) || !sourceIds.has(record.sourceId)) continue;
    const key = `${record.start}:${record.end}`;
    const set = out.get(record.sourceId);
    if (set) set.add(key);
    else out.set(record.sourceId, new Set([key]));
  }
  return out;
}

/**
 * The workspace's sources, to find a file source among them: by GUID (a re-import of our own
 * export, whose GUIDs come from our ids), else by the same title and text (LF line breaks).
 */
function knownSources(records: Records) {
  const byGuid = new Map<string, SourceRecord>();
  const byTitle = new Map<string, SourceRecord[]>();
  for (const id in records) {
    const record = records[id];
    if (!isSource(record)) continue;
    byGuid.set(guidFor(record.id), record);
    const list = byTitle.get(record.title);
    if (list) list.push(record);
    else byTitle.set(record.title, [record]);
  }
  return {
    match(file: RefiSource, title: string): SourceRecord | undefined {
      return (
        byGuid.get(file.guid) ??
        byTitle.get(title)?.find((s) => s.text === file.text || toLineFeeds(s.text).text === file.text)
      );
    },
  };
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value?.trim());
}

/** A new interview source; the variables our export writes come back to their fields. */
function sourceRecord(file: RefiSource, id: SourceId, now: string, title: string): SourceRecord {
  const variables = { ...file.variables };
  const take = (name: string) => {
    const value = variables[name];
    delete variables[name];
    return value?.trim() ?? "";
  };
  const kind = oneOf(SOURCE_KINDS, take(SOURCE_VARIABLES.kind)) ?? "interview";
  const respondent = take(SOURCE_VARIABLES.respondent);
  const respondentRole = oneOf(RESPONDENT_ROLES, take(SOURCE_VARIABLES.respondentRole)) ?? "other";
  const date = take(SOURCE_VARIABLES.date);
  const interviewer = take(SOURCE_VARIABLES.interviewer);
  const tags = normaliseTags(take(SOURCE_VARIABLES.tags).split(","));
  return {
    typeName: "source",
    id,
    kind,
    title,
    respondent,
    respondentRole,
    date: isIsoDate(date) ? date : "",
    interviewer,
    tags,
    attributes: variables,
    text: file.text,
    createdAt: now,
    updatedAt: now,
  };
}
