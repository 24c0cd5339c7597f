import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PainPointId, StepId } from "@/model/ids";
import {
  customerEmotion,
  type PainDetails,
  type PainField,
  priorityScore,
  SEVERITY_MAX,
  SEVERITY_MIN,
  validatePain,
} from "@/model/painpoints";
import { isPain } from "@/model/records";
import {
  FREQUENCIES,
  type JourneyRecord,
  PAIN_KINDS,
  PAIN_STATUSES,
  type PainKind,
  type PainPointRecord,
  type StepRecord,
} from "@/model/types";
import { journeyParts, readingOrder } from "@/store/canvas";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";

/** The step's pain points in the inspector: list, add, and the customer's feeling. */
export function PainSection({ step, journey }: { step: StepRecord; journey: JourneyRecord }) {
  const { t } = useTranslation();
  const pains = useStore((s) => journeyParts(s.records, journey.id).pains);
  const onStep = pains.filter((p) => p.stepIds.includes(step.id));
  const emotionId = useId();
  const derived = customerEmotion({ ...step, emotion: undefined } as StepRecord, pains);
  return (
    <fieldset className="pain-section">
      <legend>{t("pains.section")}</legend>
      {onStep.length === 0 ? (
        <p className="hint">{t("pains.none")}</p>
      ) : (
        <ul className="pain-list">
          {onStep.map((pain) => (
            <li key={pain.id} className={`pain-item pain-${pain.kind}`}>
              <PainIcon kind={pain.kind} size={16} />
              <button type="button" className="link" onClick={() => runCommand("pain.edit", pain.id)}>
                <span className="visually-hidden">{t(`pains.kind.${pain.kind}`)}: </span>
                {pain.title}
              </button>
              <span className="pain-score" title={t("pains.score", { score: priorityScore(pain) })}>
                {pain.severity}·{t(`pains.frequency.${pain.frequency}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button small" onClick={() => runCommand("pain.edit", "new")}>
        {t("pains.add")}
      </button>
      <div className="field">
        <label htmlFor={emotionId}>{t("pains.emotion")}</label>
        <select
          id={emotionId}
          value={typeof step.emotion === "number" ? String(step.emotion) : "derived"}
          onChange={(e) =>
            runCommand(
              "step.setEmotion",
              step.id,
              e.target.value === "derived" ? null : Number(e.target.value),
            )
          }
        >
          <option value="derived">
            {t("pains.emotionDerived", { value: derived > 0 ? `+${derived}` : derived })}
          </option>
          {[-2, -1, 0, 1, 2].map((v) => (
            <option key={v} value={v}>
              {t(`pains.emotionValue.${v}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

type Draft = Required<PainDetails>;

const blankDraft: Draft = {
  kind: "thundercloud",
  title: "",
  description: "",
  severity: 3,
  frequency: "sometimes",
  status: "new",
  owner: "",
  note: "",
};

/**
 * The pain-point form. A new pain point is added with "Add"; an existing one saves each valid
 * change as it is made. Invalid values stay in the form with a message at the field and are
 * never written.
 */
export function PainForm({
  stepId,
  pain,
  onDone,
}: {
  stepId: StepId;
  pain?: PainPointRecord;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  // For an existing pain point the record is the truth (undo and the tracker change it too);
  // `local` holds only what is not written: a new pain point's fields, or invalid edits.
  const [local, setLocal] = useState<Partial<Draft>>(pain ? {} : blankDraft);
  const [severityText, setSeverityText] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<PainField, string>>>({});
  const draft: Draft = { ...(pain ? pick(pain) : blankDraft), ...local };
  const ids = {
    kind: useId(),
    title: useId(),
    description: useId(),
    severity: useId(),
    frequency: useId(),
    status: useId(),
    owner: useId(),
    note: useId(),
  };

  function message(code: string) {
    return code === "required" ? t("pains.errorRequired") : t("pains.errorSeverity");
  }

  function change(details: PainDetails) {
    const found = validatePain(details);
    const valid = Object.keys(found).length === 0;
    setErrors((e) => {
      const updated = { ...e };
      for (const key of Object.keys(details)) delete updated[key as PainField];
      for (const [key, code] of Object.entries(found)) updated[key as PainField] = message(code);
      return updated;
    });
    if (pain && valid) {
      runCommand("pain.update", pain.id, details);
      setLocal((l) => {
        const rest = { ...l };
        for (const key of Object.keys(details)) delete rest[key as keyof Draft];
        return rest;
      });
    } else setLocal((l) => ({ ...l, ...details }));
  }

  function changeSeverity(text: string) {
    const severity = text.trim() === "" ? Number.NaN : Number(text);
    // Keep the typed text only while it is invalid; otherwise show the record's value.
    setSeverityText(validatePain({ severity }).severity ? text : null);
    change({ severity });
  }

  function add() {
    const found = validatePain(draft);
    if (Object.keys(found).length > 0) {
      setErrors(Object.fromEntries(Object.entries(found).map(([k, code]) => [k, message(code)])));
      document.getElementById(found.title ? ids.title : ids.severity)?.focus();
      return;
    }
    runCommand("pain.add", stepId, draft);
    onDone();
  }

  const errorId = (field: PainField) => `${ids[field]}-error`;
  const described = (field: PainField) =>
    errors[field] ? { "aria-invalid": true, "aria-describedby": errorId(field) } : {};

  return (
    <fieldset className="pain-form">
      <legend className="visually-hidden">
        {pain ? t("pains.edit", { title: pain.title }) : t("pains.add")}
      </legend>
      <div className="field">
        <label htmlFor={ids.kind}>{t("pains.fieldKind")}</label>
        <select
          id={ids.kind}
          value={draft.kind}
          onChange={(e) => change({ kind: e.target.value as PainKind })}
        >
          {PAIN_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`pains.kind.${k}`)}
            </option>
          ))}
        </select>
        <span className="hint">{t(`pains.kindHelp.${draft.kind}`)}</span>
      </div>
      <div className="field">
        <label htmlFor={ids.title}>{t("pains.fieldTitle")}</label>
        <input
          id={ids.title}
          value={draft.title}
          onChange={(e) => change({ title: e.target.value })}
          {...described("title")}
        />
        {errors.title && (
          <span id={errorId("title")} className="field-error">
            {errors.title}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t("pains.fieldDescription")}</label>
        <textarea
          id={ids.description}
          rows={3}
          value={draft.description}
          onChange={(e) => change({ description: e.target.value })}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.severity}>{t("pains.fieldSeverity")}</label>
          <input
            id={ids.severity}
            type="number"
            inputMode="numeric"
            min={SEVERITY_MIN}
            max={SEVERITY_MAX}
            step={1}
            value={severityText ?? String(draft.severity)}
            onChange={(e) => changeSeverity(e.target.value)}
            {...described("severity")}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.frequency}>{t("pains.fieldFrequency")}</label>
          <select
            id={ids.frequency}
            value={draft.frequency}
            onChange={(e) => change({ frequency: e.target.value as Draft["frequency"] })}
          >
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`pains.frequency.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {errors.severity ? (
        <span id={errorId("severity")} className="field-error">
          {errors.severity}
        </span>
      ) : (
        <span className="hint">{t("pains.severityHint")}</span>
      )}
      <div className="field">
        <label htmlFor={ids.status}>{t("pains.fieldStatus")}</label>
        <select
          id={ids.status}
          value={draft.status}
          onChange={(e) => change({ status: e.target.value as Draft["status"] })}
        >
          {PAIN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`pains.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.owner}>{t("pains.fieldOwner")}</label>
        <input id={ids.owner} value={draft.owner} onChange={(e) => change({ owner: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t("pains.fieldNote")}</label>
        <textarea
          id={ids.note}
          rows={2}
          value={draft.note}
          onChange={(e) => change({ note: e.target.value })}
        />
      </div>
      {!pain && (
        <div className="row">
          <button type="button" className="button primary" onClick={add}>
            {t("pains.create")}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t("pains.cancel")}
          </button>
        </div>
      )}
    </fieldset>
  );
}

function pick(pain: PainPointRecord): Draft {
  const { kind, title, description, severity, frequency, status, owner, note } = pain;
  return { kind, title, description, severity, frequency, status, owner, note };
}

/** The inspector while a pain point is open: its form, its steps and its causes links. */
export function PainInspector({ painId, journey }: { painId: PainPointId | "new"; journey: JourneyRecord }) {
  const { t } = useTranslation();
  const pain = useStore((s) => (painId === "new" ? undefined : s.records[painId]));
  const parts = useStore((s) => journeyParts(s.records, journey.id));
  const stepId = useStore((s) => s.selection.find((id) => id.startsWith("step:")) as StepId | undefined);
  const back = () => runCommand("pain.edit", null);
  if (painId === "new") {
    return (
      <div className="inspector-form">
        <button type="button" className="button quiet small back" onClick={back}>
          <span aria-hidden="true">←</span> {t("pains.back")}
        </button>
        <h2>{t("pains.add")}</h2>
        {stepId && (
          <PainForm stepId={stepId} onDone={() => useStore.getState().editingPain === "new" && back()} />
        )}
      </div>
    );
  }
  if (!isPain(pain)) return null;
  const steps = readingOrder(journey, parts.steps);
  const causes = parts.pains.filter((p) => pain.causes.includes(p.id));
  const causedBy = parts.pains.filter((p) => p.causes.includes(pain.id));
  const candidates = parts.pains.filter((p) => p.kind === "thundercloud" && !pain.causes.includes(p.id));
  return (
    <div className="inspector-form">
      <button type="button" className="button quiet small back" onClick={back}>
        <span aria-hidden="true">←</span> {t("pains.back")}
      </button>
      <h2>
        <PainIcon kind={pain.kind} size={18} /> {t(`pains.kind.${pain.kind}`)}
      </h2>
      <p className="hint">{t("pains.score", { score: priorityScore(pain) })}</p>
      <PainForm
        key={pain.id}
        stepId={pain.stepIds[0] ?? ("step:" as StepId)}
        pain={pain}
        onDone={() => undefined}
      />
      <fieldset className="pain-steps">
        <legend>{t("pains.steps")}</legend>
        {pain.stepIds.length === 0 && <p className="hint">{t("pains.unattached")}</p>}
        <ul className="check-list">
          {steps.map((s) => (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={pain.stepIds.includes(s.id)}
                  onChange={(e) =>
                    runCommand(
                      "pain.setSteps",
                      pain.id,
                      e.target.checked ? [...pain.stepIds, s.id] : pain.stepIds.filter((id) => id !== s.id),
                    )
                  }
                />{" "}
                {s.title || t("inspector.untitled")}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {pain.kind === "blister" && (
        <fieldset>
          <legend>{t("pains.causes")}</legend>
          <ul className="pain-list">
            {causes.map((c) => (
              <li key={c.id} className="pain-item">
                <PainIcon kind={c.kind} size={16} />
                <button type="button" className="link" onClick={() => runCommand("pain.edit", c.id)}>
                  {c.title}
                </button>
                <button
                  type="button"
                  className="button small quiet"
                  aria-label={t("pains.removeCause", { title: c.title })}
                  onClick={() => runCommand("pain.unlinkCause", pain.id, c.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <CauseSelect
            label={t("pains.addCause")}
            placeholder={t("pains.chooseCause")}
            options={candidates}
            onPick={(id) => runCommand("pain.linkCause", pain.id, id)}
          />
        </fieldset>
      )}
      {pain.kind === "thundercloud" && causedBy.length > 0 && (
        <fieldset>
          <legend>{t("pains.causedBy")}</legend>
          <ul className="pain-list">
            {causedBy.map((b) => (
              <li key={b.id} className="pain-item">
                <PainIcon kind={b.kind} size={16} />
                <button type="button" className="link" onClick={() => runCommand("pain.edit", b.id)}>
                  {b.title}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <button type="button" className="button danger" onClick={() => runCommand("pain.delete", pain.id)}>
        {t("pains.remove")}
      </button>
    </div>
  );
}

function CauseSelect({
  label,
  placeholder,
  options,
  onPick,
}: {
  label: string;
  placeholder: string;
  options: readonly PainPointRecord[];
  onPick: (id: PainPointId) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value="" onChange={(e) => e.target.value && onPick(e.target.value as PainPointId)}>
        <option value="">{placeholder}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </div>
  );
}
