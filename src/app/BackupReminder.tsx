import { useTranslation } from "react-i18next";
import { downloadFile } from "@/features/exchange/download";
import { formatDate } from "@/i18n";
import { backupReminderDue } from "@/model/backup";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";

/** A week of work in no exported file: a bar under the header offers to export one. */
export function BackupReminder() {
  const { t } = useTranslation();
  const backup = useStore((s) => s.backup);
  const loaded = useStore((s) => s.loaded);
  const since = backup.unbackedSince;
  if (!loaded || since === null || !backupReminderDue(backup, new Date())) return null;
  return (
    <section className="backup-reminder" role="status" aria-label={t("backup.label")}>
      <span>{t("backup.reminder", { date: formatDate(since) })}</span>
      <button
        type="button"
        className="button"
        onClick={() => runCommand("workspace.export", { save: downloadFile })}
      >
        {t("backup.export")}
      </button>
      <button type="button" className="button quiet" onClick={() => runCommand("backup.snooze")}>
        {t("backup.later")}
      </button>
    </section>
  );
}
