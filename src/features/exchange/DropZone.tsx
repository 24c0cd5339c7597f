import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportDialog } from "./ImportDialog";
import { useImportFlow } from "./useImportFlow";
import "./exchange.css";

function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types;
  return types ? Array.from(types).includes("Files") : false;
}

/**
 * Drag a file anywhere on the window to import it: an overlay says "Drop to import", and the
 * dropped file opens the import dialog (its summary, or why it cannot be read). Drags that
 * carry no files (text, the map's own drags) are left alone. Mount it once, around the app.
 */
export function DropZone({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { flow, start, close } = useImportFlow();
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = event.dataTransfer?.files?.[0];
      if (file) start(file);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", overWindow);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", overWindow);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [start]);

  return (
    <>
      {children}
      {over && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-overlay-card">
            <p className="drop-overlay-title">{t("exchange.dropToImport")}</p>
            <p>{t("exchange.dropHint")}</p>
          </div>
        </div>
      )}
      {flow && <ImportDialog flow={flow} onClose={close} />}
    </>
  );
}
