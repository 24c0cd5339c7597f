import { type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "@/i18n";
import type { ImportRequest, TableImportRequest } from "@/io/import/pipeline";
import type { FileFormat } from "@/io/import/plain-text";
import { startImport } from "@/io/import/run-import";
import type { ColumnMapping, ImportMode } from "@/io/import/types";
import { SOURCE_KINDS, type SourceKind } from "@/model/types";
import { sourcesImportCommands } from "@/store/commands-sources-import";
import { Dialog } from "@/ui/Dialog";
import { FileChooser } from "@/ui/import/FileChooser";
import {
  ColumnSelect,
  EncodingSelect,
  type FileSettings,
  FileSettingsFields,
  ImportProgress,
  IssueList,
  PreviewTable,
  shorten,
} from "@/ui/import/ImportFields";
import {
  isAbortError,
  loadPreviewKit,
  MAX_LISTED_ISSUES,
  type PreviewKit,
  previewWithHeader,
  readBytes,
  type StartImport,
} from "@/ui/import/kit";
import { useImportRun } from "@/ui/import/useImportRun";
import {
  addOutcome,
  carryMapping,
  emptyRunOutcome,
  type FieldProblem,
  isSourceFileName,
  type MappingField,
  placeProblems,
  type RunOutcome,
  type SingleField,
  SOURCE_FILE_ACCEPT,
  setSingle,
  switchMode,
  toggleColumn,
} from "./importSources";
import "./evidence.css";

export interface ImportSourcesDialogProps {
  /**
   * Files to start with, such as files dropped on the evidence view. Without them the dialog
   * opens on "Choose file".
   */
  files?: readonly File[];
  /** Cancel, Close, Escape, and after the sources were added. */
  onClose: () => void;
  /** Runs one file's import. Default: `startImport`, in a worker. Tests pass one without a worker. */
  start?: StartImport;
}

type Phase = "choose" | "loading" | "table" | "running" | "review";

/** The chosen files and the start of each, read once for the preview. */
interface Opened {
  files: File[];
  slices: Uint8Array[];
  /** The slice is only the start of the file. */
  partial: boolean[];
  /** Table or text, as guessed from the name and the start. */
  formats: FileFormat[];
}

interface Settings extends FileSettings {
  headerRow: number;
  skipRows: number;
}

const DEFAULT_SETTINGS: Settings = {
  encoding: "auto",
  delimiter: "auto",
  hasHeader: null,
  headerRow: 0,
  skipRows: 0,
};

interface Note {
  text: string;
  error: boolean;
}

/**
 * Imports interviews and survey answers as sources. A table (.csv, .tsv, or a .txt that Excel
 * saved) gets a preview in which the encoding, the delimiter and the header rows can be
 * corrected, and a column mapping; text files (.txt, .md) become one source each and go
 * straight to the confirmation. The import runs off the main thread with a progress bar and
 * Cancel; then the dialog says how many sources it read and lists the rows it could not read.
 * Nothing is added until "Add N sources", which adds them all in one undoable change.
 */
export function ImportSourcesDialog({
  files: given,
  onClose,
  start = startImport,
}: ImportSourcesDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [phase, setPhase] = useState<Phase>(given && given.length > 0 ? "loading" : "choose");
  const [kit, setKit] = useState<PreviewKit | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [format, setFormat] = useState<FileFormat>("table");
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [userMapping, setUserMapping] = useState<{ mapping: ColumnMapping; header: string[] } | null>(null);
  const [kind, setKind] = useState<SourceKind>("interview");
  const [progress, setProgress] = useState({ fraction: 0, rows: 0 });
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  /** The running import, to cancel it. */
  const { handle, generation, stopRunning } = useImportRun();
  /** Where Cancel during an import goes back to. */
  const back = useRef<Phase>("choose");
  /** Focuses the element it is given when that element appears: the first control of each step. */
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);

  const close = () => {
    stopRunning();
    onClose();
  };

  async function runJobs(jobs: { file: File; request: ImportRequest }[], backTo: Phase, markFiles: boolean) {
    stopRunning();
    const run = generation.current;
    back.current = backTo;
    setNote(null);
    setProgress({ fraction: 0, rows: 0 });
    setPhase("running");
    const result = emptyRunOutcome();
    try {
      for (const [i, job] of jobs.entries()) {
        const rowsBefore = result.rows;
        const current = start(job.file, job.request, (p) => {
          if (generation.current !== run) return;
          setProgress({ fraction: (i + p.fraction) / jobs.length, rows: rowsBefore + p.rows });
        });
        handle.current = current;
        const outcome = await current.result;
        if (generation.current !== run) return;
        addOutcome(result, outcome, markFiles ? job.file.name : undefined);
      }
    } catch (error) {
      if (generation.current !== run) return;
      handle.current = null;
      setPhase(backTo);
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
      return;
    }
    handle.current = null;
    setOutcome(result);
    setPhase("review");
  }

  function runText(files: readonly File[], encoding: Settings["encoding"]) {
    const jobs = files.map((file) => ({
      file,
      request: { format: "text", fileName: file.name, encoding, tags: [file.name] } satisfies ImportRequest,
    }));
    void runJobs(jobs, "choose", true);
  }

  async function openFiles(list: readonly File[]) {
    stopRunning();
    const run = generation.current;
    setNote(null);
    setOutcome(null);
    if (list.length === 0) return;
    const wrong = list.find((file) => !isSourceFileName(file.name));
    if (wrong) {
      setPhase("choose");
      setNote({ text: t("evidenceImport.unsupported", { fileName: wrong.name }), error: true });
      return;
    }
    setPhase("loading");
    try {
      const loadedKit = await loadPreviewKit();
      const slices = await Promise.all(list.map((file) => readBytes(file.slice(0, loadedKit.PREVIEW_BYTES))));
      if (generation.current !== run) return;
      const partial = list.map((file) => file.size > loadedKit.PREVIEW_BYTES);
      const formats = list.map(
        (file, i) =>
          loadedKit.previewBytes(slices[i]!, { fileName: file.name, partial: partial[i], maxRows: 1 }).format,
      );
      setKit(loadedKit);
      setOpened({ files: [...list], slices, partial, formats });
      setSettings(DEFAULT_SETTINGS);
      setUserMapping(null);
      setKind("interview");
      if (list.length > 1 && formats.includes("table")) {
        setPhase("choose");
        setNote({ text: t("evidenceImport.mixed"), error: true });
        return;
      }
      const first = list.length === 1 ? formats[0]! : "text";
      setFormat(first);
      if (first === "table") setPhase("table");
      else runText(list, "auto");
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

  // Files handed in (dropped) are opened once, when the dialog opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the files the dialog opened with
  useEffect(() => {
    if (given && given.length > 0) void openFiles(given);
  }, []);

  // The table preview, again whenever the user corrects a setting.
  const table = useMemo(() => {
    if (!kit || !opened || format !== "table" || opened.files.length !== 1) return null;
    const request = {
      fileName: opened.files[0]!.name,
      encoding: settings.encoding,
      delimiter: settings.delimiter,
      partial: opened.partial[0],
      table: { headerRow: settings.headerRow, skipRows: settings.skipRows },
    };
    return previewWithHeader(kit, opened.slices[0]!, request, settings.hasHeader);
  }, [kit, opened, format, settings]);

  const mapping = useMemo(() => {
    if (!table) return null;
    return userMapping
      ? carryMapping(userMapping.mapping, userMapping.header, table.preview.header)
      : table.preview.mapping;
  }, [table, userMapping]);

  const problems = useMemo(
    () =>
      kit && table && mapping ? placeProblems(kit.mappingProblems(mapping, table.preview.header.length)) : [],
    [kit, table, mapping],
  );

  const updateMapping = (next: ColumnMapping) => {
    if (table) setUserMapping({ mapping: next, header: table.preview.header });
  };
  const changeSettings = (change: Partial<Settings>) => setSettings((s) => ({ ...s, ...change }));

  function changeFormat(next: FileFormat) {
    if (!opened) return;
    setFormat(next);
    if (next === "text") runText(opened.files, settings.encoding);
    else {
      setNote(null);
      setPhase("table");
    }
  }

  function importTable() {
    if (!opened || !table || !mapping || problems.length > 0) return;
    const file = opened.files[0]!;
    const request: TableImportRequest = {
      format: "table",
      fileName: file.name,
      // "auto" lets the worker detect the encoding from all the bytes, not only the preview's.
      encoding: settings.encoding,
      // The delimiter the user saw the columns with.
      delimiter: table.preview.delimiter,
      table: { hasHeader: table.hasHeader, headerRow: settings.headerRow, skipRows: settings.skipRows },
      mapping,
      map: { tags: [file.name], ...(mapping.mode === "interview" ? { kind } : {}) },
    };
    void runJobs([{ file, request }], "table", false);
  }

  function add() {
    if (!opened || !outcome) return;
    const sources = format === "text" ? outcome.sources.map((s) => ({ ...s, kind })) : outcome.sources;
    const from = opened.files.length === 1 ? opened.files[0]!.name : undefined;
    // Small imports are committed at once; a large one is committed when its records are made.
    void sourcesImportCommands["sources.import"].run(sources, { from });
    onClose();
  }

  const title =
    !opened || phase === "choose" || phase === "loading"
      ? t("evidenceImport.title")
      : opened.files.length === 1
        ? t("evidenceImport.titleFile", { fileName: opened.files[0]!.name })
        : t("evidenceImport.titleFiles", { count: opened.files.length });

  const count = outcome?.sources.length ?? 0;
  const noteView = note && (
    <p role={note.error ? "alert" : "status"} className={note.error ? "field-error" : "hint"}>
      {note.text}
    </p>
  );

  let body: ReactNode;
  let actions: ReactNode;
  if (phase === "choose" || phase === "loading") {
    body = (
      <>
        <FileChooser
          intro={t("evidenceImport.intro")}
          loading={phase === "loading"}
          accept={SOURCE_FILE_ACCEPT}
          multiple
          testId="source-file-input"
          onFiles={(files) => void openFiles(files)}
        />
        {noteView}
      </>
    );
    actions = (
      <button type="button" className="button" onClick={close}>
        {t("evidenceImport.cancel")}
      </button>
    );
  } else if (phase === "table" && table && mapping && kit) {
    body = (
      <>
        {noteView}
        <fieldset className="source-form">
          <legend>{t("evidenceImport.fileSettings")}</legend>
          <ReadAsSelect id={`${id}-read-as`} value={format} onChange={changeFormat} focusRef={focusOnMount} />
          <FileSettingsFields
            id={id}
            settings={settings}
            preview={table.preview}
            hasHeader={table.hasHeader}
            onChange={changeSettings}
          />
          <details className="wide">
            <summary>{t("evidenceImport.moreOptions")}</summary>
            <div className="source-form">
              <RowCount
                id={`${id}-header-row`}
                label={t("evidenceImport.headerRow")}
                value={settings.headerRow}
                onChange={(headerRow) => changeSettings({ headerRow })}
              />
              <RowCount
                id={`${id}-skip-rows`}
                label={t("evidenceImport.skipRows")}
                hint={t("evidenceImport.skipRowsHint")}
                value={settings.skipRows}
                onChange={(skipRows) => changeSettings({ skipRows })}
              />
            </div>
          </details>
        </fieldset>
        <PreviewTable preview={table.preview} />
        <MappingFields
          mapping={mapping}
          header={table.preview.header}
          problems={problems}
          kind={kind}
          onKind={setKind}
          onChange={updateMapping}
          onMode={(mode) =>
            updateMapping(
              switchMode(mapping, kit.guessMapping(table.preview.header, table.preview.rows, mode)),
            )
          }
        />
      </>
    );
    actions = (
      <>
        <button type="button" className="button" onClick={close}>
          {t("evidenceImport.cancel")}
        </button>
        <button type="button" className="button primary" onClick={importTable} disabled={problems.length > 0}>
          {t("evidenceImport.import")}
        </button>
      </>
    );
  } else if (phase === "running") {
    body = <ImportProgress fraction={progress.fraction} rows={format === "table" ? progress.rows : 0} />;
    actions = (
      <button
        type="button"
        className="button"
        ref={focusOnMount}
        onClick={() => {
          stopRunning();
          setPhase(back.current);
          setNote({ text: t("evidenceImport.cancelled"), error: false });
        }}
      >
        {t("evidenceImport.cancel")}
      </button>
    );
  } else if (phase === "review" && outcome && opened) {
    const fileTag = opened.files.length === 1 ? opened.files[0]!.name : undefined;
    body = (
      <>
        {noteView}
        <p role="status" tabIndex={-1} ref={focusOnMount}>
          <strong>
            {count > 0
              ? t("evidenceImport.ready", { count, n: formatNumber(count) })
              : t("evidenceImport.nothingReady")}
          </strong>
        </p>
        {format === "table" && (
          <p className="hint">
            {t("evidenceImport.readSummary", {
              count: outcome.rows,
              n: formatNumber(outcome.rows),
              encoding: outcome.encodings.map((e) => t(`evidenceImport.encodingName.${e}`)).join(", "),
            })}
          </p>
        )}
        {outcome.emptyAnswers > 0 && (
          <p className="hint">
            {t("evidenceImport.emptyAnswers", {
              count: outcome.emptyAnswers,
              n: formatNumber(outcome.emptyAnswers),
            })}
          </p>
        )}
        {format === "text" && (
          <div className="source-form">
            {opened.files.length === 1 && (
              <ReadAsSelect id={`${id}-read-as`} value={format} onChange={changeFormat} />
            )}
            <EncodingSelect
              id={`${id}-encoding`}
              value={settings.encoding}
              detected={settings.encoding === "auto" ? outcome.encodings.join(", ") : ""}
              onChange={(encoding) => {
                changeSettings({ encoding });
                runText(opened.files, encoding);
              }}
            />
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t("evidenceImport.kind")}</label>
              <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SourceKind)}>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`evidence.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        {format === "text" && count > 0 && <SourceList sources={outcome.sources} />}
        {outcome.errors.length > 0 && (
          <IssueList
            title={t("evidenceImport.errorsTitle", { n: formatNumber(outcome.errors.length) })}
            issues={outcome.errors}
          />
        )}
        {outcome.warnings.length > 0 && (
          <details>
            <summary>
              {t("evidenceImport.warningsTitle", { n: formatNumber(outcome.warnings.length) })}
            </summary>
            <IssueList issues={outcome.warnings} />
          </details>
        )}
        {count > 0 && fileTag && <p className="hint">{t("evidenceImport.tagged", { tag: fileTag })}</p>}
        {count > 0 && <p className="hint">{t("evidenceImport.undoHint")}</p>}
      </>
    );
    actions = (
      <>
        {format === "table" && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNote(null);
              setPhase("table");
            }}
          >
            {t("evidenceImport.back")}
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          {t("evidenceImport.cancel")}
        </button>
        {count > 0 && (
          <button type="button" className="button primary" onClick={add}>
            {t("evidenceImport.add", { count, n: formatNumber(count) })}
          </button>
        )}
      </>
    );
  } else {
    body = null;
    actions = (
      <button type="button" className="button" onClick={close}>
        {t("evidenceImport.close")}
      </button>
    );
  }

  return (
    <Dialog title={title} onClose={close} className="link-dialog import-sources-dialog" actions={actions}>
      {body}
    </Dialog>
  );
}

function ReadAsSelect({
  id,
  value,
  onChange,
  focusRef,
}: {
  id: string;
  value: FileFormat;
  onChange: (format: FileFormat) => void;
  focusRef?: (element: HTMLElement | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field wide">
      <label htmlFor={id}>{t("evidenceImport.readAs")}</label>
      <select id={id} ref={focusRef} value={value} onChange={(e) => onChange(e.target.value as FileFormat)}>
        <option value="table">{t("evidenceImport.readAsTable")}</option>
        <option value="text">{t("evidenceImport.readAsText")}</option>
      </select>
    </div>
  );
}

function RowCount({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={50}
        step={1}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const n = Math.trunc(Number(e.target.value));
          onChange(Number.isFinite(n) ? Math.min(50, Math.max(0, n)) : 0);
        }}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface MappingFieldsProps {
  mapping: ColumnMapping;
  header: readonly string[];
  problems: readonly FieldProblem[];
  kind: SourceKind;
  onKind: (kind: SourceKind) => void;
  onChange: (mapping: ColumnMapping) => void;
  onMode: (mode: ImportMode) => void;
}

function MappingFields({ mapping, header, problems, kind, onKind, onChange, onMode }: MappingFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const survey = mapping.mode === "survey";
  const at = (field: MappingField) => problems.filter((p) => p.field === field);
  const general = problems.filter((p) => p.field === null);
  const single = (field: SingleField, label: string, hint?: string) => (
    <ColumnSelect
      id={`${id}-${field}`}
      label={label}
      hint={hint}
      value={mapping[field] ?? null}
      header={header}
      problems={at(field).map((problem) => (problem.key ? t(problem.key) : problem.message))}
      onChange={(index) => onChange(setSingle(mapping, field, index))}
    />
  );
  // A column that holds the text, the respondent… is not offered again as an attribute.
  const used = new Set(
    [
      survey ? null : mapping.text,
      mapping.respondent,
      mapping.role,
      mapping.date,
      survey ? null : mapping.title,
      mapping.interviewer,
      mapping.tags,
    ].filter((i): i is number => typeof i === "number"),
  );
  const free = header.map((label, index) => ({ label, index })).filter((c) => !used.has(c.index));
  return (
    <fieldset>
      <legend>{t("evidenceImport.columns")}</legend>
      {general.map((p) => (
        <p key={p.message} className="field-error">
          {p.message}
        </p>
      ))}
      <div className="source-form">
        <fieldset className="wide">
          <legend>{t("evidenceImport.mode")}</legend>
          {(["interview", "survey"] as const).map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode}
                checked={mapping.mode === mode}
                onChange={() => onMode(mode)}
              />
              {t(mode === "interview" ? "evidenceImport.modeInterview" : "evidenceImport.modeSurvey")}
            </label>
          ))}
        </fieldset>
        {!survey && single("text", t("evidenceImport.textColumn"))}
        {!survey && (
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t("evidenceImport.kind")}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => onKind(e.target.value as SourceKind)}>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`evidence.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {single(
          "respondent",
          t("evidenceImport.respondentColumn"),
          survey ? t("evidenceImport.respondentSurveyHint") : undefined,
        )}
        {single("role", t("evidenceImport.roleColumn"))}
        {single("date", t("evidenceImport.dateColumn"))}
        {!survey && single("title", t("evidenceImport.titleColumn"), t("evidenceImport.titleHint"))}
        {single("interviewer", t("evidenceImport.interviewerColumn"))}
        {single("tags", t("evidenceImport.tagsColumn"))}
        {survey && (
          <ColumnChecks
            id={`${id}-open`}
            legend={t("evidenceImport.openText")}
            hint={t("evidenceImport.openTextHint")}
            columns={free}
            checked={mapping.openText}
            problems={at("openText")}
            onToggle={(index, on) => onChange(toggleColumn(mapping, "openText", index, on))}
          />
        )}
        <ColumnChecks
          id={`${id}-attributes`}
          legend={t("evidenceImport.attributes")}
          hint={t("evidenceImport.attributesHint")}
          columns={free}
          checked={mapping.attributes}
          problems={at("attributes")}
          onToggle={(index, on) => onChange(toggleColumn(mapping, "attributes", index, on))}
        />
      </div>
    </fieldset>
  );
}

function ProblemText({ problem, id }: { problem: FieldProblem; id: string }) {
  const { t } = useTranslation();
  return (
    <p className="field-error" id={id}>
      {problem.key ? t(problem.key) : problem.message}
    </p>
  );
}

function ColumnChecks({
  id,
  legend,
  hint,
  columns,
  checked,
  problems,
  onToggle,
}: {
  id: string;
  legend: string;
  hint: string;
  columns: readonly { label: string; index: number }[];
  checked: readonly number[];
  problems: readonly FieldProblem[];
  onToggle: (index: number, on: boolean) => void;
}) {
  const described = [`${id}-hint`, ...problems.map((_, i) => `${id}-problem-${i}`)].join(" ");
  return (
    <fieldset className="wide" aria-describedby={described}>
      <legend>{legend}</legend>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <ul className="check-list">
        {columns.map(({ label, index }) => (
          <li key={index}>
            <label className="check">
              <input
                type="checkbox"
                checked={checked.includes(index)}
                onChange={(e) => onToggle(index, e.target.checked)}
              />
              {label}
            </label>
          </li>
        ))}
      </ul>
      {problems.map((problem, i) => (
        <ProblemText key={problem.message} problem={problem} id={`${id}-problem-${i}`} />
      ))}
    </fieldset>
  );
}

function SourceList({ sources }: { sources: RunOutcome["sources"] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const shown = sources.slice(0, MAX_LISTED_ISSUES);
  return (
    <section className="import-problems" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("evidenceImport.sourcesTitle")}</h3>
      <ul>
        {shown.map((source, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list for this import
          <li key={i}>
            <strong>{source.title}</strong>: {shorten(source.text.replace(/\s+/g, " ").trim(), 120)}
          </li>
        ))}
        {sources.length > shown.length && (
          <li>
            {t("evidenceImport.more", {
              count: sources.length - shown.length,
              n: formatNumber(sources.length - shown.length),
            })}
          </li>
        )}
      </ul>
    </section>
  );
}
