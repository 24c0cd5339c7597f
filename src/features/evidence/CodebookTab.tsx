import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CODE_PALETTE,
  type CodeError,
  type CodeField,
  type CodeTreeNode,
  descendantsOf,
  nextCodeColour,
  validateCode,
} from "@/model/evidence";
import type { CodeId } from "@/model/ids";
import type { CodeRecord } from "@/model/types";
import { commands, runCommand } from "@/store/commands";
import { codebookTree, codeCount } from "@/store/evidence";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { CodeChip } from "./CodeChip";

interface CodeDraft {
  name: string;
  colour: string;
  description: string;
  parentId: CodeId | "";
}

function errorText(t: (key: string) => string, error: CodeError | undefined): string | null {
  return error ? t(`evidence.codeError.${error}`) : null;
}

/** The codebook: a tree of codes with colour, description and parent; counts; edit, merge, delete. */
export function CodebookTab() {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const tree = codebookTree(records, i18n.language);
  const [editing, setEditing] = useState<CodeId | null>(null);
  const [merging, setMerging] = useState<CodeRecord | null>(null);
  const [deleting, setDeleting] = useState<CodeRecord | null>(null);
  const id = useId();

  // The flat tree, nested again as lists so the structure is there for screen readers too.
  const render = (nodes: readonly CodeTreeNode[], depth: number): ReactNode => {
    const here: CodeTreeNode[] = [];
    for (const node of nodes) if (node.depth === depth) here.push(node);
    if (here.length === 0) return null;
    return (
      <ul className={depth === 0 ? "code-tree" : undefined}>
        {here.map((node) => {
          const below = nodes.filter((n) => n.path.includes(node.code.id));
          return (
            <li key={node.code.id}>
              {editing === node.code.id ? (
                <CodeForm code={node.code} onDone={() => setEditing(null)} />
              ) : (
                <CodeRow
                  node={node}
                  onEdit={() => setEditing(node.code.id)}
                  onMerge={() => setMerging(node.code)}
                  onDelete={() => setDeleting(node.code)}
                />
              )}
              {render(below, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <div className="codebook">
      <section aria-labelledby={`${id}-new`} className="codebook-new">
        <h2 id={`${id}-new`}>{t("evidence.newCode")}</h2>
        <CodeForm onDone={() => {}} />
      </section>
      <section aria-labelledby={`${id}-book`} className="codebook-list">
        <h2 id={`${id}-book`}>{t("evidence.tab.codebook")}</h2>
        <p className="hint">{t("evidence.codebookHint")}</p>
        {render(tree, 0)}
      </section>
      {merging && <MergeDialog from={merging} onClose={() => setMerging(null)} />}
      {deleting && (
        <Dialog
          title={t("evidence.deleteCodeTitle", { name: deleting.name })}
          onClose={() => setDeleting(null)}
          actions={
            <>
              <button
                type="button"
                className="button danger"
                onClick={() => {
                  runCommand("code.delete", deleting.id);
                  setDeleting(null);
                }}
              >
                {t("evidence.delete")}
              </button>
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                {t("evidence.cancel")}
              </button>
            </>
          }
        >
          <p>{t("evidence.deleteCodeBody", { count: codeCount(records, deleting.id).excerpts })}</p>
        </Dialog>
      )}
    </div>
  );
}

function CodeRow({
  node,
  onEdit,
  onMerge,
  onDelete,
}: {
  node: CodeTreeNode;
  onEdit: () => void;
  onMerge: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const count = useStore((s) => codeCount(s.records, node.code.id));
  const { code } = node;
  return (
    <div className="code-row">
      <CodeChip name={code.name} colour={code.colour} />
      <span className="code-counts">
        {t("evidence.excerptCount", { count: count.excerpts })} ·{" "}
        {t("evidence.respondentCount", { count: count.respondents })}
      </span>
      {code.description && <span className="code-description">{code.description}</span>}
      <span className="code-actions">
        <button
          type="button"
          className="button small"
          onClick={onEdit}
          aria-label={t("evidence.editCodeOf", { name: code.name })}
        >
          {t("evidence.edit")}
        </button>
        {!node.virtual && (
          <>
            <button
              type="button"
              className="button small"
              onClick={onMerge}
              aria-label={t("evidence.mergeCodeOf", { name: code.name })}
            >
              {t("evidence.merge")}
            </button>
            <button
              type="button"
              className="button small quiet danger"
              onClick={onDelete}
              aria-label={t("evidence.deleteCodeOf", { name: code.name })}
            >
              {t("evidence.delete")}
            </button>
          </>
        )}
      </span>
    </div>
  );
}

/** Adds a code, or edits one (`code` given). */
function CodeForm({ code, onDone }: { code?: CodeRecord; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const tree = codebookTree(records, i18n.language);
  const id = useId();
  const blank = (): CodeDraft => ({
    name: "",
    colour: nextCodeColour(records),
    description: "",
    parentId: "",
  });
  const [draft, setDraft] = useState<CodeDraft>(() =>
    code
      ? { name: code.name, colour: code.colour, description: code.description, parentId: code.parentId ?? "" }
      : blank(),
  );
  const [errors, setErrors] = useState<Partial<Record<CodeField, CodeError>>>({});
  const excluded = code ? new Set([code.id, ...descendantsOf(records, code.id)]) : new Set<string>();
  const parents = tree.filter((n) => !excluded.has(n.code.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    const details = {
      name: draft.name,
      colour: draft.colour,
      description: draft.description.trim(),
      parentId: draft.parentId === "" ? null : draft.parentId,
    };
    const found = validateCode(records, details, code?.id);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (code) {
      commands["code.update"].run(code.id, details);
      onDone();
    } else {
      commands["code.add"].run(details);
      setDraft(blank());
      onDone();
    }
  }

  const nameError = errorText(t, errors.name);
  const parentError = errorText(t, errors.parentId);
  return (
    <form
      className="code-form"
      onSubmit={submit}
      noValidate
      aria-label={code ? t("evidence.editCodeOf", { name: code.name }) : t("evidence.newCode")}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{t("evidence.codeName")}</label>
        <input
          id={`${id}-name`}
          value={draft.name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        {nameError && (
          <p className="field-error" id={`${id}-name-error`}>
            {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-colour`}>{t("evidence.codeColour")}</label>
        <input
          id={`${id}-colour`}
          type="color"
          list={`${id}-palette`}
          value={draft.colour}
          onChange={(e) => setDraft({ ...draft, colour: e.target.value })}
        />
        <datalist id={`${id}-palette`}>
          {CODE_PALETTE.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-parent`}>{t("evidence.codeParent")}</label>
        <select
          id={`${id}-parent`}
          value={draft.parentId}
          aria-invalid={parentError ? true : undefined}
          onChange={(e) => setDraft({ ...draft, parentId: e.target.value as CodeId | "" })}
        >
          <option value="">{t("evidence.noParent")}</option>
          {parents.map((n) => (
            <option key={n.code.id} value={n.code.id}>
              {`${"\u2003".repeat(n.depth)}${n.code.name}`}
            </option>
          ))}
        </select>
        {parentError && <p className="field-error">{parentError}</p>}
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-description`}>{t("evidence.codeDescription")}</label>
        <input
          id={`${id}-description`}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </div>
      <div className="code-form-actions">
        <button type="submit" className="button primary small">
          {code ? t("evidence.save") : t("evidence.addCode")}
        </button>
        {code && (
          <button type="button" className="button small" onClick={onDone}>
            {t("evidence.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

/** Merges one code into another: its excerpts and children move there and it goes. Undoable. */
function MergeDialog({ from, onClose }: { from: CodeRecord; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const tree = codebookTree(records, i18n.language).filter((n) => n.code.id !== from.id);
  const [into, setInto] = useState<CodeId | "">("");
  const id = useId();
  const count = codeCount(records, from.id);
  return (
    <Dialog
      title={t("evidence.mergeTitle", { name: from.name })}
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="button primary"
            disabled={into === ""}
            onClick={() => {
              if (into === "") return;
              runCommand("code.merge", from.id, into);
              onClose();
            }}
          >
            {t("evidence.merge")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("evidence.cancel")}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-into`}>{t("evidence.mergeInto")}</label>
        <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value as CodeId | "")}>
          <option value="">{t("evidence.chooseCode")}</option>
          {tree.map((n) => (
            <option key={n.code.id} value={n.code.id}>
              {`${"\u2003".repeat(n.depth)}${n.code.name}`}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">{t("evidence.mergeBody", { name: from.name, count: count.excerpts })}</p>
    </Dialog>
  );
}
