import { t } from "@/i18n";
import { APP_VERSION } from "@/io/app-version";
import { type ImportMode, type ImportPlan, planImport } from "@/io/import-plan";
import {
  exportFileName,
  serializeWorkspace,
  WORKSPACE_MIME_TYPE,
  type WorkspaceContents,
} from "@/io/workspace-file";
import { afterExport, snooze } from "@/model/backup";
import type { JourneyId } from "@/model/ids";
import { listJourneys } from "@/model/records";
import type { TypeName } from "@/model/types";
import { type CommandDefinition, notify, state } from "./command-kit";
import { commit, now } from "./document";
import { useStore } from "./store";

/** Commands for files in and out: the workspace file, pictures, tables. */

/** A file ready to be saved; the UI turns it into a download, so the store stays free of the DOM. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** A file of bytes ready to be saved (a zip, a PNG); the UI turns it into a download too. */
export interface ExportedBinaryFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ExportArgs {
  /** Only these journeys (each with its contents); the whole workspace when absent. */
  journeyIds?: readonly JourneyId[];
  /** Receives the file, e.g. to download it. */
  save?: (file: ExportedFile) => void;
}

export interface ImportArgs {
  /** The `snapshot` of a successful `parseWorkspaceFile`. */
  contents: WorkspaceContents;
  mode: ImportMode;
  /** Merge only: overwrite colliding records with the file's version. */
  replace?: boolean;
}

/** Types in the order counts are listed to people. */
const COUNTED: readonly TypeName[] = [
  "journey",
  "step",
  "edge",
  "painpoint",
  "source",
  "code",
  "excerpt",
  "improvement",
  "indicator",
];

/** "2 journeys, 15 steps, 3 pain points": counts by type in words, largest kinds first. */
export function describeCounts(counts: Partial<Record<TypeName, number>>): string {
  return COUNTED.filter((type) => (counts[type] ?? 0) > 0)
    .map((type) => t(`exchange.count.${type}`, { count: counts[type] }))
    .join(", ");
}

/** Plans an import of parsed contents into the current workspace; what the dialog previews. */
export function planWorkspaceImport(args: ImportArgs): ImportPlan {
  return planImport(args.contents.records, state().records, {
    mode: args.mode,
    replace: args.replace ?? false,
    importedName: (name, n) =>
      n === 1 ? t("exchange.importedName", { name }) : t("exchange.importedNameN", { name, n }),
  });
}

export const exchangeCommands = {
  "workspace.export": {
    labelKey: "exchange.commandExport",
    run(args: ExportArgs = {}): ExportedFile {
      const { records } = state();
      const time = now();
      const journeyIds = args.journeyIds?.filter((id) => records[id]?.typeName === "journey");
      const file: ExportedFile = {
        fileName: exportFileName(records, journeyIds, time),
        mimeType: WORKSPACE_MIME_TYPE,
        text: serializeWorkspace(records, { journeyIds, appVersion: APP_VERSION, now: time }),
      };
      if (args.save) {
        args.save(file);
        notify(t("exchange.exported", { fileName: file.fileName }));
        // Only a file of the whole workspace is a backup of it.
        if (!journeyIds) useStore.setState({ backup: afterExport(state().backup, time) });
      }
      return file;
    },
  },
  "backup.snooze": {
    labelKey: "backup.later",
    /** "Remind me tomorrow". */
    run() {
      useStore.setState({ backup: snooze(state().backup, now()) });
    },
  },
  "workspace.import": {
    labelKey: "exchange.commandImport",
    /**
     * One commit, so one undo takes the whole import back. Opens the first imported journey
     * when the workspace had none before.
     */
    run(args: ImportArgs): ImportPlan {
      const hadJourneys = listJourneys(state().records).length > 0;
      const plan = planWorkspaceImport(args);
      const changed = plan.change.put.length > 0;
      if (changed) commit(plan.change);
      const first = plan.journeyIds[0];
      if (changed && !hadJourneys && first && state().route.view === "journeys") {
        useStore.setState({ route: { view: "journey", journeyId: first }, selection: [], editingPain: null });
      }
      if (!changed) notify(t("exchange.importedNothing"));
      else if (plan.addedTotal === 0) notify(t("exchange.replacedOnly", { count: plan.replaced }), true);
      else {
        const replaced =
          plan.replaced > 0 ? `; ${t("exchange.countReplaced", { count: plan.replaced })}` : "";
        notify(t("exchange.imported", { what: `${describeCounts(plan.added)}${replaced}` }), true);
      }
      return plan;
    },
  },
} satisfies Record<string, CommandDefinition>;
