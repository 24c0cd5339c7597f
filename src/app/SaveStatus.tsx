import { useTranslation } from "react-i18next";
import { useStore } from "@/store/store";
import { refreshStorageInfo, retrySave } from "./persistence";

function formatBytes(bytes: number | undefined, locale: string): string {
  if (bytes === undefined) return "?";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/** "Saved", "Saving…" or "Not saved: reason" with a retry, and how much storage the workspace uses. */
export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const save = useStore((s) => s.save);
  const storage = useStore((s) => s.storage);
  const failed = save.status === "error" || save.status === "blocked";
  const text =
    save.status === "loading"
      ? t("save.loading")
      : save.status === "saving"
        ? t("save.saving")
        : save.status === "saved"
          ? t("save.saved")
          : t("save.error", { reason: save.reason });
  const storageText =
    storage.usage !== undefined
      ? `${t("save.storageUsed", {
          usage: formatBytes(storage.usage, i18n.language),
          quota: formatBytes(storage.quota, i18n.language),
        })}. ${storage.persisted ? t("save.persisted") : t("save.notPersisted")}`
      : undefined;
  return (
    <div className="save-area">
      <span
        role="status"
        className={`save-status save-${save.status}`}
        title={storageText}
        onMouseEnter={() => void refreshStorageInfo()}
      >
        {text}
      </span>
      {failed && save.status === "error" && (
        <button type="button" className="button small" onClick={() => void retrySave()}>
          {t("save.retry")}
        </button>
      )}
      {storageText && <span className="storage-info">{storageText}</span>}
    </div>
  );
}
