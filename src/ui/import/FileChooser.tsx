import { useCallback, useRef } from "react";
import { useTranslation } from "react-i18next";

interface FileChooserProps {
  /** What the dialog imports, above the button. */
  intro: string;
  /** The chosen file is being read: a status line instead of the button. */
  loading: boolean;
  accept: string;
  multiple?: boolean;
  /** For tests that set files on the hidden input. */
  testId: string;
  onFiles(files: File[]): void;
}

/** The first step of an import dialog: "Choose a file…", focused as the dialog opens. */
export function FileChooser({ intro, loading, accept, multiple = false, testId, onFiles }: FileChooserProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);
  return (
    <>
      <p>{intro}</p>
      {loading ? (
        <p role="status">{t("evidenceImport.loading")}</p>
      ) : (
        <p>
          <button
            type="button"
            className="button primary"
            ref={focusOnMount}
            onClick={() => input.current?.click()}
          >
            {t("evidenceImport.chooseFile")}
          </button>
        </p>
      )}
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        tabIndex={-1}
        aria-label={t("evidenceImport.fileInput")}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared so that choosing the same file again fires another change.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
