import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { runCommand } from "@/store/commands";
import { downloadFile } from "./download";
import type { ExportMenuItem } from "./ExportMenu";

/**
 * The Export menu's REFI-QDA items, for NVivo, ATLAS.ti, MAXQDA and QualCoder: the codebook
 * (`.qdc`), and the sources with their codings (`.qdpx`), whose sets and graph come from the
 * given journeys (every journey when absent).
 */
export function useRefiItems(journeyIds?: readonly JourneyId[]): ExportMenuItem[] {
  const { t } = useTranslation();
  return [
    {
      id: "refi-codebook",
      label: t("refi.codebookItem"),
      onSelect: () => runCommand("refi.exportCodebook", { save: downloadFile }),
    },
    {
      id: "refi-project",
      label: t("refi.projectItem"),
      onSelect: () =>
        runCommand("refi.exportProject", { ...(journeyIds ? { journeyIds } : {}), save: downloadFile }),
    },
  ];
}
