import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseTags, type SourceError, type SourceField, validateSource } from "@/model/evidence";
import {
  RESPONDENT_ROLES,
  type RespondentRole,
  SOURCE_KINDS,
  type SourceKind,
  type SourceRecord,
} from "@/model/types";
import { runCommand } from "@/store/commands";
import { Dialog } from "@/ui/Dialog";

/** "key: value" lines ↔ attributes. */
export function parseAttributes(input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of input.split("\n")) {
    const at = line.search(/[:=]/);
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    if (key) out[key] = line.slice(at + 1).trim();
  }
  return out;
}

function formatAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
}

interface Draft {
  title: string;
  kind: SourceKind;
  respondent: string;
  respondentRole: RespondentRole;
  date: string;
  interviewer: string;
  tags: string;
  attributes: string;
  text: string;
}

/** Adds a source from pasted text, or edits an existing one's details and text. */
export function SourceForm({ source, onClose }: { source?: SourceRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({
    title: source?.title ?? "",
    kind: source?.kind ?? "interview",
    respondent: source?.respondent ?? "",
    respondentRole: source?.respondentRole ?? "job-seeker",
    date: source?.date ?? "",
    interviewer: source?.interviewer ?? "",
    tags: source?.tags.join(", ") ?? "",
    attributes: source ? formatAttributes(source.attributes) : "",
    text: source?.text ?? "",
  }));
  const [errors, setErrors] = useState<Partial<Record<SourceField, SourceError>>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const details = {
      title: draft.title,
      kind: draft.kind,
      respondent: draft.respondent.trim(),
      respondentRole: draft.respondentRole,
      date: draft.date,
      interviewer: draft.interviewer.trim(),
      tags: parseTags(draft.tags),
      attributes: parseAttributes(draft.attributes),
      text: draft.text,
    };
    const found = validateSource(details);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      if (found.title) titleRef.current?.focus();
      return;
    }
    if (source) runCommand("source.update", source.id, details);
    else runCommand("source.add", details);
    onClose();
  }

  const error = (field: SourceField) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {t(errors[field] === "required" ? "evidence.errorTitle" : "evidence.errorDate")}
      </p>
    ) : null;
  const formId = `${id}-form`;

  return (
    <Dialog
      title={source ? t("evidence.editSource") : t("evidence.addSource")}
      onClose={onClose}
      className="source-dialog"
      actions={
        <>
          <button type="submit" form={formId} className="button primary">
            {source ? t("evidence.save") : t("evidence.add")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("evidence.cancel")}
          </button>
        </>
      }
    >
      <form id={formId} className="source-form" onSubmit={submit} noValidate>
        <div className="field wide">
          <label htmlFor={`${id}-title`}>{t("evidence.field.title")}</label>
          <input
            id={`${id}-title`}
            ref={titleRef}
            value={draft.title}
            required
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            onChange={(e) => set("title", e.target.value)}
          />
          {error("title")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("evidence.field.kind")}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => set("kind", e.target.value as SourceKind)}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`evidence.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t("evidence.field.date")}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={draft.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? `${id}-date-error` : undefined}
            onChange={(e) => set("date", e.target.value)}
          />
          {error("date")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-respondent`}>{t("evidence.field.respondent")}</label>
          <input
            id={`${id}-respondent`}
            value={draft.respondent}
            aria-describedby={`${id}-respondent-hint`}
            onChange={(e) => set("respondent", e.target.value)}
          />
          <p className="hint" id={`${id}-respondent-hint`}>
            {t("evidence.respondentHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t("evidence.field.role")}</label>
          <select
            id={`${id}-role`}
            value={draft.respondentRole}
            onChange={(e) => set("respondentRole", e.target.value as RespondentRole)}
          >
            {RESPONDENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`evidence.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-interviewer`}>{t("evidence.field.interviewer")}</label>
          <input
            id={`${id}-interviewer`}
            value={draft.interviewer}
            onChange={(e) => set("interviewer", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>{t("evidence.field.tags")}</label>
          <input
            id={`${id}-tags`}
            value={draft.tags}
            aria-describedby={`${id}-tags-hint`}
            onChange={(e) => set("tags", e.target.value)}
          />
          <p className="hint" id={`${id}-tags-hint`}>
            {t("evidence.tagsHint")}
          </p>
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-attributes`}>{t("evidence.field.attributes")}</label>
          <textarea
            id={`${id}-attributes`}
            rows={2}
            value={draft.attributes}
            aria-describedby={`${id}-attributes-hint`}
            onChange={(e) => set("attributes", e.target.value)}
          />
          <p className="hint" id={`${id}-attributes-hint`}>
            {t("evidence.attributesHint")}
          </p>
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-text`}>{t("evidence.field.text")}</label>
          <textarea
            id={`${id}-text`}
            rows={10}
            value={draft.text}
            aria-describedby={source ? `${id}-text-hint` : undefined}
            onChange={(e) => set("text", e.target.value)}
          />
          {source && (
            <p className="hint" id={`${id}-text-hint`}>
              {t("evidence.textHint")}
            </p>
          )}
        </div>
      </form>
    </Dialog>
  );
}
