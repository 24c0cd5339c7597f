import { type FormEvent, type KeyboardEvent, useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay, formatNumber } from "@/i18n";
import {
  type MeasurementError,
  type MeasurementField,
  type MeasurementInput,
  measurementsOn,
  parseNumber,
  type SameDateChoice,
  validateMeasurement,
} from "@/model/improvements";
import type { IndicatorRecord, Measurement } from "@/model/types";
import { runCommand } from "@/store/commands";
import { formatValue } from "./format";

const MESSAGE: Record<MeasurementField, Record<MeasurementError, string>> = {
  date: {
    required: "improvements.measurements.errorDateRequired",
    invalidDate: "improvements.measurements.errorDateInvalid",
    notANumber: "improvements.measurements.errorDateInvalid",
  },
  value: {
    required: "improvements.measurements.errorValueRequired",
    invalidDate: "improvements.measurements.errorValueNumber",
    notANumber: "improvements.measurements.errorValueNumber",
  },
};

/**
 * Adds a measurement to an indicator, or edits one. A measurement without a real date or a
 * number is refused at the field: the message sits under it, the field is marked invalid and
 * gets the focus, and nothing is written. A date that already has a measurement is named
 * before anything is saved, and the user replaces that measurement or keeps both, or presses
 * Escape to go back to the form with nothing saved.
 */
export function MeasurementForm({
  indicator,
  editing,
  onDone,
}: {
  indicator: IndicatorRecord;
  editing?: Measurement;
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(editing?.date ?? "");
  const [value, setValue] = useState(editing ? String(editing.value) : "");
  const [note, setNote] = useState(editing?.note ?? "");
  const [errors, setErrors] = useState<Partial<Record<MeasurementField, MeasurementError>>>({});
  const [announcement, setAnnouncement] = useState("");
  /** A valid input waiting for the user to say what to do with the measurements already on its date. */
  const [pending, setPending] = useState<{ input: MeasurementInput; existing: Measurement[] } | null>(null);
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);
  const dateRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const ids = { date: `${id}-date`, value: `${id}-value`, note: `${id}-note`, legend: `${id}-legend` };

  /** Once a field shows an error, it is checked again as it changes, so the message goes when fixed. */
  function recheck(field: MeasurementField, text: string) {
    if (!errors[field]) return;
    const found = validateMeasurement({ [field]: text });
    setErrors((e) => {
      const next = { ...e };
      if (found[field]) next[field] = found[field];
      else delete next[field];
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { date: date.trim(), value, note: note.trim() };
    const found = validateMeasurement(input);
    setErrors(found);
    if (found.date || found.value) {
      setPending(null);
      setAnnouncement("");
      (found.date ? dateRef : valueRef).current?.focus();
      return;
    }
    const existing = measurementsOn(indicator, input.date, editing?.id);
    if (existing.length > 0 && (!editing || editing.date !== input.date)) {
      setAnnouncement("");
      setPending({ input, existing });
      return;
    }
    save(input);
  }

  function save(input: MeasurementInput, sameDate: SameDateChoice = "keep-both") {
    setPending(null);
    const shown = formatValue(parseNumber(input.value)!, indicator.unit, i18n.language);
    if (editing) {
      runCommand("measurement.update", indicator.id, editing.id, input, sameDate);
      setAnnouncement(t("improvements.measurements.saved", { date: formatDay(input.date) }));
      onDone?.();
      return;
    }
    runCommand("measurement.add", indicator.id, input, sameDate);
    setAnnouncement(
      sameDate === "replace"
        ? t("sameDate.replaced", { date: formatDay(input.date), value: shown })
        : t("improvements.measurements.added", { value: shown, date: formatDay(input.date) }),
    );
    setDate("");
    setValue("");
    setNote("");
    dateRef.current?.focus();
  }

  /** Any change to the input withdraws the question: it was about the input as it was. */
  function edit(set: (text: string) => void, text: string, field?: MeasurementField) {
    set(text);
    setPending(null);
    if (field) recheck(field, text);
  }

  /** Escape withdraws the question unanswered and goes back to the button that asked it. */
  function onQuestionKey(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key !== "Escape") return;
    // Handled here, so a surrounding dialog or the app's shortcuts do not also act on it.
    event.preventDefault();
    event.stopPropagation();
    setPending(null);
    submitRef.current?.focus();
  }

  const invalid = (field: MeasurementField) =>
    errors[field]
      ? { "aria-invalid": true as const, "aria-describedby": `${ids[field]}-error ${ids[field]}-hint` }
      : { "aria-describedby": `${ids[field]}-hint` };
  const error = (field: MeasurementField) =>
    errors[field] && (
      <span id={`${ids[field]}-error`} className="field-error">
        {t(MESSAGE[field][errors[field]!])}
      </span>
    );

  return (
    <form className="measurement-form" noValidate onSubmit={submit} aria-labelledby={ids.legend}>
      <fieldset>
        <legend id={ids.legend}>
          {editing
            ? t("improvements.measurements.editLegend", { date: formatDay(editing.date) })
            : t("improvements.measurements.legend")}
        </legend>
        <div className="measurement-fields">
          <div className="field">
            <label htmlFor={ids.date}>{t("improvements.measurements.date")}</label>
            <input
              id={ids.date}
              ref={dateRef}
              type="date"
              value={date}
              onChange={(e) => edit(setDate, e.target.value, "date")}
              {...invalid("date")}
            />
            <span id={`${ids.date}-hint`} className="hint">
              {t("improvements.measurements.dateHint")}
            </span>
            {error("date")}
          </div>
          <div className="field">
            <label htmlFor={ids.value}>
              {t("improvements.measurements.value")}
              {indicator.unit.trim() && <span className="unit"> ({indicator.unit.trim()})</span>}
            </label>
            <input
              id={ids.value}
              ref={valueRef}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              onChange={(e) => edit(setValue, e.target.value, "value")}
              {...invalid("value")}
            />
            <span id={`${ids.value}-hint`} className="hint">
              {t("improvements.measurements.valueHint")}
            </span>
            {error("value")}
          </div>
          <div className="field field-note">
            <label htmlFor={ids.note}>{t("improvements.measurements.note")}</label>
            <input id={ids.note} value={note} onChange={(e) => edit(setNote, e.target.value)} />
          </div>
        </div>
        {pending && (
          <fieldset className="same-date-question" onKeyDown={onQuestionKey}>
            <legend>
              {t("sameDate.found", {
                count: pending.existing.length,
                n: formatNumber(pending.existing.length),
                date: formatDay(pending.input.date),
                values: pending.existing
                  .map((m) => formatValue(m.value, indicator.unit, i18n.language))
                  .join(", "),
              })}{" "}
              {t("sameDate.question", { count: pending.existing.length })}
            </legend>
            <div className="row">
              <button
                type="button"
                className="button primary"
                ref={focusOnMount}
                onClick={() => save(pending.input, "replace")}
              >
                {t("sameDate.replace", { count: pending.existing.length })}
              </button>
              <button type="button" className="button" onClick={() => save(pending.input, "keep-both")}>
                {t("sameDate.keepBoth", { count: pending.existing.length })}
              </button>
            </div>
          </fieldset>
        )}
        <div className="row">
          <button ref={submitRef} type="submit" className="button primary">
            {t(editing ? "improvements.measurements.save" : "improvements.measurements.add")}
          </button>
          {editing && (
            <button type="button" className="button" onClick={onDone}>
              {t("improvements.measurements.cancel")}
            </button>
          )}
        </div>
      </fieldset>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </form>
  );
}
