import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { ImportDialog } from "./ImportDialog";
import { useImportFlow } from "./useImportFlow";

/** The file types offered in the file picker: workspace files, REFI-QDA files, and map pictures that carry a workspace file. */
export const IMPORT_ACCEPT =
  ".json,.journeymap.json,application/json,.qdc,.qdpx,.qde,.svg,image/svg+xml,.png,image/png";

interface ImportButtonProps {
  className?: string;
  accept?: string;
}

/** "Import": a real button in front of a hidden file input; the chosen file opens the import dialog. */
export function ImportButton({ className = "button", accept = IMPORT_ACCEPT }: ImportButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const { flow, start, close } = useImportFlow();
  return (
    <>
      <button
        type="button"
        className={className}
        title={t("exchange.importHint")}
        onClick={() => input.current?.click()}
      >
        {t("exchange.import")}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again fires another change.
          event.target.value = "";
          if (file) start(file);
        }}
      />
      {flow && <ImportDialog flow={flow} onClose={close} />}
    </>
  );
}
