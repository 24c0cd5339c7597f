import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RefiContents, RefiParseResult } from "@/io/refi-qda/parse";
import type { RefiPlan } from "@/io/refi-qda/plan";
import { shortQuote } from "@/model/evidence";
import { runCommand } from "@/store/commands";
import { planRefi, refiFailure } from "@/store/commands-refi";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import "./exchange.css";

interface RefiImportDialogProps {
  fileName: string;
  result: RefiParseResult;
  onClose: () => void;
}

/** How many unplaceable selections are listed by name; the rest are counted. */
const LISTED = 8;

/**
 * Importing a REFI-QDA codebook (.qdc) or project (.qdpx): why the file cannot be read, or what
 * importing it adds (codes, sources, coded excerpts) and which selections cannot be placed,
 * before anything changes. Import is one undoable command.
 */
export function RefiImportDialog({ fileName, result, onClose }: RefiImportDialogProps) {
  const { t } = useTranslation();
  const { plan, failure } = usePlan(result.ok ? result.contents : undefined);
  const title = result.ok ? t("refi.title", { fileName }) : t("exchange.failedTitle", { fileName });

  const run = () => {
    if (!result.ok) return;
    runCommand("refi.import", { contents: result.contents });
    onClose();
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      className="import-dialog"
      actions={
        result.ok ? (
          <>
            {/* biome-ignore lint/a11y/noAutofocus: a dialog that changes data starts on its safe choice */}
            <button type="button" className="button" onClick={onClose} autoFocus>
              {t("exchange.cancel")}
            </button>
            <button
              type="button"
              className="button primary"
              onClick={run}
              disabled={!plan || plan.change.put.length === 0}
            >
              {t("exchange.doImport")}
            </button>
          </>
        ) : (
          // biome-ignore lint/a11y/noAutofocus: the only way on from here; Escape does the same
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t("exchange.close")}
          </button>
        )
      }
    >
      {!result.ok && <Failure message={t(`refi.error.${result.error.code}`, result.error.params ?? {})} />}
      {result.ok && failure !== undefined && <Failure message={failure} />}
      {result.ok && failure === undefined && <Summary contents={result.contents} plan={plan} />}
    </Dialog>
  );
}

/**
 * The plan against the workspace as it is now, worked out again when the workspace changes; or
 * why it cannot be (the planning code could not be loaded), instead of "Reading…" for ever.
 */
function usePlan(contents: RefiContents | undefined): { plan?: RefiPlan; failure?: string } {
  const records = useStore((s) => s.records);
  const [outcome, setOutcome] = useState<{ plan?: RefiPlan; failure?: string }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plan is read from the store's records
  useEffect(() => {
    if (!contents) return;
    let live = true;
    planRefi(contents).then(
      (plan) => live && setOutcome({ plan }),
      (error: unknown) => live && setOutcome({ failure: refiFailure(error) }),
    );
    return () => {
      live = false;
    };
  }, [contents, records]);
  return outcome;
}

function Failure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="import-failure">
      <p role="alert" className="field-error">
        {message}
      </p>
      <p>{t("exchange.nothingChanged")}</p>
    </div>
  );
}

function Summary({ contents, plan }: { contents: RefiContents; plan: RefiPlan | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const notText = contents.skippedSources.filter((s) => s.reason === "not-text").length;
  const missingText = contents.skippedSources.length - notText;
  return (
    <div className="import-summary">
      <p>
        {contents.kind === "codebook"
          ? t("refi.fileCodebook")
          : t("refi.fileProject", { name: contents.name || contents.origin || "—" })}
        {contents.origin && ` ${t("refi.madeWith", { origin: contents.origin })}`}
      </p>
      {!plan ? (
        <p role="status">{t("exchange.reading")}</p>
      ) : (
        <div className="import-plan" aria-live="polite">
          {plan.change.put.length === 0 ? (
            <p>
              <strong>{t("exchange.willAddNothing")}</strong>
            </p>
          ) : (
            <>
              <p>
                <strong id={`${id}-adds`}>{t("refi.willAdd")}</strong>
              </p>
              <ul aria-labelledby={`${id}-adds`}>
                <li>{t("refi.codes", { count: plan.codesAdded })}</li>
                {contents.kind === "project" && (
                  <>
                    <li>{t("refi.sources", { count: plan.sources })}</li>
                    <li>{t("refi.codings", { count: plan.codings })}</li>
                  </>
                )}
              </ul>
            </>
          )}
          {plan.codesKept > 0 && <p>{t("refi.codesKept", { count: plan.codesKept })}</p>}
          {plan.sourcesKept > 0 && <p>{t("refi.sourcesKept", { count: plan.sourcesKept })}</p>}
          {plan.codingsKept > 0 && <p>{t("refi.codingsKept", { count: plan.codingsKept })}</p>}
          {plan.sources > 0 && <p>{t("refi.sourcesAsInterviews")}</p>}
          {plan.moved > 0 && <p>{t("refi.moved", { count: plan.moved })}</p>}
          {plan.unchecked > 0 && <p>{t("refi.unchecked", { count: plan.unchecked })}</p>}
          {notText > 0 && <p>{t("refi.notText", { count: notText })}</p>}
          {missingText > 0 && <p>{t("refi.missingText", { count: missingText })}</p>}
          {plan.unplaced.length > 0 && (
            <section className="import-problems">
              <h3 id={`${id}-unplaced`}>{t("refi.unplacedTitle", { count: plan.unplaced.length })}</h3>
              <p>{t("refi.unplacedHelp")}</p>
              <ul aria-labelledby={`${id}-unplaced`}>
                {plan.unplaced.slice(0, LISTED).map((u, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list for this file
                  <li key={i}>
                    {u.quote
                      ? t("refi.unplacedItem", { quote: shortQuote(u.quote, 80), source: u.source })
                      : t("refi.unplacedNoQuote", { start: u.start, end: u.end, source: u.source })}
                  </li>
                ))}
                {plan.unplaced.length > LISTED && (
                  <li>{t("refi.more", { count: plan.unplaced.length - LISTED })}</li>
                )}
              </ul>
            </section>
          )}
          {plan.change.put.length > 0 && <p className="hint">{t("exchange.undoHint")}</p>}
        </div>
      )}
    </div>
  );
}
