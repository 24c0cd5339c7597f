import { strToU8, zipSync } from "fflate";
import { codebook, findAnchor, isAnchored, isExcerpt, listSources } from "@/model/evidence";
import type { JourneyId } from "@/model/ids";
import { computeBands, STEP_HEIGHT, STEP_WIDTH, stepPosition } from "@/model/layout";
import { isEdge, isStep, listJourneys } from "@/model/records";
import type {
  CodeRecord,
  EdgeRecord,
  ExcerptRecord,
  PainKind,
  Records,
  SourceRecord,
  StepRecord,
} from "@/model/types";
import { guidFor } from "./guid";
import { toLineFeeds } from "./text";
import { SOURCE_VARIABLES } from "./variables";
import { container, isDateTime, serializeXml, textElement, type XmlElement } from "./xml";

/**
 * REFI-QDA export: the codebook as a `.qdc`, and sources with their codings as a `.qdpx` (a zip
 * of `project.qde` and `sources/<GUID>.txt`). Children are written in the schemas' order and
 * empty containers are left out; both are what the schemas check. See docs/refi-qda.md.
 */

export const CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

export interface RefiExportOptions {
  /** ISO time of the export. */
  now: string;
  appVersion: string;
  /** Built-in code names in the user's language. */
  builtinNames?: Partial<Record<PainKind, string>>;
}

export interface ProjectExportOptions extends RefiExportOptions {
  /** The project's name in the file. */
  name: string;
  /** Journeys that go out as sets and graphs; every journey when absent. */
  journeyIds?: readonly JourneyId[];
}

const dateTime = (value: string) => (isDateTime(value) ? value : undefined);
const COLOUR = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

export const codeGuid = (id: string) => guidFor(id);
export const userGuid = (coder: string) => guidFor(`coder:${coder}`);
const variableGuid = (name: string) => guidFor(`variable:${name}`);

function variableValue(name: string, value: string): XmlElement {
  return {
    name: "VariableValue",
    children: [
      { name: "VariableRef", attributes: { targetGUID: variableGuid(name) } },
      { name: "TextValue", text: value },
    ],
  };
}

/** The codebook's codes, built-in ones named in the user's language. */
function codesOf(records: Records, options: RefiExportOptions): CodeRecord[] {
  return codebook(records, options.builtinNames).map((e) => e.code);
}

/** The codebook as nested `Code` elements: children under their parent, siblings in codebook order. */
function codeElements(codes: readonly CodeRecord[]): XmlElement[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string, CodeRecord[]>();
  for (const code of codes) {
    const parent = code.parentId && ids.has(code.parentId) ? code.parentId : "";
    const siblings = children.get(parent);
    if (siblings) siblings.push(code);
    else children.set(parent, [code]);
  }
  const seen = new Set<string>();
  const walk = (parent: string): XmlElement[] =>
    (children.get(parent) ?? [])
      .filter((code) => !seen.has(code.id) && seen.add(code.id))
      .map((code) => ({
        name: "Code",
        attributes: {
          guid: codeGuid(code.id),
          name: code.name,
          // Every code of ours can be applied, parents included.
          isCodable: true,
          color: COLOUR.test(code.colour) ? code.colour.toUpperCase() : undefined,
        },
        children: [textElement("Description", code.description), ...walk(code.id)],
      }));
  return walk("");
}

/** The `.qdc` codebook exchange file. */
export function exportCodebook(records: Records, options: RefiExportOptions): string {
  return serializeXml({
    name: "CodeBook",
    attributes: { xmlns: CODEBOOK_NAMESPACE, origin: `Journey Mapper ${options.appVersion}` },
    children: [{ name: "Codes", children: codeElements(codesOf(records, options)) }],
  });
}

export interface ProjectExport {
  /** The `project.qde` document. */
  qde: string;
  /** `sources/<GUID>.txt` → its text (line feeds only). */
  sources: Map<string, string>;
  /** Excerpts left out because their quote is no longer anywhere in their source. */
  skipped: number;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sourceVariables(source: SourceRecord): [string, string][] {
  const values: [string, string][] = [
    [SOURCE_VARIABLES.kind, source.kind],
    [SOURCE_VARIABLES.respondent, source.respondent],
    [SOURCE_VARIABLES.respondentRole, source.respondentRole],
    [SOURCE_VARIABLES.date, source.date],
    [SOURCE_VARIABLES.interviewer, source.interviewer],
    [SOURCE_VARIABLES.tags, source.tags.join(", ")],
    ...Object.entries(source.attributes),
  ];
  return values.filter(([, value]) => value.trim() !== "");
}

/** `project.qde` and the source texts it points at. */
export function exportProject(records: Records, options: ProjectExportOptions): ProjectExport {
  const codebookCodes = codesOf(records, options);
  const codeIds = new Set(codebookCodes.map((c) => c.id));
  const sources = listSources(records).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  const coders = new Set<string>();
  // Respondents as cases, for tools that keep who said it there (Quirkos) rather than on sources.
  const cases = new Map<string, { name: string; role: string; sources: string[] }>();
  const variables = new Set<string>();
  const files = new Map<string, string>();
  const exported: ExcerptRecord[] = [];
  let skipped = 0;

  // One pass over the records rather than one per source and journey: workspaces hold thousands of excerpts.
  const bySource = new Map<string, ExcerptRecord[]>();
  const stepsByJourney = new Map<string, StepRecord[]>();
  const edgesByJourney = new Map<string, EdgeRecord[]>();
  for (const record of Object.values(records)) {
    if (isExcerpt(record)) addTo(bySource, record.sourceId, record);
    else if (isStep(record)) addTo(stepsByJourney, record.journeyId, record);
    else if (isEdge(record)) addTo(edgesByJourney, record.journeyId, record);
  }
  const sourceElements = sources.map((source): XmlElement => {
    const guid = guidFor(source.id);
    const text = toLineFeeds(source.text);
    files.set(`sources/${guid}.txt`, text.text);
    const selections: XmlElement[] = [];
    const excerpts = (bySource.get(source.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const excerpt of excerpts) {
      // An excerpt whose text moved goes out where its quote is now; one whose quote is gone stays home.
      const anchor = isAnchored(excerpt, source.text)
        ? { start: excerpt.start, end: excerpt.end, anchored: true }
        : findAnchor(excerpt, source.text);
      if (!anchor.anchored) {
        skipped += 1;
        continue;
      }
      exported.push(excerpt);
      const coder = excerpt.coder.trim();
      if (coder) coders.add(coder);
      const user = coder ? userGuid(coder) : undefined;
      const created = dateTime(excerpt.createdAt);
      selections.push({
        name: "PlainTextSelection",
        attributes: {
          guid: guidFor(excerpt.id),
          // The quote as it stands in the shipped .txt, so that importers can check it.
          name: toLineFeeds(excerpt.quote).text,
          startPosition: text.point(anchor.start),
          endPosition: text.point(anchor.end),
          creatingUser: user,
          creationDateTime: created,
        },
        children: [
          textElement("Description", excerpt.note),
          ...excerpt.codeIds
            .filter((id) => codeIds.has(id))
            .map((id) => ({
              name: "Coding",
              attributes: {
                guid: guidFor(`${excerpt.id}|${id}`),
                creatingUser: user,
                creationDateTime: created,
              },
              children: [{ name: "CodeRef", attributes: { targetGUID: codeGuid(id) } }],
            })),
        ],
      });
    }
    const values = sourceVariables(source);
    for (const [name] of values) variables.add(name);
    const respondent = source.respondent.trim();
    if (respondent) {
      const key = respondent.toLocaleLowerCase();
      const known = cases.get(key);
      if (known) known.sources.push(guid);
      else cases.set(key, { name: respondent, role: source.respondentRole, sources: [guid] });
    }
    return {
      name: "TextSource",
      attributes: {
        guid,
        name: source.title,
        plainTextPath: `internal://${guid}.txt`,
        creationDateTime: dateTime(source.createdAt),
        modifiedDateTime: dateTime(source.updatedAt),
      },
      children: [...selections, ...values.map(([name, value]) => variableValue(name, value))],
    };
  });

  const journeys = listJourneys(records)
    .filter((j) => !options.journeyIds || options.journeyIds.includes(j.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const byStep = new Map<string, ExcerptRecord[]>();
  for (const excerpt of exported) {
    for (const stepId of excerpt.stepIds) addTo(byStep, stepId, excerpt);
  }
  const sets: XmlElement[] = [];
  const graphs: XmlElement[] = [];
  for (const journey of journeys) {
    const steps = stepsByJourney.get(journey.id) ?? [];
    const layout = computeBands(journey, steps);
    const stageOrder = new Map(journey.stages.map((s, i) => [s.id, i]));
    steps.sort(
      (a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) || a.x - b.x || a.y - b.y,
    );
    const vertices: XmlElement[] = [];
    for (const step of steps) {
      const linked = byStep.get(step.id) ?? [];
      const memberCodes = [...new Set(linked.flatMap((e) => e.codeIds))].filter((id) => codeIds.has(id));
      const memberSources = [...new Set(linked.map((e) => e.sourceId))];
      sets.push({
        name: "Set",
        attributes: { guid: guidFor(step.id), name: `${journey.name}: ${step.title}` },
        children: [
          textElement("Description", step.description),
          ...memberCodes.map((id) => ({ name: "MemberCode", attributes: { targetGUID: codeGuid(id) } })),
          ...memberSources.map((id) => ({ name: "MemberSource", attributes: { targetGUID: guidFor(id) } })),
        ],
      });
      const at = stepPosition(layout, step) ?? { x: step.x, y: step.y };
      vertices.push({
        name: "Vertex",
        attributes: {
          guid: guidFor(`${step.id}#vertex`),
          representedGUID: guidFor(step.id),
          name: step.title,
          firstX: Math.round(at.x),
          firstY: Math.round(at.y),
          secondX: Math.round(at.x + STEP_WIDTH),
          secondY: Math.round(at.y + STEP_HEIGHT),
          shape: "RoundedRectangle",
        },
      });
    }
    const stepIds = new Set(steps.map((s) => s.id));
    const edges = (edgesByJourney.get(journey.id) ?? [])
      .filter((e) => stepIds.has(e.source) && stepIds.has(e.target))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((edge) => ({
        name: "Edge",
        attributes: {
          guid: guidFor(edge.id),
          name: edge.label || undefined,
          sourceVertex: guidFor(`${edge.source}#vertex`),
          targetVertex: guidFor(`${edge.target}#vertex`),
          direction: "OneWay",
        },
      }));
    graphs.push({
      name: "Graph",
      attributes: { guid: guidFor(`${journey.id}#graph`), name: journey.name },
      children: [...vertices, ...edges],
    });
  }

  const codes = codeElements(codebookCodes);
  const qde = serializeXml({
    name: "Project",
    attributes: {
      xmlns: PROJECT_NAMESPACE,
      name: options.name,
      origin: `Journey Mapper ${options.appVersion}`,
      creationDateTime: dateTime(options.now),
    },
    children: [
      container(
        "Users",
        [...coders].sort().map((name) => ({ name: "User", attributes: { guid: userGuid(name), name } })),
      ),
      codes.length > 0 ? { name: "CodeBook", children: [{ name: "Codes", children: codes }] } : undefined,
      container(
        "Variables",
        [...variables].sort().map((name) => ({
          name: "Variable",
          attributes: { guid: variableGuid(name), name, typeOfVariable: "Text" },
        })),
      ),
      container(
        "Cases",
        [...cases].map(([key, c]) => ({
          name: "Case",
          attributes: { guid: guidFor(`case:${key}`), name: c.name },
          children: [
            variableValue(SOURCE_VARIABLES.respondentRole, c.role),
            ...c.sources.map((guid) => ({ name: "SourceRef", attributes: { targetGUID: guid } })),
          ],
        })),
      ),
      container("Sources", sourceElements),
      container("Sets", sets),
      container("Graphs", graphs),
    ],
  });
  return { qde, sources: files, skipped };
}

/** The `.qdpx` archive: `project.qde` at the top, the texts under lowercase `sources/`. */
export function packProject(project: ProjectExport, now: string): Uint8Array {
  const mtime = Number.isNaN(Date.parse(now)) ? undefined : new Date(now);
  const entries: Record<string, Uint8Array> = { "project.qde": strToU8(project.qde) };
  for (const [path, text] of project.sources) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6, ...(mtime ? { mtime } : {}) });
}
