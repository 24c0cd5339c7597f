import { type DragEvent, useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { EXCERPT_DRAG_TYPE, foldText } from "@/model/evidence";
import type { StepId } from "@/model/ids";
import { isStep } from "@/model/records";
import { runCommand } from "@/store/commands";
import { allEvidence, type EvidenceItem, unlinkedEvidence } from "@/store/evidence";
import { useStore } from "@/store/store";
import { EvidenceMeta } from "./EvidenceMeta";

/** Excerpts shown before "Show more": a survey import can bring tens of thousands. */
const PAGE = 50;

/**
 * Coded excerpts beside the map, to drag onto the steps they speak of. The keyboard way: select
 * a step, then "Link to the selected step" on an excerpt. Both run the same command, with Undo.
 */
export function EvidenceTray() {
  const { t } = useTranslation();
  const id = useId();
  const [scope, setScope] = useState<"unlinked" | "all">("unlinked");
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState(PAGE);
  const records = useDeferredValue(useStore((s) => s.records));
  const selectedStep = useStore((s) => {
    const only = s.selection.length === 1 ? s.records[s.selection[0]!] : undefined;
    return isStep(only) ? only.id : null;
  });
  const deferredQuery = useDeferredValue(query);
  const items = useMemo(() => {
    const all = scope === "unlinked" ? unlinkedEvidence(records) : allEvidence(records);
    const folded = foldText(deferredQuery.trim());
    return folded ? all.filter((item) => matches(item, folded)) : all;
  }, [records, scope, deferredQuery]);

  return (
    <section className="map-panel evidence-tray" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("mapEvidence.trayTitle")}</h2>
      <p className="hint">{t("mapEvidence.trayHelp")}</p>
      <div className="row">
        <label className="visually-hidden" htmlFor={`${id}-scope`}>
          {t("mapEvidence.trayScope")}
        </label>
        <select
          id={`${id}-scope`}
          value={scope}
          onChange={(e) => {
            setScope(e.target.value as "unlinked" | "all");
            setShown(PAGE);
          }}
        >
          <option value="unlinked">{t("mapEvidence.trayUnlinked")}</option>
          <option value="all">{t("mapEvidence.trayAll")}</option>
        </select>
        <input
          type="search"
          aria-label={t("mapEvidence.trayFilter")}
          placeholder={t("mapEvidence.trayFilter")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(PAGE);
          }}
        />
      </div>
      <p className="hint" aria-live="polite">
        {items.length === 0
          ? t("mapEvidence.trayEmpty")
          : t("mapEvidence.trayCount", { shown: Math.min(shown, items.length), count: items.length })}
      </p>
      {items.length > 0 && (
        <ul className="evidence-list">
          {items.slice(0, shown).map((item) => (
            <TrayItem key={item.excerpt.id} item={item} selectedStep={selectedStep} />
          ))}
        </ul>
      )}
      {shown < items.length && (
        <button type="button" className="button small" onClick={() => setShown((n) => n + PAGE)}>
          {t("mapEvidence.trayMore")}
        </button>
      )}
    </section>
  );
}

function matches({ excerpt, source }: EvidenceItem, folded: string): boolean {
  return (
    foldText(excerpt.quote).includes(folded) ||
    foldText(source.title).includes(folded) ||
    foldText(source.respondent).includes(folded)
  );
}

function TrayItem({ item, selectedStep }: { item: EvidenceItem; selectedStep: StepId | null }) {
  const { t } = useTranslation();
  const { excerpt } = item;
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(EXCERPT_DRAG_TYPE, excerpt.id);
    event.dataTransfer.setData("text/plain", excerpt.quote);
    event.dataTransfer.effectAllowed = "link";
  };
  return (
    <li className="tray-item" draggable onDragStart={onDragStart}>
      <blockquote>{excerpt.quote}</blockquote>
      <EvidenceMeta item={item} />
      <button
        type="button"
        className="button small"
        disabled={selectedStep === null}
        onClick={() => selectedStep && runCommand("evidence.dropOnStep", excerpt.id, selectedStep)}
      >
        {t("mapEvidence.trayLink")}
      </button>
    </li>
  );
}
