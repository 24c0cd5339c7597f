import { useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { emptyResult, groupBySource, type SearchHit, search } from "@/model/search";
import { runCommand } from "@/store/commands";
import { evidenceItem, searchIndexFor } from "@/store/evidence";
import { useStore } from "@/store/store";
import { CodeChip, Marked } from "./CodeChip";
import { snippetBounds } from "./text";

/** How many hits are shown (and highlighted) at a time. */
const PAGE = 100;
/** How many places in one source's text are shown as snippets. */
const SNIPPETS = 3;

/** Search across every source's text and every excerpt's quote, blind to case and diacritics. */
export function SearchTab() {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const deferred = useDeferredValue(query);
  const id = useId();
  const result = useMemo(
    () =>
      deferred.trim() === ""
        ? emptyResult
        : search(searchIndexFor(records, i18n.language), deferred, { limit }),
    [records, deferred, limit, i18n.language],
  );
  const groups = useMemo(() => groupBySource(records, result.hits), [records, result.hits]);

  return (
    <div className="evidence-search">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for some supported browsers and jsdom */}
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <div className="evidence-field">
          <label htmlFor={`${id}-q`}>{t("evidence.searchLabel")}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <p className="hint" id={`${id}-hint`}>
          {t("evidence.searchHint")}
        </p>
      </form>
      <p className="evidence-count" role="status">
        {deferred.trim() === ""
          ? ""
          : `${t("evidence.hits", { count: result.total })} ${t("evidence.inSources", { count: result.sources })}`}
      </p>
      {groups.map((group) => (
        <section key={group.sourceId} className="search-group" aria-label={group.source?.title}>
          <h3>
            <button
              type="button"
              className="link"
              onClick={() => runCommand("view.evidence", { tab: "sources", sourceId: group.sourceId })}
            >
              {group.source?.title || t("evidence.untitled")}
            </button>
            {group.source?.respondent && <span className="hint"> · {group.source.respondent}</span>}
          </h3>
          <ul className="search-hits">
            {group.hits.map((hit) => (
              <Hit key={hit.id} hit={hit} />
            ))}
          </ul>
        </section>
      ))}
      {result.total > result.hits.length && (
        <button type="button" className="button small" onClick={() => setLimit((n) => n + PAGE)}>
          {t("evidence.showMoreHits", { count: Math.min(PAGE, result.total - result.hits.length) })}
        </button>
      )}
    </div>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const item = useStore((s) => (hit.kind === "excerpt" ? evidenceItem(s.records, hit.id) : undefined));
  if (hit.kind === "excerpt") {
    return (
      <li className="search-hit excerpt-hit">
        <span className="hint">{t("evidence.hitExcerpt")}</span>
        <blockquote className="excerpt-quote">
          <Marked text={hit.text} ranges={hit.ranges} />
        </blockquote>
        {item && item.codes.length > 0 && (
          <span className="excerpt-codes-inline">
            {item.codes.map((c) => (
              <CodeChip key={c.id} name={c.name} colour={c.colour} />
            ))}
          </span>
        )}
        {item?.excerpt.coder && (
          <span className="hint"> {t("evidence.codedBy", { coder: item.excerpt.coder })}</span>
        )}
      </li>
    );
  }
  const chars = Array.from(hit.text);
  // Snippets around the first few places; places close together share one snippet.
  const snippets: { from: number; to: number }[] = [];
  for (const [start, end] of hit.ranges) {
    if (snippets.length >= SNIPPETS) break;
    const last = snippets[snippets.length - 1];
    if (last && start < last.to) continue;
    snippets.push(snippetBounds(hit.text, start, end));
  }
  return (
    <li className="search-hit text-hit">
      <span className="hint">{t("evidence.hitText", { count: hit.ranges.length })}</span>
      {snippets.map(({ from, to }) => {
        const text = chars.slice(from, to).join("");
        const ranges = hit.ranges
          .filter(([s, e]) => e > from && s < to)
          .map(([s, e]) => [Math.max(0, s - from), Math.min(to, e) - from] as [number, number]);
        return (
          <p key={from} className="snippet">
            {from > 0 && "…"}
            <Marked text={text} ranges={ranges} />
            {to < chars.length && "…"}
          </p>
        );
      })}
    </li>
  );
}
