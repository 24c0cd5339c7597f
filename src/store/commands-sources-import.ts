import { formatNumber, t } from "@/i18n";
import type { NewSource } from "@/io/import/types";
import { isIsoDate, normaliseTags } from "@/model/evidence";
import { newId, newIds, type SourceId } from "@/model/ids";
import type { SourceRecord } from "@/model/types";
import type { CommandDefinition } from "./command-kit";
import { notify } from "./command-kit";
import { commit, now } from "./document";

/** Storing what the evidence importer read: many sources at once, as one undoable change. */

export interface SourcesImportOptions {
  /** Where they came from, for the notice: usually the file name. */
  from?: string;
}

/**
 * Sources made per task. Up to this many are made and committed at once; a larger import makes
 * its records in slices with a pause between them (100,000 sources take a few hundred
 * milliseconds), then commits them all at once.
 */
export const SOURCES_PER_TASK = 5000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One importer source as a record: a new id, `createdAt`/`updatedAt` at `at`, a title for
 * every source, tags once each, and a date only when it is a real yyyy-mm-dd (as `createSource`
 * would have it; written out because this runs 100,000 times in one import).
 */
export function importedSource(source: NewSource, at: string, id: SourceId = newId("source")): SourceRecord {
  return {
    typeName: "source",
    id,
    kind: source.kind,
    title: source.title.trim() || t("evidence.untitled"),
    respondent: source.respondent.trim(),
    respondentRole: source.respondentRole,
    date: source.date !== "" && isIsoDate(source.date) ? source.date : "",
    interviewer: source.interviewer.trim(),
    tags: source.tags.length > 0 ? normaliseTags(source.tags) : [],
    attributes: source.attributes,
    text: source.text,
    createdAt: at,
    updatedAt: at,
  };
}

export function importedSources(sources: readonly NewSource[], at: string): SourceRecord[] {
  const ids = newIds("source", sources.length);
  return sources.map((source, i) => importedSource(source, at, ids[i]));
}

function store(records: SourceRecord[], from: string | undefined): SourceId[] {
  commit({ put: records });
  const count = records.length;
  const n = formatNumber(count);
  notify(
    from ? t("evidenceImport.added", { count, n, from }) : t("evidenceImport.addedPlain", { count, n }),
    true,
  );
  return records.map((r) => r.id);
}

export const sourcesImportCommands = {
  "sources.import": {
    labelKey: "evidenceImport.commands.import",
    /**
     * Adds the sources an import read (`NewSource`s from `src/io/import`), each with a new id and
     * `createdAt`/`updatedAt` now, in ONE commit: one Undo removes them all. Up to
     * SOURCES_PER_TASK sources are committed before this returns; more are made in slices first,
     * so the page stays responsive, and committed when the promise resolves. Resolves to the ids.
     */
    run(sources: readonly NewSource[], options: SourcesImportOptions = {}): Promise<SourceId[]> {
      if (sources.length === 0) return Promise.resolve([]);
      const at = now();
      if (sources.length <= SOURCES_PER_TASK) {
        return Promise.resolve(store(importedSources(sources, at), options.from));
      }
      return (async () => {
        const ids = newIds("source", sources.length);
        const records: SourceRecord[] = [];
        for (let start = 0; start < sources.length; start += SOURCES_PER_TASK) {
          if (start > 0) await nextTask();
          const end = Math.min(sources.length, start + SOURCES_PER_TASK);
          for (let i = start; i < end; i++) records.push(importedSource(sources[i]!, at, ids[i]));
        }
        return store(records, options.from);
      })();
    },
  },
} satisfies Record<string, CommandDefinition>;
