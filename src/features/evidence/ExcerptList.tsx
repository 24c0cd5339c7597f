import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { EXCERPT_DRAG_TYPE, isCode, shortQuote } from "@/model/evidence";
import type { CodeId, ExcerptId } from "@/model/ids";
import { isEdge, isJourney, isPain, isStep } from "@/model/records";
import type { Records } from "@/model/types";
import { runCommand } from "@/store/commands";
import { codebookTree, type EvidenceItem } from "@/store/evidence";
import { useStore } from "@/store/store";
import { CodeChip } from "./CodeChip";
import { LinkDialog } from "./LinkDialog";

/** The excerpts of a source beside its text: codes, coder, links, and the way onto the map. */
export function ExcerptList({
  items,
  active,
  onActivate,
  onShow,
  onPlace,
}: {
  items: readonly EvidenceItem[];
  active: ExcerptId | null;
  onActivate: (id: ExcerptId) => void;
  onShow: (item: EvidenceItem) => void;
  /** Moves a lost excerpt onto the text's current selection. */
  onPlace: (item: EvidenceItem) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [linking, setLinking] = useState<ExcerptId | null>(null);
  const linkingItem = items.find((i) => i.excerpt.id === linking);
  return (
    <section className="excerpt-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("evidence.excerpts", { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="hint">{t("evidence.noExcerpts")}</p>
      ) : (
        <ul className="excerpt-list">
          {items.map((item) => (
            <ExcerptCard
              key={item.excerpt.id}
              item={item}
              active={item.excerpt.id === active}
              onActivate={() => onActivate(item.excerpt.id)}
              onShow={() => onShow(item)}
              onPlace={() => onPlace(item)}
              onLink={() => setLinking(item.excerpt.id)}
            />
          ))}
        </ul>
      )}
      <p className="hint">{t("evidence.dragHint")}</p>
      {linkingItem && <LinkDialog excerpt={linkingItem.excerpt} onClose={() => setLinking(null)} />}
    </section>
  );
}

function ExcerptCard({
  item,
  active,
  onActivate,
  onShow,
  onPlace,
  onLink,
}: {
  item: EvidenceItem;
  active: boolean;
  onActivate: () => void;
  onShow: () => void;
  onPlace: () => void;
  onLink: () => void;
}) {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const tree = codebookTree(records, i18n.language);
  const { excerpt } = item;
  const ref = useRef<HTMLLIElement>(null);
  const id = useId();
  const [noteOpen, setNoteOpen] = useState(excerpt.note !== "");

  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [active]);

  function onDragStart(event: DragEvent<HTMLLIElement>) {
    event.dataTransfer.setData(EXCERPT_DRAG_TYPE, excerpt.id);
    event.dataTransfer.setData("text/plain", excerpt.quote);
    event.dataTransfer.effectAllowed = "all";
  }

  const codeIds = excerpt.codeIds.filter((c) => isCode(records[c]));
  const unused = tree.filter((n) => !excerpt.codeIds.includes(n.code.id));
  return (
    <li
      ref={ref}
      className={`excerpt-card${active ? " active" : ""}`}
      draggable
      onDragStart={onDragStart}
      aria-labelledby={`${id}-quote`}
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the quote's "Show in text" button is the keyboard way */}
      <blockquote id={`${id}-quote`} className="excerpt-quote" onClick={onActivate}>
        {excerpt.quote}
      </blockquote>
      {!item.anchored && (
        <>
          <p className="excerpt-warning">{t("evidence.unanchored")}</p>
          <button
            type="button"
            className="button small"
            // Keep the text selection: a click on the button must not clear it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={onPlace}
          >
            {t("evidence.placeOnSelection")}
          </button>
        </>
      )}
      <ul className="excerpt-codes" aria-label={t("evidence.codesOf")}>
        {codeIds.length === 0 && <li className="hint">{t("evidence.noCode")}</li>}
        {codeIds.map((codeId) => {
          const code = records[codeId];
          if (!isCode(code)) return null;
          return (
            <li key={codeId}>
              <CodeChip name={code.name} colour={code.colour}>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t("evidence.removeCode", { name: code.name })}
                  title={t("evidence.removeCode", { name: code.name })}
                  onClick={() =>
                    runCommand("excerpt.update", excerpt.id, {
                      codeIds: excerpt.codeIds.filter((c) => c !== codeId),
                    })
                  }
                >
                  ×
                </button>
              </CodeChip>
            </li>
          );
        })}
      </ul>
      {unused.length > 0 && (
        <div className="excerpt-add-code">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            {t("evidence.addCode")}
          </label>
          <select
            id={`${id}-add`}
            value=""
            onChange={(e) => {
              if (e.target.value)
                runCommand("excerpt.update", excerpt.id, {
                  codeIds: [...excerpt.codeIds, e.target.value as CodeId],
                });
            }}
          >
            <option value="">{t("evidence.addCode")}</option>
            {unused.map((node) => (
              <option key={node.code.id} value={node.code.id}>
                {`${"\u2003".repeat(node.depth)}${node.code.name}`}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="excerpt-meta">
        {excerpt.coder ? t("evidence.codedBy", { coder: excerpt.coder }) : t("evidence.noCoder")}
      </p>
      <Links records={records} item={item} />
      {noteOpen ? (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t("evidence.note")}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={excerpt.note}
            onChange={(e) => runCommand("excerpt.update", excerpt.id, { note: e.target.value })}
          />
        </div>
      ) : null}
      <div className="excerpt-actions">
        <button type="button" className="button small" onClick={onLink}>
          {t("evidence.linkToStep")}
        </button>
        <button type="button" className="button small" onClick={onShow} disabled={!item.anchored}>
          {t("evidence.showInText")}
        </button>
        {!noteOpen && (
          <button type="button" className="button small quiet" onClick={() => setNoteOpen(true)}>
            {t("evidence.addNote")}
          </button>
        )}
        <button
          type="button"
          className="button small quiet danger"
          onClick={() => runCommand("excerpt.delete", excerpt.id)}
          aria-label={t("evidence.deleteExcerptOf", { quote: shortQuote(excerpt.quote, 40) })}
        >
          {t("evidence.deleteExcerpt")}
        </button>
      </div>
    </li>
  );
}

/** Where the excerpt is linked: steps (with their journey), hand-offs and pain points, each removable. */
function Links({ records, item }: { records: Records; item: EvidenceItem }) {
  const { t } = useTranslation();
  const { excerpt } = item;
  const links: { key: string; label: string; remove: () => void; open?: () => void }[] = [];
  for (const stepId of excerpt.stepIds) {
    const step = records[stepId];
    if (!isStep(step)) continue;
    const journey = records[step.journeyId];
    links.push({
      key: stepId,
      label: t("evidence.linkedStep", {
        step: step.title || t("evidence.untitledStep"),
        journey: isJourney(journey) ? journey.name : "",
      }),
      remove: () => runCommand("excerpt.unlinkStep", excerpt.id, stepId),
      open: () => runCommand("step.reveal", stepId),
    });
  }
  for (const edgeId of excerpt.edgeIds) {
    const edge = records[edgeId];
    if (!isEdge(edge)) continue;
    const from = records[edge.source];
    const to = records[edge.target];
    links.push({
      key: edgeId,
      label: t("evidence.linkedEdge", {
        from: (isStep(from) && from.title) || t("evidence.untitledStep"),
        to: (isStep(to) && to.title) || t("evidence.untitledStep"),
      }),
      remove: () => runCommand("excerpt.unlinkEdge", excerpt.id, edgeId),
    });
  }
  for (const painId of excerpt.painPointIds) {
    const pain = records[painId];
    if (!isPain(pain)) continue;
    links.push({
      key: painId,
      label: t("evidence.linkedPain", { kind: t(`pains.kind.${pain.kind}`), title: pain.title }),
      remove: () => runCommand("excerpt.unlinkPain", excerpt.id, painId),
    });
  }
  if (links.length === 0) return <p className="excerpt-meta">{t("evidence.notLinked")}</p>;
  return (
    <ul className="excerpt-links" aria-label={t("evidence.linksOf")}>
      {links.map((link) => (
        <li key={link.key}>
          {link.open ? (
            <button type="button" className="link" title={t("evidence.openOnMap")} onClick={link.open}>
              {link.label}
            </button>
          ) : (
            <span>{link.label}</span>
          )}
          <button
            type="button"
            className="chip-remove"
            aria-label={t("evidence.unlink", { name: link.label })}
            title={t("evidence.unlink", { name: link.label })}
            onClick={link.remove}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
