import { lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { runCommand } from "@/store/commands";
import { downloadFile } from "./download";
import type { ExportMenuItem } from "./ExportMenu";

// The dialog and the picture code load when a picture is first asked for.
const PngDialog = lazy(() => import("./PngDialog").then((m) => ({ default: m.PngDialog })));

/**
 * The Export menu's items for the open journey: its map as an SVG or PNG image, its Mermaid
 * text and the printable report. None without an open journey. Render `dialog` beside the menu.
 */
export function useJourneyExportItems(journeyId: JourneyId | undefined): {
  items: ExportMenuItem[];
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [pngFor, setPngFor] = useState<JourneyId | null>(null);
  if (!journeyId) return { items: [], dialog: null };
  const items: ExportMenuItem[] = [
    {
      id: "svg-image",
      label: t("pictures.svgImage"),
      onSelect: () => runCommand("picture.svg", { journeyId, save: downloadFile }),
    },
    { id: "png-image", label: t("pictures.pngImage"), onSelect: () => setPngFor(journeyId) },
    {
      id: "mermaid",
      label: t("pictures.mermaid"),
      onSelect: () => runCommand("journey.mermaid", { journeyId, save: downloadFile }),
    },
    {
      id: "print-report",
      label: t("pictures.printReport"),
      onSelect: () => runCommand("report.open", journeyId),
    },
  ];
  const dialog = pngFor ? (
    <Suspense fallback={null}>
      <PngDialog journeyId={pngFor} onClose={() => setPngFor(null)} />
    </Suspense>
  ) : null;
  return { items, dialog };
}
