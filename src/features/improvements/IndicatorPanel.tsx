import type { TFunction } from "i18next";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "@/i18n";
import type { ImprovementId, IndicatorId, JourneyId, StepId } from "@/model/ids";
import {
  type Better,
  type IndicatorDetails,
  type IndicatorField,
  improvementMarkers,
  improvementsOfIndicator,
  parseNumber,
  validateIndicator,
} from "@/model/improvements";
import { getJourney } from "@/model/records";
import type { IndicatorRecord, Measurement, Records } from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { commands, runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { ChangeSentence } from "./ChangeSentence";
import { formatValue } from "./format";
import { IndicatorChart } from "./IndicatorChart";
import { MeasurementForm } from "./MeasurementForm";
import { MeasurementImportDialog } from "./MeasurementImportDialog";
import { improvementParts } from "./select";

type AttachTo = JourneyId | StepId | ImprovementId;

/**
 * Indicators with their change, chart and measurements, and "Add indicator". New indicators
 * are attached to `attachTo` unless the form says otherwise.
 */
export function IndicatorPanel({
  journeyId,
  attachTo,
  indicators,
}: {
  journeyId: JourneyId;
  attachTo: AttachTo;
  indicators: readonly IndicatorRecord[];
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<IndicatorId | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  return (
    <section className="indicator-panel page-section" aria-labelledby={headingId}>
      <div className="section-head">
        <h3 id={headingId}>{t("improvements.indicators.title")}</h3>
        {!adding && (
          <button type="button" ref={opener} className="button" onClick={() => setAdding(true)}>
            {t("improvements.indicators.add")}
          </button>
        )}
      </div>
      {adding && (
        <IndicatorForm
          journeyId={journeyId}
          attachTo={attachTo}
          onDone={(id) => {
            setAdding(false);
            if (id) setAdded(id);
            else requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      )}
      {indicators.length === 0 && !adding && <p className="hint">{t("improvements.indicators.none")}</p>}
      {indicators.map((indicator) => (
        <IndicatorCard key={indicator.id} indicator={indicator} focusOnMount={indicator.id === added} />
      ))}
    </section>
  );
}

function IndicatorCard({ indicator, focusOnMount }: { indicator: IndicatorRecord; focusOnMount: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [editingMeasurement, setEditingMeasurement] = useState<Measurement | null>(null);
  const [importing, setImporting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const parts = useStore((s) => improvementParts(s.records, indicator.journeyId));
  const pains = useStore((s) => journeyParts(s.records, indicator.journeyId).pains);
  const attachedName = useStore((s) => attachedLabel(s.records, indicator, t));
  const markers = improvementMarkers(improvementsOfIndicator(parts.improvements, indicator, pains));

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const meta = [
    t("improvements.indicators.meta", {
      better: t(`improvements.indicators.betterOption.${indicator.better}`),
    }),
    indicator.target !== null &&
      t("improvements.indicators.metaTarget", {
        target: formatValue(indicator.target, indicator.unit, i18n.language),
      }),
    t("improvements.indicators.metaAttached", { what: attachedName }),
  ].filter(Boolean);

  return (
    <article className="indicator-card" aria-labelledby={headingId}>
      <div className="indicator-head">
        <h4 id={headingId} ref={heading} tabIndex={-1}>
          {indicator.name}
        </h4>
        <div className="row">
          <button
            type="button"
            className="button small"
            aria-label={t("tables.measurementImport.openLabel", { name: indicator.name })}
            onClick={() => setImporting(true)}
          >
            {t("tables.measurementImport.open")}
          </button>
          <button
            type="button"
            className="button small"
            aria-label={t("improvements.indicators.editLabel", { name: indicator.name })}
            aria-expanded={editing}
            onClick={() => setEditing((e) => !e)}
          >
            {t("improvements.indicators.edit")}
          </button>
          <button
            type="button"
            className="button small danger"
            aria-label={t("improvements.indicators.deleteLabel", { name: indicator.name })}
            onClick={() => runCommand("indicator.delete", indicator.id)}
          >
            {t("improvements.indicators.delete")}
          </button>
        </div>
      </div>
      <p className="indicator-meta">{meta.join(" · ")}</p>
      {editing && (
        <IndicatorForm
          journeyId={indicator.journeyId}
          attachTo={indicator.attachedTo as AttachTo}
          indicator={indicator}
          onDone={() => {
            setEditing(false);
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      )}
      <ChangeSentence indicator={indicator} />
      <IndicatorChart
        indicator={indicator}
        markers={markers}
        actions={(m) => (
          <>
            <button
              type="button"
              className="button small"
              aria-label={t("improvements.measurements.editLabel", { date: formatDay(m.date) })}
              onClick={() => setEditingMeasurement(m)}
            >
              {t("improvements.measurements.edit")}
            </button>
            <button
              type="button"
              className="button small danger"
              aria-label={t("improvements.measurements.removeLabel", { date: formatDay(m.date) })}
              onClick={() => {
                if (editingMeasurement?.id === m.id) setEditingMeasurement(null);
                runCommand("measurement.delete", indicator.id, m.id);
                heading.current?.focus();
              }}
            >
              {t("improvements.measurements.remove")}
            </button>
          </>
        )}
      />
      {editingMeasurement ? (
        <MeasurementForm
          key={editingMeasurement.id}
          indicator={indicator}
          editing={editingMeasurement}
          onDone={() => {
            setEditingMeasurement(null);
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      ) : (
        <MeasurementForm indicator={indicator} />
      )}
      {importing && <MeasurementImportDialog indicator={indicator} onClose={() => setImporting(false)} />}
    </article>
  );
}

function attachedLabel(records: Records, indicator: IndicatorRecord, t: TFunction): string {
  if (indicator.attachedTo === indicator.journeyId) return t("improvements.indicators.attachedJourney");
  const record = records[indicator.attachedTo];
  if (record?.typeName === "step")
    return t("improvements.indicators.attachedStep", {
      title: record.title || t("improvements.untitledStep"),
    });
  if (record?.typeName === "improvement")
    return t("improvements.indicators.attachedImprovement", {
      title: record.title || t("improvements.untitled"),
    });
  return t("improvements.indicators.attachedJourney");
}

const INDICATOR_MESSAGE: Record<IndicatorField, string> = {
  name: "improvements.indicators.errorName",
  target: "improvements.indicators.errorTarget",
};

/** The indicator's name, unit, which way is better, target and what it measures. */
function IndicatorForm({
  journeyId,
  attachTo,
  indicator,
  onDone,
}: {
  journeyId: JourneyId;
  attachTo: AttachTo;
  indicator?: IndicatorRecord;
  onDone: (added?: IndicatorId) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(indicator?.name ?? "");
  const [unit, setUnit] = useState(indicator?.unit ?? "");
  const [better, setBetter] = useState<Better>(indicator?.better ?? "higher");
  const [target, setTarget] = useState(
    indicator?.target === null || !indicator ? "" : String(indicator.target),
  );
  const [attachedTo, setAttachedTo] = useState<string>(indicator?.attachedTo ?? attachTo);
  const [errors, setErrors] = useState<Partial<Record<IndicatorField, string>>>({});
  const journey = useStore((s) => getJourney(s.records, journeyId));
  const steps = useStore((s) => journeyParts(s.records, journeyId).steps);
  const improvements = useStore((s) => improvementParts(s.records, journeyId).improvements);
  const nameRef = useRef<HTMLInputElement>(null);
  const targetRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const ids = {
    legend: `${id}-legend`,
    name: `${id}-name`,
    unit: `${id}-unit`,
    better: `${id}-better`,
    target: `${id}-target`,
    attached: `${id}-attached`,
  };

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const targetValue = target.trim() === "" ? null : (parseNumber(target) ?? Number.NaN);
    const details: IndicatorDetails & { name: string } = {
      name: name.trim(),
      unit: unit.trim(),
      better,
      target: targetValue,
      attachedTo: attachedTo as AttachTo,
    };
    const found = validateIndicator(details);
    setErrors(
      Object.fromEntries(Object.entries(found).map(([k]) => [k, t(INDICATOR_MESSAGE[k as IndicatorField])])),
    );
    if (found.name || found.target) {
      (found.name ? nameRef : targetRef).current?.focus();
      return;
    }
    if (indicator) {
      runCommand("indicator.update", indicator.id, details);
      onDone();
    } else onDone(commands["indicator.add"].run(journeyId, details));
  }

  const described = (field: IndicatorField, hint?: string) => {
    const refs = [errors[field] ? `${ids[field]}-error` : "", hint ?? ""].filter(Boolean).join(" ");
    return {
      ...(errors[field] ? { "aria-invalid": true as const } : {}),
      ...(refs ? { "aria-describedby": refs } : {}),
    };
  };

  return (
    <form className="indicator-form" noValidate onSubmit={submit} aria-labelledby={ids.legend}>
      <fieldset>
        <legend id={ids.legend}>
          {indicator
            ? t("improvements.indicators.formEditLegend", { name: indicator.name })
            : t("improvements.indicators.formLegend")}
        </legend>
        <div className="field">
          <label htmlFor={ids.name}>{t("improvements.indicators.name")}</label>
          <input
            id={ids.name}
            ref={nameRef}
            value={name}
            placeholder={t("improvements.indicators.namePlaceholder")}
            onChange={(e) => setName(e.target.value)}
            {...described("name")}
          />
          {errors.name && (
            <span id={`${ids.name}-error`} className="field-error">
              {errors.name}
            </span>
          )}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.unit}>{t("improvements.indicators.unit")}</label>
            <input
              id={ids.unit}
              value={unit}
              placeholder={t("improvements.indicators.unitPlaceholder")}
              onChange={(e) => setUnit(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.better}>{t("improvements.indicators.better")}</label>
            <select id={ids.better} value={better} onChange={(e) => setBetter(e.target.value as Better)}>
              <option value="higher">{t("improvements.indicators.betterOption.higher")}</option>
              <option value="lower">{t("improvements.indicators.betterOption.lower")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.target}>{t("improvements.indicators.target")}</label>
            <input
              id={ids.target}
              ref={targetRef}
              type="text"
              inputMode="decimal"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              {...described("target", `${ids.target}-hint`)}
            />
            <span id={`${ids.target}-hint`} className="hint">
              {t("improvements.indicators.targetHint")}
            </span>
            {errors.target && (
              <span id={`${ids.target}-error`} className="field-error">
                {errors.target}
              </span>
            )}
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.attached}>{t("improvements.indicators.attachedTo")}</label>
          <select id={ids.attached} value={attachedTo} onChange={(e) => setAttachedTo(e.target.value)}>
            <option value={journeyId}>{t("improvements.indicators.attachedJourney")}</option>
            {improvements.map((i) => (
              <option key={i.id} value={i.id}>
                {t("improvements.indicators.attachedImprovement", {
                  title: i.title || t("improvements.untitled"),
                })}
              </option>
            ))}
            {journey &&
              readingOrder(journey, steps).map((s) => (
                <option key={s.id} value={s.id}>
                  {t("improvements.indicators.attachedStep", {
                    title: s.title || t("improvements.untitledStep"),
                  })}
                </option>
              ))}
          </select>
        </div>
        <div className="row">
          <button type="submit" className="button primary">
            {t(indicator ? "improvements.indicators.save" : "improvements.indicators.add")}
          </button>
          <button type="button" className="button" onClick={() => onDone()}>
            {t("improvements.indicators.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
