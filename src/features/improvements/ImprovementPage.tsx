import type { TFunction } from "i18next";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDay } from "@/i18n";
import type { ImprovementId, PainPointId } from "@/model/ids";
import {
  allowedStatuses,
  type ImprovementDetails,
  type ImprovementError,
  type ImprovementField,
  indicatorsOfImprovement,
  isImprovement,
  type PainHistoryEntry,
  painHistory,
  validateImprovement,
} from "@/model/improvements";
import { priorityScore } from "@/model/painpoints";
import { getJourney } from "@/model/records";
import type { ImprovementRecord, JourneyRecord, PainPointRecord } from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { type EvidenceItem, painEvidence } from "@/store/evidence";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { PainIcon } from "@/ui/PainIcon";
import { IndicatorPanel } from "./IndicatorPanel";
import { improvementParts } from "./select";

const ERROR_MESSAGE: Record<ImprovementError, string> = {
  required: "improvements.error.title",
  invalidDate: "improvements.error.date",
  endBeforeStart: "improvements.error.endBeforeStart",
  statusMove: "improvements.error.statusMove",
};

/** One improvement: its fields, the pain points it addresses with their evidence, its steps and indicators. */
export function ImprovementPage({
  improvementId,
  focusTitle = false,
}: {
  improvementId: ImprovementId;
  /** Select the Title field once shown: the improvement was just added and wants a name. */
  focusTitle?: boolean;
}) {
  const { t } = useTranslation();
  const record = useStore((s) => s.records[improvementId]);
  const journey = useStore((s) =>
    isImprovement(record) ? getJourney(s.records, record.journeyId) : undefined,
  );
  if (!isImprovement(record) || !journey) {
    return (
      <div className="improvement-page">
        <p>{t("improvements.improvementMissing")}</p>
      </div>
    );
  }
  return (
    <article className="improvement-page" aria-labelledby={`${improvementId}-title`}>
      <h2 id={`${improvementId}-title`} className="improvement-title" tabIndex={-1}>
        {record.title || t("improvements.untitled")}
      </h2>
      <ImprovementFields key={record.id} improvement={record} focusTitle={focusTitle} />
      <LinkedPains improvement={record} journey={journey} />
      <LinkedSteps improvement={record} journey={journey} />
      <ImprovementIndicators improvement={record} />
      <div className="page-section">
        <button
          type="button"
          className="button danger"
          onClick={() => runCommand("improvement.delete", record.id)}
        >
          {t("improvements.delete")}
        </button>
      </div>
    </article>
  );
}

type Draft = Required<ImprovementDetails>;

/**
 * The improvement's own fields. Each valid change is written as it is made (and merges into
 * one undo step while typing); an invalid one stays in the field with a message and is not.
 */
function ImprovementFields({
  improvement,
  focusTitle,
}: {
  improvement: ImprovementRecord;
  focusTitle: boolean;
}) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.focus();
    titleRef.current?.select();
  }, [focusTitle]);
  const [local, setLocal] = useState<Partial<Draft>>({});
  const [errors, setErrors] = useState<Partial<Record<ImprovementField, ImprovementError>>>({});
  const id = useId();
  const fid = (field: string) => `${id}-${field}`;
  const draft: Draft = {
    title: improvement.title,
    description: improvement.description,
    owner: improvement.owner,
    status: improvement.status,
    startDate: improvement.startDate,
    endDate: improvement.endDate,
    ...local,
  };

  function change(details: ImprovementDetails) {
    const merged = { ...local, ...details };
    // Dates are checked together, so fixing one clears the other's "end before start".
    const dated = "startDate" in details || "endDate" in details;
    const checked: ImprovementDetails = dated
      ? {
          ...details,
          startDate: merged.startDate ?? improvement.startDate,
          endDate: merged.endDate ?? improvement.endDate,
        }
      : details;
    const found = validateImprovement(checked, improvement);
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(checked)) delete next[key as ImprovementField];
      return { ...next, ...found };
    });
    if (Object.keys(found).length === 0) {
      runCommand("improvement.update", improvement.id, checked);
      setLocal((l) => {
        const rest = { ...l };
        for (const key of Object.keys(checked)) delete rest[key as keyof Draft];
        return rest;
      });
    } else setLocal(merged);
  }

  const described = (field: ImprovementField, hint?: boolean) => {
    const refs = [errors[field] ? `${fid(field)}-error` : "", hint ? `${fid(field)}-hint` : ""]
      .filter(Boolean)
      .join(" ");
    return {
      ...(errors[field] ? { "aria-invalid": true as const } : {}),
      ...(refs ? { "aria-describedby": refs } : {}),
    };
  };
  const error = (field: ImprovementField) =>
    errors[field] && (
      <span id={`${fid(field)}-error`} className="field-error">
        {t(ERROR_MESSAGE[errors[field]!])}
      </span>
    );

  return (
    <section className="page-section improvement-fields" aria-labelledby={fid("heading")}>
      <h3 id={fid("heading")}>{t("improvements.details")}</h3>
      <div className="field">
        <label htmlFor={fid("title")}>{t("improvements.field.title")}</label>
        <input
          id={fid("title")}
          ref={titleRef}
          value={draft.title}
          onChange={(e) => change({ title: e.target.value })}
          {...described("title")}
        />
        {error("title")}
      </div>
      <div className="field">
        <label htmlFor={fid("description")}>{t("improvements.field.description")}</label>
        <textarea
          id={fid("description")}
          rows={3}
          value={draft.description}
          onChange={(e) => change({ description: e.target.value })}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid("owner")}>{t("improvements.field.owner")}</label>
          <input id={fid("owner")} value={draft.owner} onChange={(e) => change({ owner: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={fid("status")}>{t("improvements.field.status")}</label>
          <select
            id={fid("status")}
            value={draft.status}
            onChange={(e) => change({ status: e.target.value as Draft["status"] })}
            {...described("status", true)}
          >
            {allowedStatuses(improvement.status).map((s) => (
              <option key={s} value={s}>
                {t(`improvements.status.${s}`)}
              </option>
            ))}
          </select>
          <span id={`${fid("status")}-hint`} className="hint">
            {t("improvements.statusHelp")}
          </span>
          {error("status")}
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid("startDate")}>{t("improvements.field.startDate")}</label>
          <input
            id={fid("startDate")}
            type="date"
            value={draft.startDate}
            onChange={(e) => change({ startDate: e.target.value })}
            {...described("startDate", true)}
          />
          <span id={`${fid("startDate")}-hint`} className="hint">
            {t("improvements.field.dateHint")}
          </span>
          {error("startDate")}
        </div>
        <div className="field">
          <label htmlFor={fid("endDate")}>{t("improvements.field.endDate")}</label>
          <input
            id={fid("endDate")}
            type="date"
            value={draft.endDate}
            onChange={(e) => change({ endDate: e.target.value })}
            {...described("endDate", true)}
          />
          <span id={`${fid("endDate")}-hint`} className="hint">
            {t("improvements.field.dateHint")}
          </span>
          {error("endDate")}
        </div>
      </div>
    </section>
  );
}

/** The pain points the improvement addresses, each with what stands for its evidence, and "Resolve pain point". */
function LinkedPains({ improvement, journey }: { improvement: ImprovementRecord; journey: JourneyRecord }) {
  const { t } = useTranslation();
  const parts = useStore((s) => journeyParts(s.records, journey.id));
  const [choice, setChoice] = useState("");
  const [resolving, setResolving] = useState<PainPointRecord | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const linked = improvement.painPointIds
    .map((pid) => parts.pains.find((p) => p.id === pid))
    .filter((p): p is PainPointRecord => p !== undefined);
  const candidates = parts.pains
    .filter((p) => !improvement.painPointIds.includes(p.id))
    .sort((a, b) => priorityScore(b) - priorityScore(a) || a.title.localeCompare(b.title));
  const steps = readingOrder(journey, parts.steps);

  return (
    <section className="page-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t("improvements.pains.title")}
      </h3>
      {linked.length === 0 ? (
        <p className="hint">{t("improvements.pains.none")}</p>
      ) : (
        <ul className="linked-pains">
          {linked.map((pain) => (
            <LinkedPain
              key={pain.id}
              pain={pain}
              improvement={improvement}
              stepTitles={steps
                .filter((s) => pain.stepIds.includes(s.id))
                .map((s) => s.title || t("improvements.untitledStep"))}
              onResolve={() => setResolving(pain)}
              onUnlinked={() => headingRef.current?.focus()}
            />
          ))}
        </ul>
      )}
      {candidates.length === 0 ? (
        parts.pains.length > 0 && <p className="hint">{t("improvements.pains.noneLeft")}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-link`}>{t("improvements.pains.link")}</label>
          <div className="row nowrap">
            <select id={`${id}-link`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">{t("improvements.pains.choose")}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${t(`pains.kind.${p.kind}`)}: ${p.title} (${priorityScore(p)})`}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={!choice}
              onClick={() => {
                runCommand("improvement.linkPain", improvement.id, choice as PainPointId);
                setChoice("");
                document.getElementById(`${id}-link`)?.focus();
              }}
            >
              {t("improvements.pains.linkButton")}
            </button>
          </div>
        </div>
      )}
      {resolving && (
        <ResolveDialog pain={resolving} improvement={improvement} onClose={() => setResolving(null)} />
      )}
    </section>
  );
}

function LinkedPain({
  pain,
  improvement,
  stepTitles,
  onResolve,
  onUnlinked,
}: {
  pain: PainPointRecord;
  improvement: ImprovementRecord;
  stepTitles: string[];
  onResolve: () => void;
  onUnlinked: () => void;
}) {
  const { t } = useTranslation();
  const records = useStore((s) => s.records);
  const titleOf = (id: string) => {
    const r = records[id];
    return isImprovement(r) ? r.title || t("improvements.untitled") : undefined;
  };
  const history = painHistory(pain);
  const id = useId();
  return (
    <li className={`linked-pain kind-${pain.kind}`}>
      <article aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`} className="linked-pain-title">
          <PainIcon kind={pain.kind} size={18} />
          <span className="visually-hidden">{t(`pains.kind.${pain.kind}`)}:</span> {pain.title}
        </h4>
        <p className="linked-pain-meta">
          {[
            t(`pains.kind.${pain.kind}`),
            t("improvements.pains.score", { score: priorityScore(pain) }),
            t("improvements.pains.status", { status: t(`pains.status.${pain.status}`) }),
          ].join(" · ")}
        </p>
        <p>{pain.description || t("improvements.pains.noDescription")}</p>
        <p className="hint">
          {stepTitles.length > 0
            ? t("improvements.pains.steps", { steps: stepTitles.join(", ") })
            : t("improvements.pains.noSteps")}
        </p>
        <PainEvidence painId={pain.id} />
        {history.length > 0 && (
          <div className="pain-history">
            <strong>{t("improvements.pains.history")}</strong>
            <ul>
              {history.map((h) => (
                <li key={`${h.at}-${h.status}-${h.by}`}>{historyText(t, h, titleOf)}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="row">
          {pain.status === "resolved" ? (
            <span className="resolved-tag">
              <span aria-hidden="true">✓ </span>
              {t("improvements.pains.resolved")}
            </span>
          ) : (
            <button type="button" className="button primary small" onClick={onResolve}>
              {t("improvements.pains.resolve")}
            </button>
          )}
          <button
            type="button"
            className="button small"
            aria-label={t("improvements.pains.unlinkLabel", { title: pain.title })}
            onClick={() => {
              runCommand("improvement.unlinkPain", improvement.id, pain.id);
              onUnlinked();
            }}
          >
            {t("improvements.pains.unlink")}
          </button>
        </div>
      </article>
    </li>
  );
}

/** Quotes shown at once; the rest open under "Show all". */
const QUOTES_SHOWN = 3;

/** The quotes behind a pain point: the words, who said them (source, role) and when. */
function PainEvidence({ painId }: { painId: PainPointId }) {
  const { t } = useTranslation();
  const items = useStore((s) => painEvidence(s.records, painId));
  const headingId = useId();
  const quote = ({ excerpt, source }: EvidenceItem) => (
    <li key={excerpt.id}>
      <blockquote>{excerpt.quote}</blockquote>
      <p className="evidence-meta">
        {t("mapEvidence.from", {
          source: source.title || source.respondent,
          role: t(`evidence.role.${source.respondentRole}`),
        })}
        {source.date && ` · ${formatDay(source.date)}`}
      </p>
      <button
        type="button"
        className="button small quiet"
        onClick={() => runCommand("view.evidence", { tab: "sources", sourceId: source.id })}
      >
        {t("mapEvidence.open")}
      </button>
    </li>
  );
  return (
    <section className="pain-evidence" aria-labelledby={headingId}>
      <h5 id={headingId}>{t("improvements.pains.evidence")}</h5>
      <p className="hint">
        {items.length === 0
          ? t("improvements.pains.evidenceNone")
          : t("improvements.pains.evidenceCount", { count: items.length })}
      </p>
      {items.length > 0 && <ul className="evidence-list">{items.slice(0, QUOTES_SHOWN).map(quote)}</ul>}
      {items.length > QUOTES_SHOWN && (
        <details>
          <summary>{t("improvements.pains.evidenceMore", { count: items.length - QUOTES_SHOWN })}</summary>
          <ul className="evidence-list">{items.slice(QUOTES_SHOWN).map(quote)}</ul>
        </details>
      )}
    </section>
  );
}

/** "23 Nov 2026: Resolved by Anna, through “Digital booking of the first meeting”". */
function historyText(
  t: TFunction,
  entry: PainHistoryEntry,
  improvementTitle: (id: string) => string | undefined,
): string {
  const values = {
    date: formatDate(entry.at),
    status: t(`pains.status.${entry.status}`),
    by: entry.by || t("improvements.pains.someone"),
  };
  if (!entry.improvementId) return t("improvements.pains.historyEntry", values);
  return t("improvements.pains.historyThrough", {
    ...values,
    improvement: improvementTitle(entry.improvementId) ?? t("improvements.pains.deletedImprovement"),
  });
}

function ResolveDialog({
  pain,
  improvement,
  onClose,
}: {
  pain: PainPointRecord;
  improvement: ImprovementRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [by, setBy] = useState(improvement.owner);
  const [error, setError] = useState(false);
  const id = useId();
  const confirm = () => {
    if (by.trim() === "") {
      setError(true);
      document.getElementById(`${id}-by`)?.focus();
      return;
    }
    runCommand("improvement.resolvePain", improvement.id, pain.id, by);
    onClose();
  };
  return (
    <Dialog
      title={t("improvements.resolve.title", { title: pain.title })}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button primary" onClick={confirm}>
            {t("improvements.resolve.confirm")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("improvements.resolve.cancel")}
          </button>
        </>
      }
    >
      <p>{t("improvements.resolve.body", { improvement: improvement.title })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-by`}>{t("improvements.resolve.by")}</label>
          <input
            id={`${id}-by`}
            value={by}
            autoFocus
            onChange={(e) => {
              setBy(e.target.value);
              if (e.target.value.trim()) setError(false);
            }}
            aria-invalid={error || undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          />
          <span id={`${id}-hint`} className="hint">
            {t("improvements.resolve.byHint")}
          </span>
          {error && (
            <span id={`${id}-error`} className="field-error">
              {t("improvements.resolve.byRequired")}
            </span>
          )}
        </div>
      </form>
    </Dialog>
  );
}

function LinkedSteps({ improvement, journey }: { improvement: ImprovementRecord; journey: JourneyRecord }) {
  const { t } = useTranslation();
  const steps = useStore((s) => journeyParts(s.records, journey.id).steps);
  const id = useId();
  const ordered = readingOrder(journey, steps);
  return (
    <section className="page-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("improvements.steps.title")}</h3>
      {ordered.length === 0 ? (
        <p className="hint">{t("improvements.steps.none")}</p>
      ) : (
        <fieldset className="step-checks">
          <legend className="visually-hidden">{t("improvements.steps.title")}</legend>
          <ul className="check-list">
            {ordered.map((s) => (
              <li key={s.id} className="step-check">
                <label>
                  <input
                    type="checkbox"
                    checked={improvement.stepIds.includes(s.id)}
                    onChange={(e) =>
                      runCommand(
                        e.target.checked ? "improvement.linkStep" : "improvement.unlinkStep",
                        improvement.id,
                        s.id,
                      )
                    }
                  />{" "}
                  {s.title || t("improvements.untitledStep")}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </section>
  );
}

function ImprovementIndicators({ improvement }: { improvement: ImprovementRecord }) {
  const indicators = useStore((s) => improvementParts(s.records, improvement.journeyId).indicators);
  return (
    <IndicatorPanel
      journeyId={improvement.journeyId}
      attachTo={improvement.id}
      indicators={indicatorsOfImprovement(indicators, improvement)}
    />
  );
}
