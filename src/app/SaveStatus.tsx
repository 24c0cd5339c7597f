import { useTranslation } from "react-i18next";
import { useStore } from "@/store/store";
import { retrySave } from "./persistence";

/** "Saved", "Saving…" or "Not saved: reason", with Retry after a failed save. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useStore((s) => s.save);
  const text =
    save.status === "loading"
      ? t("save.loading")
      : save.status === "saving"
        ? t("save.saving")
        : save.status === "saved"
          ? t("save.saved")
          : t("save.error", { reason: save.reason });
  return (
    <div className="save-area">
      <span role="status" className={`save-status save-${save.status}`}>
        {text}
      </span>
      {save.status === "error" && (
        <button type="button" className="button small" onClick={() => void retrySave()}>
          {t("save.retry")}
        </button>
      )}
    </div>
  );
}
