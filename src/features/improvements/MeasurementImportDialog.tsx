import { type ReactNode, useCallback, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay, formatNumber } from "@/i18n";
import type { ImportOutcome, MeasurementImportRequest } from "@/io/import/pipeline";
import { startImport } from "@/io/import/run-import";
import type { IssueCode, MeasurementColumns } from "@/io/import/types";
import type { SameDateChoice } from "@/model/improvements";
import type { IndicatorRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { Dialog } from "@/ui/Dialog";
import { FileChooser } from "@/ui/import/FileChooser";
import {
  ColumnSelect,
  type FileSettings,
  FileSettingsFields,
  ImportProgress,
  IssueList,
  PreviewTable,
} from "@/ui/import/ImportFields";
import {
  isAbortError,
  loadPreviewKit,
  type PreviewKit,
  previewWithHeader,
  readBytes,
  type StartImport,
} from "@/ui/import/kit";
import { useImportRun } from "@/ui/import/useImportRun";
import { formatValue } from "./format";

/** The files the picker offers: tables as Excel and other tools save them. */
const TABLE_ACCEPT = ".csv,.tsv,.tab,.txt,text/csv,text/tab-separated-values,text/plain";

/** The measurement import's own wording of the rows it cannot read (the rest is the importer's). */
const ISSUE_KEYS: Partial<Record<IssueCode, string>> = {
  "empty-date": "tables.measurementImport.issue.emptyDate",
  "bad-date": "tables.measurementImport.issue.badDate",
  "empty-value": "tables.measurementImport.issue.emptyValue",
  "bad-number": "tables.measurementImport.issue.badNumber",
  "date-measured": "sameDate.inIndicator",
  "date-repeated": "sameDate.inFile",
};

type Phase = "choose" | "loading" | "table" | "running" | "review";

interface Opened {
  file: File;
  slice: Uint8Array;
  partial: boolean;
}

type Settings = FileSettings;

const DEFAULT_SETTINGS: Settings = { encoding: "auto", delimiter: "auto", hasHeader: null };

/**
 * Imports an indicator's measurements from a CSV file, through the same importer as sources
 * (the worker, encoding and delimiter detection, the preview and the error list): choose a
 * file, check its encoding, delimiter and first rows, say which column holds the date and
 * which the value; the whole file is then read off the main thread and the dialog lists the
 * rows it cannot read by line and reason, and the rows on a date that already has a
 * measurement (in the indicator or earlier in the file), for the user to choose between
 * replacing the earlier measurement and keeping both. Nothing changes until Import, which adds
 * every readable row in one undoable change; Cancel leaves the indicator as it was.
 */
export function MeasurementImportDialog({
  indicator,
  onClose,
  start = startImport,
}: {
  indicator: IndicatorRecord;
  onClose: () => void;
  /** Runs the import. Default: `startImport`, in a worker. Tests pass one without a worker. */
  start?: StartImport;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [phase, setPhase] = useState<Phase>("choose");
  const [kit, setKit] = useState<PreviewKit | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [userColumns, setUserColumns] = useState<MeasurementColumns | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [progress, setProgress] = useState({ fraction: 0, rows: 0 });
  const [sameDate, setSameDate] = useState<SameDateChoice | null>(null);
  const [sameDateMissing, setSameDateMissing] = useState(false);
  const { handle, generation, stopRunning } = useImportRun();
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);

  const close = () => {
    stopRunning();
    onClose();
  };

  async function openFile(file: File | undefined) {
    stopRunning();
    const run = generation.current;
    setNote(null);
    if (!file) return;
    setPhase("loading");
    try {
      const loaded = await loadPreviewKit();
      const slice = await readBytes(file.slice(0, loaded.PREVIEW_BYTES));
      if (generation.current !== run) return;
      setKit(loaded);
      setOpened({ file, slice, partial: file.size > loaded.PREVIEW_BYTES });
      setSettings(DEFAULT_SETTINGS);
      setUserColumns(null);
      setPhase("table");
    } catch (error) {
      if (generation.current !== run) return;
      setPhase("choose");
      setNote({
        text: t("evidenceImport.readFailed", {
          message: error instanceof Error ? error.message : String(error),
        }),
        error: true,
      });
    }
  }

  // The preview, again whenever the user corrects a setting.
  const table = useMemo(() => {
    if (!kit || !opened) return null;
    const request = {
      fileName: opened.file.name,
      encoding: settings.encoding,
      delimiter: settings.delimiter,
      partial: opened.partial,
    };
    return previewWithHeader(kit, opened.slice, request, settings.hasHeader);
  }, [kit, opened, settings]);

  const columns = useMemo(() => {
    if (!kit || !table) return null;
    const width = table.preview.header.length;
    const fits = (i: number | null) => (i !== null && i < width ? i : null);
    return userColumns
      ? { date: fits(userColumns.date), value: fits(userColumns.value), note: fits(userColumns.note) }
      : kit.guessMeasurementColumns(table.preview.header, table.preview.rows);
  }, [kit, table, userColumns]);

  const problems =
    kit && table && columns ? kit.measurementColumnProblems(columns, table.preview.header.length) : [];
  const problemsAt = (field: "date" | "value") => [
    ...(problems.includes(field)
      ? [t("tables.measurementImport.chooseColumn", { what: t(`tables.measurementImport.${field}`) })]
      : []),
    ...(field === "value" && problems.includes("same") ? [t("tables.measurementImport.sameColumn")] : []),
  ];

  // Rows on a date already measured, against the indicator as it is now.
  const dateIssues = useMemo(
    () => (kit && outcome ? kit.sameDateIssues(indicator.measurements, outcome.measurements) : []),
    [kit, outcome, indicator.measurements],
  );

  async function readRows() {
    if (!opened || !table || !columns || problems.length > 0) return;
    stopRunning();
    setSameDate(null);
    setSameDateMissing(false);
    const run = generation.current;
    const request: MeasurementImportRequest = {
      format: "measurements",
      fileName: opened.file.name,
      // "auto" lets the worker detect the encoding from all the bytes, not only the preview's.
      encoding: settings.encoding,
      delimiter: table.preview.delimiter,
      table: { hasHeader: table.hasHeader },
      columns,
    };
    setNote(null);
    setProgress({ fraction: 0, rows: 0 });
    setPhase("running");
    const current = start(opened.file, request, (p) => {
      if (generation.current === run) setProgress({ fraction: p.fraction, rows: p.rows });
    });
    handle.current = current;
    try {
      const result = await current.result;
      if (generation.current !== run) return;
      handle.current = null;
      setOutcome(result);
      setPhase("review");
    } catch (error) {
      if (generation.current !== run) return;
      handle.current = null;
      setPhase("table");
      setNote(
        isAbortError(error)
          ? { text: t("evidenceImport.cancelled"), error: false }
          : {
              text: t("evidenceImport.failed", {
                message: error instanceof Error ? error.message : String(error),
              }),
              error: true,
            },
      );
    }
  }

  function importAll() {
    if (!outcome || outcome.measurements.length === 0) return;
    if (dateIssues.length > 0 && !sameDate) {
      setSameDateMissing(true);
      document.getElementById(`${id}-replace`)?.focus();
      return;
    }
    runCommand("measurement.import", indicator.id, outcome.measurements, sameDate ?? "keep-both");
    onClose();
  }

  const noteView = note && (
    <p role={note.error ? "alert" : "status"} className={note.error ? "field-error" : "hint"}>
      {note.text}
    </p>
  );
  const count = outcome?.measurements.length ?? 0;
  // Replacing keeps one measurement per date: the last row for it.
  const importCount =
    sameDate === "replace" && outcome ? new Set(outcome.measurements.map((m) => m.date)).size : count;
  let body: ReactNode;
  let actions: ReactNode;
  const cancel = (
    <button type="button" className="button" onClick={close}>
      {t("evidenceImport.cancel")}
    </button>
  );

  if (phase === "table" && table && columns) {
    body = (
      <>
        {noteView}
        <p className="hint">{opened?.file.name}</p>
        <fieldset className="import-fields">
          <legend>{t("evidenceImport.fileSettings")}</legend>
          <FileSettingsFields
            id={id}
            settings={settings}
            preview={table.preview}
            hasHeader={table.hasHeader}
            onChange={(change) => setSettings((s) => ({ ...s, ...change }))}
          />
        </fieldset>
        <PreviewTable preview={table.preview} />
        <fieldset className="import-fields">
          <legend>{t("tables.measurementImport.columns")}</legend>
          <ColumnSelect
            id={`${id}-date`}
            label={t("tables.measurementImport.dateColumn")}
            value={columns.date}
            header={table.preview.header}
            problems={problemsAt("date")}
            onChange={(date) => setUserColumns({ ...columns, date })}
          />
          <ColumnSelect
            id={`${id}-value`}
            label={t("tables.measurementImport.valueColumn")}
            hint={indicator.unit || undefined}
            value={columns.value}
            header={table.preview.header}
            problems={problemsAt("value")}
            onChange={(value) => setUserColumns({ ...columns, value })}
          />
          <ColumnSelect
            id={`${id}-note`}
            label={t("tables.measurementImport.noteColumn")}
            value={columns.note}
            header={table.preview.header}
            problems={[]}
            onChange={(noteColumn) => setUserColumns({ ...columns, note: noteColumn })}
          />
        </fieldset>
      </>
    );
    actions = (
      <>
        {cancel}
        <button
          type="button"
          className="button primary"
          disabled={problems.length > 0}
          onClick={() => void readRows()}
        >
          {t("tables.measurementImport.readRows")}
        </button>
      </>
    );
  } else if (phase === "running") {
    body = <ImportProgress fraction={progress.fraction} rows={progress.rows} />;
    actions = (
      <button
        type="button"
        className="button"
        ref={focusOnMount}
        onClick={() => {
          stopRunning();
          setPhase("table");
          setNote({ text: t("evidenceImport.cancelled"), error: false });
        }}
      >
        {t("evidenceImport.cancel")}
      </button>
    );
  } else if (phase === "review" && outcome) {
    const first = outcome.measurements[0];
    const last = outcome.measurements.at(-1);
    body = (
      <>
        <p role="status" tabIndex={-1} ref={focusOnMount}>
          <strong>
            {count > 0
              ? t("tables.measurementImport.ready", { count, n: formatNumber(count) })
              : t("tables.measurementImport.nothingReady")}
          </strong>
        </p>
        <p className="hint">
          {t("evidenceImport.readSummary", {
            count: outcome.rows,
            n: formatNumber(outcome.rows),
            encoding: t(`evidenceImport.encodingName.${outcome.encoding}`),
          })}
        </p>
        {first && last && (
          <ul className="measurement-import-sample">
            {[first, last].slice(0, count > 1 ? 2 : 1).map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the first and the last row
              <li key={i}>
                {formatDay(m.date)}: {formatValue(m.value, indicator.unit, i18n.language)}
                {m.note && ` (${m.note})`}
              </li>
            ))}
          </ul>
        )}
        {outcome.errors.length > 0 && (
          <IssueList
            title={t("tables.measurementImport.errorsTitle", { n: formatNumber(outcome.errors.length) })}
            issues={outcome.errors}
            ownKeys={ISSUE_KEYS}
          />
        )}
        {outcome.warnings.length > 0 && (
          <details>
            <summary>
              {t("evidenceImport.warningsTitle", { n: formatNumber(outcome.warnings.length) })}
            </summary>
            <IssueList issues={outcome.warnings} ownKeys={ISSUE_KEYS} />
          </details>
        )}
        {count > 0 && dateIssues.length > 0 && (
          <>
            <IssueList
              title={t("sameDate.importTitle", { n: formatNumber(dateIssues.length) })}
              issues={dateIssues.map((issue) => ({ ...issue, value: formatDay(issue.value ?? "") }))}
              ownKeys={ISSUE_KEYS}
            />
            <fieldset
              className="import-fields same-date-choice"
              aria-describedby={sameDateMissing ? `${id}-same-date-error` : undefined}
            >
              <legend>{t("sameDate.choice")}</legend>
              {(["replace", "keep-both"] as const).map((choice) => (
                <label key={choice} className="check wide">
                  <input
                    type="radio"
                    id={choice === "replace" ? `${id}-replace` : undefined}
                    name={`${id}-same-date`}
                    checked={sameDate === choice}
                    onChange={() => {
                      setSameDate(choice);
                      setSameDateMissing(false);
                    }}
                  />
                  {t(choice === "replace" ? "sameDate.importReplace" : "sameDate.importKeepBoth")}
                </label>
              ))}
              {sameDateMissing && (
                <p id={`${id}-same-date-error`} className="field-error" role="alert">
                  {t("sameDate.chooseFirst")}
                </p>
              )}
            </fieldset>
          </>
        )}
        {count > 0 && <p className="hint">{t("tables.measurementImport.undoHint")}</p>}
      </>
    );
    actions = (
      <>
        <button type="button" className="button" onClick={() => setPhase("table")}>
          {t("evidenceImport.back")}
        </button>
        {cancel}
        {count > 0 && (
          <button type="button" className="button primary" onClick={importAll}>
            {t("tables.measurementImport.import", { count: importCount, n: formatNumber(importCount) })}
          </button>
        )}
      </>
    );
  } else {
    body = (
      <>
        <FileChooser
          intro={t("tables.measurementImport.intro")}
          loading={phase === "loading"}
          accept={TABLE_ACCEPT}
          testId="measurement-file-input"
          onFiles={(files) => void openFile(files[0])}
        />
        {noteView}
      </>
    );
    actions = cancel;
  }

  return (
    <Dialog
      title={t("tables.measurementImport.title", { name: indicator.name })}
      onClose={close}
      className="measurement-import-dialog"
      actions={actions}
    >
      {body}
    </Dialog>
  );
}
