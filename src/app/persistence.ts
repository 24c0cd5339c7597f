import { t } from "@/i18n";
import { applyJournals } from "@/io/journal";
import { FORMAT_VERSION, NewerFormatError } from "@/io/migrations";
import { restore } from "@/io/restore";
import { afterEdit, readBackupState } from "@/model/backup";
import { newId } from "@/model/ids";
import { createAutosave, flushOnPageHide, type SaveStatus } from "@/storage/autosave";
import {
  BACKUP_KEY,
  onNewerVersion,
  openWorkspaceDb,
  readMeta,
  readRecords,
  readSnapshot,
  writeMeta,
} from "@/storage/db";
import { requestPersistence, storageEstimate } from "@/storage/estimate";
import { readJournals, removeJournal, removeJournals, writeJournal } from "@/storage/journal";
import {
  listSnapshots,
  readSnapshotData,
  type SnapshotInfo,
  snapshotDue,
  takeSnapshot,
} from "@/storage/snapshots";
import { createTabChannel } from "@/storage/tabs";
import { offThreadWriter } from "@/storage/write-off-thread";
import { notify } from "@/store/command-kit";
import { commit, loadDocument, now, onDocumentChange, receiveRemote } from "@/store/document";
import { useStore } from "@/store/store";

/**
 * Wires the store to IndexedDB: load once, then write behind every change, and take in
 * what other tabs save. Nothing is written before the first load has finished.
 */
export async function startPersistence(dbName?: string): Promise<() => void> {
  const db = openWorkspaceDb(dbName);
  let snapshot: Awaited<ReturnType<typeof readSnapshot>>;
  try {
    snapshot = await readSnapshot(db);
  } catch (error) {
    loadDocument([]);
    useStore.setState({ save: { status: "blocked", reason: errorMessage(error) } });
    return () => db.close();
  }
  let restored: ReturnType<typeof restore>;
  try {
    restored = restore(snapshot, now());
  } catch (error) {
    loadDocument([]);
    const reason = error instanceof NewerFormatError ? error.message : errorMessage(error);
    useStore.setState({ save: { status: "blocked", reason } });
    return () => db.close();
  }
  // The backup reminder's state lives beside the records; a failure to keep it costs only the reminder.
  const backup = readBackupState(await readMeta(db, BACKUP_KEY).catch(() => undefined));
  // Edits that a page could not save before it went away, put back on top of what is stored.
  let journals = readJournals().filter((j) => j.journal.formatVersion <= FORMAT_VERSION);
  const recovered = applyJournals(
    restored.records,
    journals.map((j) => j.journal),
    now(),
  );
  loadDocument(recovered.records);
  useStore.setState({ loadProblems: restored.problems, save: { status: "saved" }, backup });

  const tabId = newId("tab");
  const channel = createTabChannel({
    tabId,
    onRemoteChange: (ids) => void takeRemote(ids),
  });
  const autosave = createAutosave({
    db,
    writeLarge: offThreadWriter(db),
    read: (id) => useStore.getState().records[id],
    onStatus: (status) => useStore.setState({ save: toSaveState(status) }),
    onSaved: (ids) => {
      channel.announce(ids);
      void snapshotIfDue();
      if (autosave.pending === 0) {
        forgetJournals();
        removeJournal(tabId);
      }
    },
  });
  // The journals' edits are saved like any others; the journals go once nothing is pending.
  function forgetJournals() {
    removeJournals(journals.map((j) => j.key));
    journals = [];
  }
  if (recovered.changed.length > 0) autosave.markDirty(recovered.changed);
  else forgetJournals();

  /** What is not saved yet goes to localStorage as the page goes away (src/storage/journal.ts). */
  function keepUnsaved() {
    const ids = autosave.unsaved();
    if (ids.length === 0) return;
    const { records } = useStore.getState();
    writeJournal(tabId, {
      formatVersion: FORMAT_VERSION,
      at: now(),
      put: ids.flatMap((id) => (records[id] ? [records[id]] : [])),
      remove: ids.filter((id) => !records[id]),
    });
  }
  const onHidden = () => {
    if (document.visibilityState === "hidden") keepUnsaved();
  };
  window.addEventListener("pagehide", keepUnsaved);
  document.addEventListener("visibilitychange", onHidden);

  // A rolling snapshot after a save, at most once an hour; failures only cost the snapshot.
  let newestSnapshot: string | undefined = (await listSnapshots(db).catch(() => []))[0]?.takenAt;
  let snapshotting = false;
  async function snapshotIfDue() {
    const at = new Date();
    if (snapshotting || !snapshotDue(newestSnapshot, at)) return;
    snapshotting = true;
    try {
      newestSnapshot = (await takeSnapshot(db, at)).takenAt;
    } catch {
      // The next save tries again.
    } finally {
      snapshotting = false;
    }
  }

  async function takeRemote(ids: string[]) {
    // Ids with unsaved edits here are newer than what the other tab saved; ours will follow.
    const fresh = ids.filter((id) => !autosave.isDirty(id));
    if (fresh.length === 0) return;
    const { found, missing } = await readRecords(db, fresh);
    const { records } = restore(
      { formatVersion: FORMAT_VERSION, records: found },
      now(),
      useStore.getState().records,
    );
    receiveRemote(records, missing);
  }

  activeAutosave = autosave;
  activeDb = db;
  const repaired = restored.problems.flatMap((p) =>
    p.action === "repaired" && p.recordId ? [p.recordId] : [],
  );
  if (repaired.length > 0) autosave.markDirty(repaired);

  const stopListening = onDocumentChange((diff, origin) => {
    if (origin === "remote" || origin === "load") return;
    autosave.markDirty(Object.keys(diff));
    const { backup } = useStore.getState();
    const edited = afterEdit(backup, now());
    if (edited !== backup) useStore.setState({ backup: edited });
  });
  const stopBackup = useStore.subscribe((next, previous) => {
    if (next.backup !== previous.backup) void writeMeta(db, BACKUP_KEY, next.backup).catch(() => {});
  });
  const stopPageHide = flushOnPageHide(autosave);
  onNewerVersion(db, () => useStore.setState({ save: { status: "blocked", reason: t("save.newerTab") } }));
  void requestPersistence().then(refreshStorageInfo);

  return () => {
    activeAutosave = null;
    activeDb = null;
    stopListening();
    stopBackup();
    stopPageHide();
    window.removeEventListener("pagehide", keepUnsaved);
    document.removeEventListener("visibilitychange", onHidden);
    channel.close();
    void autosave.flush().finally(() => {
      autosave.dispose();
      db.close();
    });
  };
}

let activeAutosave: { retry(): Promise<void> } | null = null;
let activeDb: ReturnType<typeof openWorkspaceDb> | null = null;

export type { SnapshotInfo };

export async function listWorkspaceSnapshots(): Promise<SnapshotInfo[]> {
  return activeDb ? listSnapshots(activeDb) : [];
}

/**
 * Replaces the workspace with a snapshot, as one undoable change: the snapshot's records go
 * through restore() like any other input; records that are not in it are removed.
 */
export async function restoreWorkspaceSnapshot(id: number): Promise<void> {
  if (!activeDb) return;
  const snapshot = await readSnapshotData(activeDb, id);
  const { records } = restore(snapshot, now());
  const keep = new Set<string>(records.map((r) => r.id));
  const remove = Object.keys(useStore.getState().records).filter((recordId) => !keep.has(recordId));
  commit({ put: records, remove }, { select: [] });
  useStore.setState({ route: { view: "journeys" } });
  notify(t("snapshots.restored"), true);
}

/** Tries a failed save again now (the Retry button). */
export async function retrySave(): Promise<void> {
  await activeAutosave?.retry();
}

export async function refreshStorageInfo(): Promise<void> {
  useStore.setState({ storage: await storageEstimate() });
}

/** Storage reports why a save failed; the words the user reads come from the translations. */
function toSaveState(status: SaveStatus) {
  if (status.status !== "error") return status;
  const reason =
    status.kind === "quota"
      ? t("save.quota")
      : status.kind === "newer"
        ? t("save.newer")
        : status.kind === "blocked"
          ? t("save.blockedReason")
          : status.reason;
  return { status: "error" as const, reason };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
