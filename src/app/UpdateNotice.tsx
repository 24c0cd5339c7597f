import { useTranslation } from "react-i18next";
import { dismissUpdate, reloadToUpdate, useUpdateReady } from "./offline";

/** "A new version is ready — Reload": shown while a new version of the app waits. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const ready = useUpdateReady();
  if (!ready) return null;
  return (
    <div className="notice update-notice" role="status" aria-live="polite">
      <span>{t("platform.update.ready")}</span>
      <button type="button" className="button" onClick={() => void reloadToUpdate()}>
        {t("platform.update.reload")}
      </button>
      <button type="button" className="button quiet" onClick={dismissUpdate}>
        {t("platform.update.later")}
      </button>
    </div>
  );
}
