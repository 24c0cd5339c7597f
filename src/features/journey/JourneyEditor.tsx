import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { isFiltering } from "@/model/painpoints";
import { getJourney } from "@/model/records";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { Canvas } from "./Canvas";
import { EvidenceTray } from "./EvidenceTray";
import { Inspector } from "./Inspector";
import { MapPanel } from "./MapPanel";

export function JourneyEditor({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const name = useStore((s) => getJourney(s.records, journeyId)?.name);
  const inspectorOpen = useStore((s) => s.inspectorOpen);
  const [filterOpen, setFilterOpen] = useState(false);
  const [trayOpen, setTrayOpen] = useState(false);
  if (name === undefined) {
    return (
      <div className="editor-missing">
        <p>{t("editor.notFound")}</p>
        <button type="button" className="button" onClick={() => runCommand("journey.close")}>
          {t("editor.back")}
        </button>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      <div className={`editor${inspectorOpen ? "" : " inspector-closed"}`}>
        <Toolbar
          journeyId={journeyId}
          name={name}
          filterOpen={filterOpen}
          onToggleFilter={() => setFilterOpen((open) => !open)}
          trayOpen={trayOpen}
          onToggleTray={() => setTrayOpen((open) => !open)}
        />
        <h1 className="visually-hidden">{name}</h1>
        <div className="canvas-area">
          <Canvas journeyId={journeyId} name={name} />
          <div className="map-panels">
            <MapPanel filterOpen={filterOpen} />
            {trayOpen && <EvidenceTray />}
          </div>
        </div>
        {inspectorOpen && <Inspector journeyId={journeyId} />}
        <ConfirmStepDelete />
      </div>
    </ReactFlowProvider>
  );
}

function Toolbar({
  journeyId,
  name,
  filterOpen,
  onToggleFilter,
  trayOpen,
  onToggleTray,
}: {
  journeyId: JourneyId;
  name: string;
  filterOpen: boolean;
  onToggleFilter: () => void;
  trayOpen: boolean;
  onToggleTray: () => void;
}) {
  const { t } = useTranslation();
  const canUndo = useStore((s) => s.history.undo.length > 0);
  const canRedo = useStore((s) => s.history.redo.length > 0);
  const hasSelection = useStore((s) => s.selection.length > 0);
  const inspectorOpen = useStore((s) => s.inspectorOpen);
  const heatView = useStore((s) => s.heatView);
  const assumptionView = useStore((s) => s.assumptionView);
  const filtering = useStore((s) => isFiltering(s.painFilter));
  return (
    <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      <span className="toolbar-title" title={name}>
        {name}
      </span>
      <span className="toolbar-group">
        <button
          type="button"
          className="button primary"
          onClick={() => runCommand("step.add")}
          aria-keyshortcuts="N"
        >
          {t("editor.addStep")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => runCommand("history.undo")}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {t("editor.undo")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => runCommand("history.redo")}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {t("editor.redo")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => runCommand("selection.duplicate")}
          disabled={!hasSelection}
          aria-keyshortcuts="Control+D"
        >
          {t("editor.duplicate")}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => runCommand("selection.delete")}
          disabled={!hasSelection}
          aria-keyshortcuts="Delete"
        >
          {t("editor.delete")}
        </button>
      </span>
      <span className="toolbar-group">
        <button
          type="button"
          className="button"
          aria-pressed={heatView}
          aria-keyshortcuts="H"
          onClick={() => runCommand("view.toggleHeat")}
        >
          {t("pains.heatView")}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={filterOpen || filtering}
          onClick={onToggleFilter}
        >
          {t("pains.filter")}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={assumptionView}
          onClick={() => runCommand("view.toggleAssumptions")}
        >
          {t("mapEvidence.assumptions")}
        </button>
        <button type="button" className="button" aria-pressed={trayOpen} onClick={onToggleTray}>
          {t("mapEvidence.tray")}
        </button>
      </span>
      <span className="toolbar-group">
        <button
          type="button"
          className="button"
          onClick={() => runCommand("layout.tidy")}
          aria-keyshortcuts="Shift+T"
        >
          {t("workshop.tidy")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => runCommand("view.present")}
          aria-keyshortcuts="Shift+P"
        >
          {t("workshop.present")}
        </button>
      </span>
      <span className="toolbar-group">
        <button type="button" className="button" onClick={() => runCommand("view.improvements", journeyId)}>
          {t("improvements.improvementsLink")}
        </button>
        <button type="button" className="button" onClick={() => runCommand("view.dashboard", journeyId)}>
          {t("improvements.dashboard")}
        </button>
      </span>
      <span className="toolbar-group end">
        <button type="button" className="button quiet" onClick={() => runCommand("view.fit")}>
          {t("editor.fitView")}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={() => runCommand("view.toggleInspector")}
          aria-pressed={inspectorOpen}
        >
          {t("editor.inspector")}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={() => runCommand("help.shortcuts")}
          aria-keyshortcuts="?"
        >
          {t("editor.shortcutsShort")}
        </button>
      </span>
    </div>
  );
}

/** Deleting steps that carry pain points: delete those too, or keep them unattached. */
function ConfirmStepDelete() {
  const { t } = useTranslation();
  const pending = useStore((s) => s.confirmDelete);
  if (!pending) return null;
  const cancel = () => runCommand("selection.cancelDelete");
  return (
    <Dialog
      title={t("pains.deleteTitle", { count: pending.painCount })}
      onClose={cancel}
      actions={
        <>
          {/* biome-ignore lint/a11y/noAutofocus: a confirmation starts on its safe choice */}
          <button type="button" className="button" onClick={cancel} autoFocus>
            {t("confirm.cancel")}
          </button>
          <button type="button" className="button" onClick={() => runCommand("selection.delete", "keep")}>
            {t("pains.keepPains")}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => runCommand("selection.delete", "delete")}
          >
            {t("pains.deleteWithPains")}
          </button>
        </>
      }
    >
      <p>{t("pains.deleteBody")}</p>
    </Dialog>
  );
}
