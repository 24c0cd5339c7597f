import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/i18n";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { listWorkspaceSnapshots, restoreWorkspaceSnapshot, type SnapshotInfo } from "./persistence";

/** The rolling snapshots kept in this browser, newest first, each restorable (and undoable). */
export function SnapshotsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    listWorkspaceSnapshots()
      .then(setSnapshots)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const restoreOne = async (id: number) => {
    setBusy(true);
    try {
      await restoreWorkspaceSnapshot(id);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const saved = useStore((s) => s.save.status);
  return (
    <Dialog
      title={t("snapshots.title")}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t("snapshots.close")}
        </button>
      }
    >
      <p>{t("snapshots.intro")}</p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {snapshots === null && !error && <p>{t("snapshots.loading")}</p>}
      {snapshots?.length === 0 && <p>{t("snapshots.none")}</p>}
      {snapshots && snapshots.length > 0 && (
        <ul className="snapshot-list">
          {snapshots.map((s) => (
            <li key={s.id}>
              <span>
                <strong>{formatDate(s.takenAt, { dateStyle: "medium", timeStyle: "short" })}</strong> ·{" "}
                {t("snapshots.contents", { journeys: s.journeys, records: s.records })}
              </span>
              <button
                type="button"
                className="button small"
                disabled={busy || saved === "loading"}
                onClick={() => void restoreOne(s.id)}
              >
                {t("snapshots.restore")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
