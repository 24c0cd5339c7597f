import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import type { Records } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { downloadFile } from "./download";
import type { ExportMenuItem } from "./ExportMenu";

/** Whether the workspace holds a record of this type; stops at the first. */
function holds(records: Records, typeName: "code" | "source"): boolean {
  for (const id in records) if (records[id]!.typeName === typeName) return true;
  return false;
}

/**
 * The Export menu's REFI-QDA items, for NVivo, ATLAS.ti, MAXQDA and QualCoder: the codebook
 * (`.qdc`), and the sources with their codings (`.qdpx`), whose sets and graph come from the
 * given journeys (every journey when absent). An item with nothing to export is disabled and
 * says why. The workspace is only looked at while the menu is `open`.
 */
export function useRefiItems(journeyIds: readonly JourneyId[] | undefined, open: boolean): ExportMenuItem[] {
  const { t } = useTranslation();
  // The built-in codes are always in the codebook; a codebook of only those, never used, says nothing.
  const hasCodes = useStore((s) => open && holds(s.records, "code"));
  const hasSources = useStore((s) => open && !hasCodes && holds(s.records, "source"));
  return [
    {
      id: "refi-codebook",
      label: t("refi.codebookItem"),
      onSelect: () => runCommand("refi.exportCodebook", { save: downloadFile }),
      ...(hasCodes ? {} : { disabled: true, reason: t("refi.noCodes") }),
    },
    {
      id: "refi-project",
      label: t("refi.projectItem"),
      onSelect: () =>
        runCommand("refi.exportProject", { ...(journeyIds ? { journeyIds } : {}), save: downloadFile }),
      ...(hasCodes || hasSources ? {} : { disabled: true, reason: t("refi.noSourcesOrCodes") }),
    },
  ];
}
