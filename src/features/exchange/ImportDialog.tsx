import { type ReactNode, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "@/i18n";
import type { ImportMode, ImportPlan } from "@/io/import-plan";
import type { RestoreProblem } from "@/io/restore";
import type { ImportError, ImportSummary } from "@/io/workspace-file";
import { runCommand } from "@/store/commands";
import { describeCounts, planWorkspaceImport } from "@/store/commands-exchange";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { RefiImportDialog } from "./RefiImportDialog";
import type { ImportFlow } from "./read-file";
import "./exchange.css";

interface ImportDialogProps {
  flow: ImportFlow;
  /** Cancel, Close, Escape, and after importing. */
  onClose: () => void;
}

/**
 * One dialog through the whole import: "Reading…" with Cancel, then either why the file cannot
 * be imported, or what it holds and what importing it would do, before anything changes.
 * REFI-QDA files have a dialog of their own.
 */
export function ImportDialog({ flow, onClose }: ImportDialogProps) {
  return flow.phase === "refi" ? (
    <RefiImportDialog fileName={flow.fileName} result={flow.result} onClose={onClose} />
  ) : (
    <WorkspaceImportDialog flow={flow} onClose={onClose} />
  );
}

function WorkspaceImportDialog({ flow, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>("merge");
  const [replace, setReplace] = useState(false);
  const plan = usePlan(flow, mode, replace);
  const title =
    flow.phase === "reading"
      ? t("exchange.readingTitle", { fileName: flow.fileName })
      : flow.phase === "failed"
        ? t("exchange.failedTitle", { fileName: flow.fileName })
        : t("exchange.title", { fileName: flow.fileName });

  const run = () => {
    if (flow.phase !== "ready") return;
    runCommand("workspace.import", { contents: flow.contents, mode, replace: mode === "merge" && replace });
    onClose();
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      className="import-dialog"
      actions={
        plan ? (
          <ReadyActions plan={plan} onCancel={onClose} onImport={run} />
        ) : (
          // biome-ignore lint/a11y/noAutofocus: the only way on from here; Escape does the same
          <button type="button" className="button" onClick={onClose} autoFocus>
            {flow.phase === "reading" ? t("exchange.cancel") : t("exchange.close")}
          </button>
        )
      }
    >
      {flow.phase === "reading" && (
        <div className="import-reading">
          <progress aria-label={t("exchange.reading")} />
          <p role="status">{t("exchange.reading")}</p>
        </div>
      )}
      {flow.phase === "failed" && <Failure error={flow.error} />}
      {flow.phase === "ready" && plan && (
        <Summary
          summary={flow.summary}
          mode={mode}
          replace={replace}
          onMode={setMode}
          onReplace={setReplace}
          plan={<PlanPreview plan={plan} />}
        />
      )}
    </Dialog>
  );
}

/** What importing would do with the chosen options, against the workspace as it is now. */
function usePlan(flow: ImportFlow, mode: ImportMode, replace: boolean): ImportPlan | undefined {
  const records = useStore((s) => s.records);
  const contents = flow.phase === "ready" ? flow.contents : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plan is read from the store's records
  return useMemo(
    () => contents && planWorkspaceImport({ contents, mode, replace: mode === "merge" && replace }),
    [contents, mode, replace, records],
  );
}

function ReadyActions({
  plan,
  onCancel,
  onImport,
}: {
  plan: ImportPlan;
  onCancel: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {/* biome-ignore lint/a11y/noAutofocus: a dialog that changes data starts on its safe choice */}
      <button type="button" className="button" onClick={onCancel} autoFocus>
        {t("exchange.cancel")}
      </button>
      <button
        type="button"
        className="button primary"
        onClick={onImport}
        disabled={plan.change.put.length === 0}
      >
        {t("exchange.doImport")}
      </button>
    </>
  );
}

function Failure({ error }: { error: ImportError }) {
  const { t, i18n } = useTranslation();
  const key = `exchange.error.${error.code}`;
  const message = i18n.exists(key) ? t(key, error.params ?? {}) : error.message;
  const where = error.where;
  return (
    <div className="import-failure">
      <p role="alert" className="field-error">
        {message}
      </p>
      {where?.line !== undefined && where.column !== undefined && (
        <p className="import-where">{t("exchange.where", { line: where.line, column: where.column })}</p>
      )}
      {where?.field !== undefined && where.line === undefined && (
        <p className="import-where">{t("exchange.whereField", { field: where.field })}</p>
      )}
      <p>{t("exchange.nothingChanged")}</p>
    </div>
  );
}

function Summary({
  summary,
  mode,
  replace,
  onMode,
  onReplace,
  plan,
}: {
  summary: ImportSummary;
  mode: ImportMode;
  replace: boolean;
  onMode: (mode: ImportMode) => void;
  onReplace: (replace: boolean) => void;
  plan: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const exported =
    summary.exportedAt && !Number.isNaN(Date.parse(summary.exportedAt))
      ? formatDate(summary.exportedAt, { dateStyle: "medium", timeStyle: "short" })
      : null;
  return (
    <div className="import-summary">
      <p>{t("exchange.fileHolds", { what: describeCounts(summary.counts) })}</p>
      {exported && summary.appVersion && (
        <p className="import-meta">
          {t("exchange.fileFrom", { when: exported, version: summary.appVersion })}
        </p>
      )}
      {summary.journeys.length > 0 && (
        <>
          <h3 id={`${id}-journeys`}>{t("exchange.journeysInFile")}</h3>
          <ul className="import-journeys" aria-labelledby={`${id}-journeys`}>
            {summary.journeys.slice(0, 12).map((j) => (
              <li key={j.id}>
                <strong>{j.name || t("defaults.journeyName")}</strong>
                {" · "}
                {t("exchange.stepCount", { count: j.steps })}
                {j.painPoints > 0 && ` · ${t("exchange.painCount", { count: j.painPoints })}`}
                {j.exists && ` · ${t("exchange.journeyExists")}`}
              </li>
            ))}
            {summary.journeys.length > 12 && (
              <li>{t("exchange.problemsMore", { count: summary.journeys.length - 12 })}</li>
            )}
          </ul>
        </>
      )}
      {summary.collisions > 0 && <p>{t("exchange.collisions", { count: summary.collisions })}</p>}
      {summary.unchanged > 0 && <p>{t("exchange.unchanged", { count: summary.unchanged })}</p>}
      <fieldset className="import-mode">
        <legend>{t("exchange.mode")}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="merge"
            checked={mode === "merge"}
            onChange={() => onMode("merge")}
            aria-describedby={`${id}-merge-help`}
          />{" "}
          {t("exchange.modeMerge")}
        </label>
        <p id={`${id}-merge-help`} className="hint">
          {t("exchange.modeMergeHelp")}
        </p>
        <label className="import-replace">
          <input
            type="checkbox"
            checked={replace}
            disabled={mode !== "merge"}
            onChange={(event) => onReplace(event.target.checked)}
            aria-describedby={`${id}-replace-help`}
          />{" "}
          {t("exchange.replace")}
        </label>
        <p id={`${id}-replace-help`} className="hint import-replace">
          {t("exchange.replaceHelp")}
        </p>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            value="new"
            checked={mode === "new"}
            onChange={() => onMode("new")}
            aria-describedby={`${id}-new-help`}
          />{" "}
          {t("exchange.modeNew")}
        </label>
        <p id={`${id}-new-help`} className="hint">
          {t("exchange.modeNewHelp")}
        </p>
      </fieldset>
      {plan}
      {summary.droppedKeys > 0 && <p>{t("exchange.droppedKeys", { count: summary.droppedKeys })}</p>}
      {summary.problems.length > 0 && <Problems problems={summary.problems} />}
    </div>
  );
}

function PlanPreview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  return (
    <div className="import-plan" aria-live="polite">
      {plan.addedTotal > 0 && (
        <p>
          <strong>{t("exchange.willAdd", { what: describeCounts(plan.added) })}</strong>
        </p>
      )}
      {plan.change.put.length === 0 && (
        <p>
          <strong>{t("exchange.willAddNothing")}</strong>
        </p>
      )}
      {plan.copied > 0 && <p>{t("exchange.willCopy", { count: plan.copied })}</p>}
      {plan.replaced > 0 && <p>{t("exchange.willReplace", { count: plan.replaced })}</p>}
      {plan.renamed.slice(0, 5).map((r) => (
        <p key={`${r.from}→${r.to}`}>{t("exchange.willRename", { from: r.from, to: r.to })}</p>
      ))}
      {plan.change.put.length > 0 && <p className="hint">{t("exchange.undoHint")}</p>}
    </div>
  );
}

function Problems({ problems }: { problems: readonly RestoreProblem[] }) {
  const { t } = useTranslation();
  const shown = problems.slice(0, 10);
  return (
    <section className="import-problems">
      <h3>{t("exchange.problemsTitle")}</h3>
      <ul>
        {shown.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list for this file
          <li key={i}>
            {t(p.action === "repaired" ? "exchange.problemRepaired" : "exchange.problemDropped", {
              journey: p.journeyName ?? t("exchange.unknownJourney"),
              message: p.message,
            })}
          </li>
        ))}
        {problems.length > shown.length && (
          <li>{t("exchange.problemsMore", { count: problems.length - shown.length })}</li>
        )}
      </ul>
    </section>
  );
}
