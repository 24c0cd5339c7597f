import { useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  DEFAULT_PLACEHOLDERS,
  type PseudonymiseOptions,
  pseudonymise,
  sliceCodePoints,
} from "@/model/evidence";
import type { SourceRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { Dialog } from "@/ui/Dialog";

/** How many replacements the preview lists before "and N more". */
const PREVIEW_LIMIT = 100;

/**
 * Replaces names the user lists, plus e-mail addresses and phone numbers, with the respondent's
 * pseudonym or a placeholder. A preview lists every replacement in context before anything
 * changes; applying is one undoable change that moves the source's excerpts along.
 */
export function PseudonymiseDialog({ source, onClose }: { source: SourceRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [names, setNames] = useState("");
  const [pseudonym, setPseudonym] = useState(source.respondent);
  const [emails, setEmails] = useState(true);
  const [phones, setPhones] = useState(true);
  const options: PseudonymiseOptions = useMemo(
    () => ({
      names: names
        .split(/[\n,;]/)
        .map((n) => n.trim())
        .filter(Boolean),
      pseudonym,
      emails,
      phones,
    }),
    [names, pseudonym, emails, phones],
  );
  const deferred = useDeferredValue(options);
  const preview = useMemo(() => pseudonymise(source.text, deferred), [source.text, deferred]);
  const count = preview.replacements.length;

  return (
    <Dialog
      title={t("evidence.pseudonymiseTitle", { title: source.title || t("evidence.untitled") })}
      onClose={onClose}
      className="pseudonymise-dialog"
      actions={
        <>
          <button
            type="button"
            className="button primary"
            disabled={count === 0}
            onClick={() => {
              runCommand("source.pseudonymise", source.id, options);
              onClose();
            }}
          >
            {t("evidence.applyReplacements", { count })}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("evidence.cancel")}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-names`}>{t("evidence.namesToReplace")}</label>
        <textarea
          id={`${id}-names`}
          rows={3}
          value={names}
          aria-describedby={`${id}-names-hint`}
          onChange={(e) => setNames(e.target.value)}
        />
        <p className="hint" id={`${id}-names-hint`}>
          {t("evidence.namesHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-pseudonym`}>{t("evidence.replaceWith")}</label>
        <input
          id={`${id}-pseudonym`}
          value={pseudonym}
          placeholder={DEFAULT_PLACEHOLDERS.name}
          onChange={(e) => setPseudonym(e.target.value)}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={emails} onChange={(e) => setEmails(e.target.checked)} />
        {t("evidence.replaceEmails", { placeholder: DEFAULT_PLACEHOLDERS.email })}
      </label>
      <label className="check">
        <input type="checkbox" checked={phones} onChange={(e) => setPhones(e.target.checked)} />
        {t("evidence.replacePhones", { placeholder: DEFAULT_PLACEHOLDERS.phone })}
      </label>
      <h3 className="preview-heading">{t("evidence.preview")}</h3>
      <p role="status">{t("evidence.replacementCount", { count })}</p>
      {count > 0 && (
        <ol className="replacement-list">
          {preview.replacements.slice(0, PREVIEW_LIMIT).map((r) => (
            <li key={r.start}>
              <span className="hint">{t(`evidence.replacementKind.${r.kind}`)}: </span>…
              {sliceCodePoints(source.text, Math.max(0, r.start - 25), r.start)}
              <del>{r.original}</del>
              <ins>{r.replacement}</ins>
              {sliceCodePoints(source.text, r.end, r.end + 25)}…
            </li>
          ))}
        </ol>
      )}
      {count > PREVIEW_LIMIT && (
        <p className="hint">{t("evidence.andMore", { count: count - PREVIEW_LIMIT })}</p>
      )}
    </Dialog>
  );
}
