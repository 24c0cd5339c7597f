import { ReactFlowProvider } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import { getJourney } from "@/model/records";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Canvas } from "./Canvas";
import { Inspector } from "./Inspector";

export function JourneyEditor({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const name = useStore((s) => getJourney(s.records, journeyId)?.name);
  const inspectorOpen = useStore((s) => s.inspectorOpen);
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
        <Toolbar name={name} />
        <h1 className="visually-hidden">{name}</h1>
        <Canvas journeyId={journeyId} name={name} />
        {inspectorOpen && <Inspector journeyId={journeyId} />}
      </div>
    </ReactFlowProvider>
  );
}

function Toolbar({ name }: { name: string }) {
  const { t } = useTranslation();
  const canUndo = useStore((s) => s.history.undo.length > 0);
  const canRedo = useStore((s) => s.history.redo.length > 0);
  const hasSelection = useStore((s) => s.selection.length > 0);
  const inspectorOpen = useStore((s) => s.inspectorOpen);
  return (
    <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      <button type="button" className="button quiet" onClick={() => runCommand("journey.close")}>
        ← {t("editor.back")}
      </button>
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
      <span className="toolbar-group end">
        <button type="button" className="button quiet" onClick={() => runCommand("view.fit")}>
          {t("editor.fitView")}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={() => runCommand("view.toggleInspector")}
          aria-expanded={inspectorOpen}
        >
          {inspectorOpen ? t("editor.hideInspector") : t("editor.showInspector")}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={() => runCommand("help.shortcuts")}
          aria-keyshortcuts="?"
        >
          {t("editor.shortcuts")}
        </button>
      </span>
    </div>
  );
}
