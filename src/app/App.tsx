import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { EvidenceView } from "@/features/evidence/EvidenceView";
import { ImportSourcesDialog } from "@/features/evidence/ImportSourcesDialog";
import { DropZone } from "@/features/exchange/DropZone";
import { ExportMenu } from "@/features/exchange/ExportMenu";
import { ImportButton } from "@/features/exchange/ImportButton";
import { useJourneyExportItems } from "@/features/exchange/journey-exports";
import { DashboardView } from "@/features/improvements/DashboardView";
import { ImprovementsView } from "@/features/improvements/ImprovementsView";
import { JourneyEditor } from "@/features/journey/JourneyEditor";
import { JourneyList } from "@/features/journeys/JourneyList";
import { Presentation } from "@/features/present/Presentation";
import { TrackerView } from "@/features/tracker/TrackerView";
import { i18n } from "@/i18n";
import { bindCanvas } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { BusyNotice, NoticeBar } from "@/ui/NoticeBar";
import { BackupReminder } from "./BackupReminder";
import { LanguageSwitch } from "./LanguageSwitch";
import { refreshStorageInfo, startPersistence } from "./persistence";
import { SaveStatus } from "./SaveStatus";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { SnapshotsDialog } from "./SnapshotsDialog";
import { handleShortcut } from "./shortcuts";
import { UpdateNotice } from "./UpdateNotice";
import "./app.css";

// The report and its picture code load when a report is first opened.
const ReportView = lazy(() =>
  import("@/features/report/ReportView").then((m) => ({ default: m.ReportView })),
);

/** The composition root: starts storage, binds the canvas, routes between the journey list and the editor. */
export function App() {
  const { t } = useTranslation(undefined, { i18n });
  const loaded = useStore((s) => s.loaded);
  const route = useStore((s) => s.route);
  const notice = useStore((s) => s.notice);
  const tidying = useStore((s) => s.tidying?.noticeShown ?? false);
  const [snapshotsOpen, setSnapshotsOpen] = useState(false);
  const [sourceImport, setSourceImport] = useState(false);
  const undoDepth = useStore((s) => s.history.undo.length);
  const journeyExports = useJourneyExportItems(route.view === "journey" ? route.journeyId : undefined);
  const presenting = useStore((s) => s.presenting);

  useEffect(() => {
    const unbindCanvas = bindCanvas();
    let stop: (() => void) | undefined;
    let cancelled = false;
    void startPersistence().then((stopPersistence) => {
      if (cancelled) stopPersistence();
      else stop = stopPersistence;
    });
    window.addEventListener("keydown", handleShortcut);
    return () => {
      cancelled = true;
      window.removeEventListener("keydown", handleShortcut);
      unbindCanvas();
      stop?.();
    };
  }, []);

  // The journey list shows how much storage the workspace uses; refresh it whenever it shows.
  useEffect(() => {
    if (loaded && route.view === "journeys") void refreshStorageInfo();
  }, [loaded, route.view]);

  // A notice's Undo applies to the change it reported; once anything else is done it goes.
  const offerUndo = notice?.undoDepth !== undefined && notice.undoDepth === undoDepth;

  return (
    <DropZone>
      <div className="app">
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        <header className="app-header">
          <span className="app-name">{t("app.name")}</span>
          <nav className="app-nav" aria-label={t("app.navigation")}>
            <button
              type="button"
              className="nav-link"
              aria-current={route.view === "journeys" ? "page" : undefined}
              onClick={() => runCommand("journey.close")}
            >
              {t("journeys.title")}
            </button>
            <button
              type="button"
              className="nav-link"
              aria-current={route.view === "tracker" ? "page" : undefined}
              onClick={() => runCommand("view.tracker")}
            >
              {t("pains.tracker")}
            </button>
            <button
              type="button"
              className="nav-link"
              aria-current={route.view === "evidence" ? "page" : undefined}
              onClick={() => runCommand("view.evidence")}
            >
              {t("evidence.title")}
            </button>
            <button type="button" className="nav-link" onClick={() => setSnapshotsOpen(true)}>
              {t("snapshots.open")}
            </button>
            {/* The evidence view has its own Import, for interview and survey files. */}
            {route.view !== "evidence" && <ImportButton className="nav-link" />}
            <ExportMenu
              buttonClassName="nav-link"
              journeyIds={route.view === "journey" ? [route.journeyId] : undefined}
              items={journeyExports.items}
            />
            {journeyExports.dialog}
          </nav>
          <SaveStatus />
          <LanguageSwitch />
        </header>
        <BackupReminder />
        <main id="main" className="app-main" tabIndex={-1}>
          {!loaded ? (
            <p className="loading">{t("app.loading")}</p>
          ) : route.view === "journey" ? (
            <JourneyEditor key={route.journeyId} journeyId={route.journeyId} />
          ) : route.view === "tracker" ? (
            <TrackerView />
          ) : route.view === "evidence" ? (
            <EvidenceView onImport={() => setSourceImport(true)} />
          ) : route.view === "improvements" ? (
            <ImprovementsView
              key={route.journeyId}
              journeyId={route.journeyId}
              improvementId={route.improvementId}
            />
          ) : route.view === "dashboard" ? (
            <DashboardView key={route.journeyId} journeyId={route.journeyId} />
          ) : route.view === "report" ? (
            <Suspense fallback={<p className="loading">{t("report.drawing")}</p>}>
              <ReportView key={route.journeyId} journeyId={route.journeyId} />
            </Suspense>
          ) : (
            <JourneyList />
          )}
        </main>
        {/* Both sit in the same place; the work under way is what matters while it lasts. */}
        {tidying ? (
          <BusyNotice
            message={t("tidy.working")}
            cancelLabel={t("tidy.cancel")}
            onCancel={() => runCommand("layout.cancelTidy")}
          />
        ) : (
          notice && (
            <NoticeBar
              key={notice.id}
              message={notice.message}
              undoLabel={offerUndo ? t("notice.undo") : undefined}
              dismissLabel={t("notice.dismiss")}
              onUndo={() => {
                runCommand("history.undo");
                runCommand("notice.dismiss");
              }}
              onDismiss={() => runCommand("notice.dismiss")}
            />
          )
        )}
        <UpdateNotice />
        <ShortcutsDialog />
        {route.view === "journey" && presenting === route.journeyId && (
          <Presentation journeyId={route.journeyId} />
        )}
        {snapshotsOpen && <SnapshotsDialog onClose={() => setSnapshotsOpen(false)} />}
        {sourceImport && <ImportSourcesDialog onClose={() => setSourceImport(false)} />}
      </div>
    </DropZone>
  );
}
