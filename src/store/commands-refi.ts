import { t } from "@/i18n";
import { APP_VERSION } from "@/io/app-version";
import type { RefiContents } from "@/io/refi-qda/parse";
import type { RefiPlan } from "@/io/refi-qda/plan";
import { safeFileName } from "@/io/workspace-file";
import type { JourneyId } from "@/model/ids";
import { type CommandDefinition, notify, state } from "./command-kit";
import type { ExportedBinaryFile } from "./commands-exchange";
import { commit, now } from "./document";
import { builtinNames } from "./evidence";

/**
 * REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder: the codebook as `.qdc`, sources
 * with their codings as `.qdpx`, and importing both. The format code is loaded on first use.
 */

export interface RefiExportArgs {
  /** Journeys that go out as sets and graphs; every journey when absent. */
  journeyIds?: readonly JourneyId[];
  save?: (file: ExportedBinaryFile) => void;
}

export interface RefiImportArgs {
  /** The contents of a successful `parseRefiFile`. */
  contents: RefiContents;
}

const QDC_MIME_TYPE = "application/xml";
const QDPX_MIME_TYPE = "application/zip";

function baseName(journeyIds: readonly JourneyId[] | undefined, date: string): string {
  const journey = journeyIds?.length === 1 ? state().records[journeyIds[0]!] : undefined;
  const name = journey?.typeName === "journey" ? safeFileName(journey.name) : "";
  return name || `journey-mapper-${date}`;
}

/**
 * The REFI-QDA code could not be loaded: the network failed, or an update removed the files of
 * the version this page runs. Reloading the page fixes both.
 */
export class RefiNotLoaded extends Error {}

/** A part of the REFI-QDA code, loaded on first use; a failed load becomes a `RefiNotLoaded`. */
async function load<T>(loader: () => Promise<T>): Promise<T> {
  try {
    return await loader();
  } catch (error) {
    throw new RefiNotLoaded(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** Why an export or import failed, in words for the user. */
export function refiFailure(error: unknown): string {
  if (error instanceof RefiNotLoaded) return t("refi.error.not-loaded");
  return error instanceof Error ? error.message : String(error);
}

/** What importing would add to the workspace as it is now; what the dialog previews. */
export async function planRefi(contents: RefiContents): Promise<RefiPlan> {
  const { planRefiImport } = await load(() => import("@/io/refi-qda/plan"));
  return planRefiImport(contents, state().records, {
    now: now(),
    builtinNames: builtinNames(),
    untitledSource: t("evidence.untitled"),
  });
}

/** The export code, or undefined after saying that it could not be loaded. */
async function loadExport(): Promise<typeof import("@/io/refi-qda/export") | undefined> {
  try {
    return await load(() => import("@/io/refi-qda/export"));
  } catch (error) {
    notify(t("refi.exportFailed", { reason: refiFailure(error) }));
    return undefined;
  }
}

export const refiCommands = {
  "refi.exportCodebook": {
    labelKey: "refi.commandExportCodebook",
    async run(
      args: { save?: (file: ExportedBinaryFile) => void } = {},
    ): Promise<ExportedBinaryFile | undefined> {
      const loaded = await loadExport();
      if (!loaded) return undefined;
      const { exportCodebook } = loaded;
      const time = now();
      const xml = exportCodebook(state().records, {
        now: time,
        appVersion: APP_VERSION,
        builtinNames: builtinNames(),
      });
      const file = {
        fileName: `${t("refi.codebookFileName")}-${time.slice(0, 10)}.qdc`,
        mimeType: QDC_MIME_TYPE,
        bytes: new TextEncoder().encode(xml),
      };
      if (args.save) {
        args.save(file);
        notify(t("exchange.exported", { fileName: file.fileName }));
      }
      return file;
    },
  },
  "refi.exportProject": {
    labelKey: "refi.commandExportProject",
    async run(args: RefiExportArgs = {}): Promise<ExportedBinaryFile | undefined> {
      const loaded = await loadExport();
      if (!loaded) return undefined;
      const { exportProject, packProject } = loaded;
      const { records } = state();
      const time = now();
      const journeyIds = args.journeyIds?.filter((id) => records[id]?.typeName === "journey");
      const base = baseName(journeyIds, time.slice(0, 10));
      const project = exportProject(records, {
        now: time,
        appVersion: APP_VERSION,
        builtinNames: builtinNames(),
        name: base,
        ...(journeyIds ? { journeyIds } : {}),
      });
      const file = { fileName: `${base}.qdpx`, mimeType: QDPX_MIME_TYPE, bytes: packProject(project, time) };
      if (args.save) {
        args.save(file);
        const saved = t("exchange.exported", { fileName: file.fileName });
        notify(
          project.skipped > 0 ? `${saved}. ${t("refi.skippedExcerpts", { count: project.skipped })}` : saved,
        );
      }
      return file;
    },
  },
  "refi.import": {
    labelKey: "refi.commandImport",
    /** Planned against the workspace as it is at this moment; one commit, so one undo takes it all back. */
    async run(args: RefiImportArgs): Promise<RefiPlan | undefined> {
      let plan: RefiPlan;
      try {
        plan = await planRefi(args.contents);
      } catch (error) {
        notify(t("refi.importFailed", { reason: refiFailure(error) }));
        return undefined;
      }
      if (plan.change.put.length === 0) {
        notify(t("exchange.importedNothing"));
        return plan;
      }
      commit(plan.change);
      const codes = t("refi.codes", { count: plan.codesAdded });
      notify(
        // A codebook brings codes only; "0 sources and 0 coded excerpts" would say nothing.
        args.contents.kind === "codebook"
          ? t("refi.importedCodes", { codes })
          : t("refi.imported", {
              codes,
              sources: t("refi.sources", { count: plan.sources }),
              codings: t("refi.codings", { count: plan.codings }),
            }),
        true,
      );
      return plan;
    },
  },
} satisfies Record<string, CommandDefinition>;
