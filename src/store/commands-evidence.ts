import { t } from "@/i18n";
import {
  applyPseudonymisation,
  BUILTIN_CODES,
  type CodeDetails,
  createCode,
  createExcerpt,
  createSource,
  deleteCode,
  deleteSource,
  type ExcerptDetails,
  excerptsOfSource,
  isBuiltinCode,
  isCode,
  isExcerpt,
  isSource,
  type LinkTarget,
  linkExcerpt,
  mergeCodes,
  missingBuiltinCodes,
  moveExcerpt,
  nextCodeColour,
  type PseudonymiseOptions,
  pseudonymise,
  type SourceDetails,
  shortQuote,
  unlinkExcerpt,
  updateCode,
  updateExcerpt,
  updateSource,
  validateCode,
  validateSource,
} from "@/model/evidence";
import type { CodeId, EdgeId, ExcerptId, PainPointId, SourceId, StepId } from "@/model/ids";
import { isEdge, isPain, isStep } from "@/model/records";
import type { AnyRecord, CodeRecord, PainKind, SourceKind } from "@/model/types";
import { type CommandDefinition, notify, state } from "./command-kit";
import { commit, now } from "./document";
import { builtinNames } from "./evidence";
import { type Route, useStore } from "./store";

/** Commands for sources, the codebook and coded excerpts. */

export type EvidenceTab = NonNullable<Extract<Route, { view: "evidence" }>["tab"]>;

/** Built-in codes among `codeIds` that have no record yet, made now so they can be used. */
function builtinsFor(codeIds: readonly string[]): CodeRecord[] {
  return missingBuiltinCodes(state().records, codeIds, now(), builtinNames());
}

/** Only ids of codes that exist, or built-in codes (which are made on first use). */
function knownCodes(codeIds: readonly string[]): CodeId[] {
  const { records } = state();
  return [...new Set(codeIds)].filter((id) => isCode(records[id]) || isBuiltinCode(id)) as CodeId[];
}

function link(excerptId: ExcerptId, target: LinkTarget, exists: boolean): boolean {
  const excerpt = state().records[excerptId];
  if (!isExcerpt(excerpt) || !exists) return false;
  commit(linkExcerpt(excerpt, target, now()));
  return true;
}

function unlink(excerptId: ExcerptId, target: LinkTarget): void {
  const excerpt = state().records[excerptId];
  if (isExcerpt(excerpt)) commit(unlinkExcerpt(excerpt, target, now()));
}

/** Opens the evidence view, on a tab and with a source open when given. */
function openEvidence(args: { tab?: EvidenceTab; sourceId?: SourceId } = {}): void {
  const { route } = state();
  const current = route.view === "evidence" ? route : undefined;
  const tab = args.tab ?? (args.sourceId ? "sources" : (current?.tab ?? "sources"));
  const sourceId = "sourceId" in args ? args.sourceId : current?.sourceId;
  useStore.setState({
    route: { view: "evidence", tab, ...(sourceId ? { sourceId } : {}) },
    selection: [],
  });
}

export const evidenceCommands = {
  "view.evidence": {
    labelKey: "evidence.commands.open",
    /** Opens the evidence view: `{ tab, sourceId }`; a given `sourceId: undefined` closes the open source. */
    run: (args: { tab?: EvidenceTab; sourceId?: SourceId } = {}) => openEvidence(args),
  },
  "source.add": {
    labelKey: "evidence.commands.addSource",
    /** Adds a source (pasted text and its details) and opens it. Returns its id, or undefined when invalid. */
    run(details: SourceDetails & { title: string; kind?: SourceKind }): SourceId | undefined {
      if (Object.keys(validateSource(details)).length > 0) return undefined;
      const source = createSource(details, now(), details.kind);
      commit({ put: [source] });
      openEvidence({ tab: "sources", sourceId: source.id });
      return source.id;
    },
  },
  "source.update": {
    labelKey: "evidence.commands.editSource",
    /** Changes a source's details or text; a changed text re-anchors its excerpts in the same change. */
    run(sourceId: SourceId, details: SourceDetails) {
      const source = state().records[sourceId];
      if (!isSource(source) || Object.keys(validateSource(details)).length > 0) return;
      commit(updateSource(state().records, source, details, now()), {
        mergeKey: `${sourceId}:${Object.keys(details).sort().join()}`,
      });
    },
  },
  "source.delete": {
    labelKey: "evidence.commands.deleteSource",
    /** Deletes a source and its excerpts as one undoable change (the view asks first). */
    run(sourceId: SourceId) {
      const { records, route } = state();
      const source = records[sourceId];
      if (!isSource(source)) return;
      const count = excerptsOfSource(records, sourceId).length;
      commit(deleteSource(records, sourceId));
      if (route.view === "evidence" && route.sourceId === sourceId) {
        useStore.setState({ route: { view: "evidence", tab: route.tab ?? "sources" } });
      }
      notify(t("evidence.sourceDeleted", { title: source.title, count }), true);
    },
  },
  "source.pseudonymise": {
    labelKey: "evidence.commands.pseudonymise",
    /**
     * Replaces the listed names, e-mail addresses and phone numbers in a source's text and moves
     * its excerpts along, as one undoable change. Returns how many replacements were made.
     */
    run(sourceId: SourceId, options: PseudonymiseOptions): number {
      const { records } = state();
      const source = records[sourceId];
      if (!isSource(source)) return 0;
      const count = pseudonymise(source.text, options).replacements.length;
      if (count === 0) return 0;
      commit(applyPseudonymisation(records, source, options, now()));
      notify(t("evidence.pseudonymised", { count, title: source.title }), true);
      return count;
    },
  },
  "code.add": {
    labelKey: "evidence.commands.addCode",
    /** Adds a code to the codebook; returns its id, or undefined when the details are refused. */
    run(details: CodeDetails & { name: string }): CodeId | undefined {
      const { records } = state();
      if (Object.keys(validateCode(records, details)).length > 0) return undefined;
      const code = createCode(details, now(), details.colour ?? nextCodeColour(records));
      const put: AnyRecord[] = [...builtinsFor(details.parentId ? [details.parentId] : []), code];
      commit({ put });
      return code.id;
    },
  },
  "code.update": {
    labelKey: "evidence.commands.editCode",
    /** Changes a code's name, colour, description or parent; a parent that makes a cycle is refused. */
    run(codeId: CodeId, details: CodeDetails): boolean {
      const { records } = state();
      if (Object.keys(validateCode(records, details, codeId)).length > 0) return false;
      const code = records[codeId] ?? builtinsFor([codeId])[0];
      if (!isCode(code)) return false;
      const change = updateCode(records, code, details, now());
      if (!change.put) return false;
      commit(change, { mergeKey: `${codeId}:${Object.keys(details).sort().join()}` });
      return true;
    },
  },
  "code.delete": {
    labelKey: "evidence.commands.deleteCode",
    /** Deletes a code: it comes off every excerpt and its children move up. Undoable. */
    run(codeId: CodeId) {
      const code = state().records[codeId];
      if (!isCode(code)) return;
      commit(deleteCode(state().records, codeId, now()));
      notify(t("evidence.codeDeleted", { name: code.name }), true);
    },
  },
  "code.merge": {
    labelKey: "evidence.commands.mergeCodes",
    /** Merges `fromId` into `intoId`: its excerpts and children move to `intoId`, and it goes. */
    run(fromId: CodeId, intoId: CodeId) {
      const { records } = state();
      const from = records[fromId];
      const into = records[intoId] ?? builtinsFor([intoId])[0];
      if (!isCode(from) || !isCode(into) || fromId === intoId) return;
      commit(mergeCodes(records, fromId, intoId, now()));
      notify(t("evidence.codesMerged", { from: from.name, into: into.name }), true);
    },
  },
  "excerpt.add": {
    labelKey: "evidence.commands.codeSelection",
    /**
     * Codes a selection of a source (code-point offsets) as a new excerpt. Built-in codes get
     * their record on first use, in the same change. Returns the excerpt id.
     */
    run(draft: {
      sourceId: SourceId;
      start: number;
      end: number;
      codeIds: readonly CodeId[];
      coder?: string;
      note?: string;
    }): ExcerptId | undefined {
      const source = state().records[draft.sourceId];
      if (!isSource(source)) return undefined;
      const codeIds = knownCodes(draft.codeIds);
      const excerpt = createExcerpt(
        source,
        { start: draft.start, end: draft.end, codeIds, coder: draft.coder ?? "", note: draft.note ?? "" },
        now(),
      );
      if (!excerpt) return undefined;
      commit({ put: [...builtinsFor(codeIds), excerpt] });
      return excerpt.id;
    },
  },
  "excerpt.update": {
    labelKey: "evidence.commands.editExcerpt",
    run(excerptId: ExcerptId, details: ExcerptDetails) {
      const excerpt = state().records[excerptId];
      if (!isExcerpt(excerpt)) return;
      const codeIds = details.codeIds ? knownCodes(details.codeIds) : undefined;
      const change = updateExcerpt(excerpt, codeIds ? { ...details, codeIds } : details, now());
      commit(
        { put: [...builtinsFor(codeIds ?? []), ...(change.put ?? [])] },
        { mergeKey: `${excerptId}:${Object.keys(details).sort().join()}` },
      );
    },
  },
  "excerpt.move": {
    labelKey: "evidence.commands.moveExcerpt",
    /** Puts an excerpt on another passage of its source (code-point offsets), keeping its codes and links. */
    run(excerptId: ExcerptId, start: number, end: number) {
      const { records } = state();
      const excerpt = records[excerptId];
      const source = isExcerpt(excerpt) ? records[excerpt.sourceId] : undefined;
      if (isExcerpt(excerpt) && isSource(source)) commit(moveExcerpt(excerpt, source, start, end, now()));
    },
  },
  "excerpt.delete": {
    labelKey: "evidence.commands.deleteExcerpt",
    run(excerptId: ExcerptId) {
      if (isExcerpt(state().records[excerptId])) commit({ remove: [excerptId] });
    },
  },
  "excerpt.linkStep": {
    labelKey: "evidence.commands.linkStep",
    run: (excerptId: ExcerptId, stepId: StepId) => link(excerptId, stepId, isStep(state().records[stepId])),
  },
  "excerpt.unlinkStep": {
    labelKey: "evidence.commands.unlinkStep",
    run: (excerptId: ExcerptId, stepId: StepId) => unlink(excerptId, stepId),
  },
  "excerpt.linkEdge": {
    labelKey: "evidence.commands.linkEdge",
    run: (excerptId: ExcerptId, edgeId: EdgeId) => link(excerptId, edgeId, isEdge(state().records[edgeId])),
  },
  "excerpt.unlinkEdge": {
    labelKey: "evidence.commands.unlinkEdge",
    run: (excerptId: ExcerptId, edgeId: EdgeId) => unlink(excerptId, edgeId),
  },
  "excerpt.linkPain": {
    labelKey: "evidence.commands.linkPain",
    run: (excerptId: ExcerptId, painId: PainPointId) =>
      link(excerptId, painId, isPain(state().records[painId])),
  },
  "excerpt.unlinkPain": {
    labelKey: "evidence.commands.unlinkPain",
    run: (excerptId: ExcerptId, painId: PainPointId) => unlink(excerptId, painId),
  },
  "evidence.dropOnStep": {
    labelKey: "evidence.commands.dropOnStep",
    /** An excerpt dropped on a step of the map: links them, with an undoable notice. Returns whether it linked. */
    run(excerptId: ExcerptId, stepId: StepId): boolean {
      const { records } = state();
      const excerpt = records[excerptId];
      const step = records[stepId];
      if (!isExcerpt(excerpt) || !isStep(step)) return false;
      if (excerpt.stepIds.includes(stepId)) {
        notify(t("evidence.alreadyLinked", { step: step.title || t("evidence.untitledStep") }));
        return false;
      }
      commit(linkExcerpt(excerpt, stepId, now()));
      notify(
        t("evidence.droppedOnStep", {
          quote: shortQuote(excerpt.quote, 60),
          step: step.title || t("evidence.untitledStep"),
        }),
        true,
      );
      return true;
    },
  },
} satisfies Record<string, CommandDefinition>;

/** The built-in codes in the user's language, for menus that offer them before they exist. */
export function builtinCodeChoices(): { id: CodeId; kind: PainKind; name: string; colour: string }[] {
  const names = builtinNames();
  return BUILTIN_CODES.map((b) => ({ id: b.id, kind: b.kind, name: names[b.kind], colour: b.colour }));
}
