import { useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay, formatNumber } from "@/i18n";
import { allTags, isSource, matchesSource, noSourceFilter, type SourceFilter } from "@/model/evidence";
import { RESPONDENT_ROLES, type RespondentRole, SOURCE_KINDS, type SourceKind } from "@/model/types";
import { runCommand } from "@/store/commands";
import { allSources, sourceEvidence } from "@/store/evidence";
import { useStore } from "@/store/store";
import { SourceForm } from "./SourceForm";
import { SourceReader } from "./SourceReader";

/** How many sources the list shows before "Show more" (a survey import can bring thousands). */
const PAGE = 200;

/** The source list (search, filters by kind, role and tag) beside the open source's reading view. */
export function SourcesTab() {
  const { t } = useTranslation();
  const sourceId = useStore((s) => (s.route.view === "evidence" ? s.route.sourceId : undefined));
  const source = useStore((s) => (sourceId ? s.records[sourceId] : undefined));
  const [adding, setAdding] = useState(false);
  return (
    <div className="sources-layout">
      <SourceList selectedId={isSource(source) ? source.id : undefined} onAdd={() => setAdding(true)} />
      <div className="source-main">
        {isSource(source) ? (
          <SourceReader key={source.id} source={source} />
        ) : (
          <p className="evidence-empty">{t("evidence.pickSource")}</p>
        )}
      </div>
      {adding && <SourceForm onClose={() => setAdding(false)} />}
    </div>
  );
}

function SourceList({ selectedId, onAdd }: { selectedId: string | undefined; onAdd: () => void }) {
  const { t, i18n } = useTranslation();
  // Deferred: after an import of thousands of sources the list filters and sorts in a render of
  // its own, after the import's task, rather than inside it.
  const records = useDeferredValue(useStore((s) => s.records));
  const sources = allSources(records);
  const [filter, setFilter] = useState<SourceFilter>(noSourceFilter);
  const deferred = useDeferredValue(filter);
  const [shown, setShown] = useState(PAGE);
  const id = useId();
  const tags = useMemo(() => allTags(sources, i18n.language), [sources, i18n.language]);
  const visible = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { numeric: true });
    return sources
      .filter((s) => matchesSource(s, deferred))
      .sort((a, b) => collator.compare(a.title, b.title));
  }, [sources, deferred, i18n.language]);
  const filtering =
    filter.query !== "" || filter.kind !== "all" || filter.role !== "all" || filter.tag !== "all";

  return (
    <section className="source-list-panel" aria-labelledby={`${id}-heading`}>
      <div className="source-list-head">
        <h2 id={`${id}-heading`}>{t("evidence.sources")}</h2>
        <button type="button" className="button primary small" onClick={onAdd}>
          {t("evidence.addSource")}
        </button>
      </div>
      <div className="source-filters">
        <div className="evidence-field">
          <label htmlFor={`${id}-q`}>{t("evidence.searchSources")}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filter.query}
            onChange={(e) => setFilter({ ...filter, query: e.target.value })}
          />
        </div>
        <div className="evidence-field">
          <label htmlFor={`${id}-kind`}>{t("evidence.field.kind")}</label>
          <select
            id={`${id}-kind`}
            value={filter.kind}
            onChange={(e) => setFilter({ ...filter, kind: e.target.value as SourceKind | "all" })}
          >
            <option value="all">{t("evidence.allKinds")}</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`evidence.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="evidence-field">
          <label htmlFor={`${id}-role`}>{t("evidence.field.role")}</label>
          <select
            id={`${id}-role`}
            value={filter.role}
            onChange={(e) => setFilter({ ...filter, role: e.target.value as RespondentRole | "all" })}
          >
            <option value="all">{t("evidence.allRoles")}</option>
            {RESPONDENT_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`evidence.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="evidence-field">
          <label htmlFor={`${id}-tag`}>{t("evidence.field.tag")}</label>
          <select
            id={`${id}-tag`}
            value={filter.tag}
            onChange={(e) => setFilter({ ...filter, tag: e.target.value })}
          >
            <option value="all">{t("evidence.allTags")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="evidence-count" aria-live="polite">
        {filtering
          ? t("evidence.sourcesShown", {
              count: sources.length,
              n: formatNumber(sources.length),
              shownN: formatNumber(visible.length),
            })
          : t("evidence.sourceCount", { count: sources.length, n: formatNumber(sources.length) })}
        {filtering && (
          <button type="button" className="link" onClick={() => setFilter(noSourceFilter)}>
            {t("evidence.clearFilters")}
          </button>
        )}
      </p>
      {sources.length === 0 ? (
        <p className="hint">{t("evidence.noSources")}</p>
      ) : (
        <ul className="source-list">
          {visible.slice(0, shown).map((source) => (
            <li key={source.id}>
              <button
                type="button"
                className="source-item"
                aria-current={source.id === selectedId ? "true" : undefined}
                onClick={() => runCommand("view.evidence", { tab: "sources", sourceId: source.id })}
              >
                <span className="source-item-title">{source.title || t("evidence.untitled")}</span>
                <span className="source-item-meta">
                  {[
                    t(`evidence.kind.${source.kind}`),
                    source.respondent,
                    t(`evidence.role.${source.respondentRole}`),
                    formatDay(source.date),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                <span className="source-item-meta">
                  {t("evidence.excerptCount", { count: sourceEvidence(records, source.id).length })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {visible.length > shown && (
        <button type="button" className="button small" onClick={() => setShown((n) => n + PAGE)}>
          {t("evidence.showMore", { count: Math.min(PAGE, visible.length - shown) })}
        </button>
      )}
    </section>
  );
}
