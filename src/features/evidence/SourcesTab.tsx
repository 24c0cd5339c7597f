import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { formatDay, formatNumber } from "@/i18n";
import {
  allTags,
  foldedSearchText,
  isSource,
  narrowsSourceFilter,
  noSourceFilter,
  type SourceFilter,
  sourceMatcher,
} from "@/model/evidence";
import {
  RESPONDENT_ROLES,
  type Records,
  type RespondentRole,
  SOURCE_KINDS,
  type SourceKind,
  type SourceRecord,
} from "@/model/types";
import { runCommand } from "@/store/commands";
import { allSources, sourceEvidence } from "@/store/evidence";
import { useStore } from "@/store/store";
import { SourceForm } from "./SourceForm";
import { SourceReader } from "./SourceReader";

/** A row's height before it is measured (a title and two lines of details). */
export const ESTIMATED_ROW_HEIGHT = 68;
/** Rows Page Up and Page Down move by. */
const PAGE_ROWS = 8;

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

const isFiltering = (filter: SourceFilter) =>
  filter.query !== "" || filter.kind !== "all" || filter.role !== "all" || filter.tag !== "all";

/** What the list needs of all the sources, per list of sources (`allSources` gives a new one after a change). */
const ordered = new WeakMap<
  readonly SourceRecord[],
  { locale: string; sorted: readonly SourceRecord[]; tags: readonly string[] }
>();

/** The sources in title order and their tags: coming back to the Sources tab does not sort 100,000 titles again. */
function inOrder(sources: readonly SourceRecord[], locale: string) {
  const cached = ordered.get(sources);
  if (cached?.locale === locale) return cached;
  const collator = new Intl.Collator(locale, { numeric: true });
  const sorted = [...sources].sort((a, b) => collator.compare(a.title, b.title));
  const entry = { locale, sorted, tags: allTags(sources, locale) };
  ordered.set(sources, entry);
  return entry;
}

/** Sources folded between looks at the idle time left: well under a millisecond of survey answers. */
const FOLD_SLICE = 500;

/**
 * Folds the sources' searchable texts while the page is idle, so the first key of a search does
 * not fold 100,000 of them. Each is folded once per record, so the sources after an edit only
 * fold the edited one again. Returns the cancel.
 */
function foldWhileIdle(sources: readonly SourceRecord[]): () => void {
  let next = 0;
  let handle = 0;
  const idle = typeof requestIdleCallback === "function";
  const later = () => {
    handle = idle ? requestIdleCallback(step) : window.setTimeout(step);
  };
  const step = (deadline?: IdleDeadline) => {
    do {
      const end = Math.min(sources.length, next + FOLD_SLICE);
      for (; next < end; next++) foldedSearchText(sources[next]!);
    } while (next < sources.length && deadline && deadline.timeRemaining() > 1);
    if (next < sources.length) later();
  };
  later();
  return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
}

function SourceList({ selectedId, onAdd }: { selectedId: string | undefined; onAdd: () => void }) {
  const { t, i18n } = useTranslation();
  // Deferred: after an import of thousands of sources the list filters and sorts in a render of
  // its own, after the import's task, rather than inside it.
  const records = useDeferredValue(useStore((s) => s.records));
  const sources = allSources(records);
  const [filter, setFilter] = useState<SourceFilter>(noSourceFilter);
  const deferred = useDeferredValue(filter);
  const id = useId();
  const { sorted, tags } = inOrder(sources, i18n.language);
  // A search or filter only keeps the matches of the sorted list, in order; a key typed on
  // tests only the matches shown last, as long as the sources have not changed.
  const shown = useRef<{
    sorted: readonly SourceRecord[];
    filter: SourceFilter;
    visible: readonly SourceRecord[];
  }>(undefined);
  const visible = useMemo(() => {
    if (!isFiltering(deferred)) return sorted;
    const last = shown.current;
    const from =
      last?.sorted === sorted && narrowsSourceFilter(last.filter, deferred) ? last.visible : sorted;
    return from.filter(sourceMatcher(deferred));
  }, [sorted, deferred]);
  useEffect(() => {
    shown.current = { sorted, filter: deferred, visible };
  }, [sorted, deferred, visible]);
  useEffect(() => foldWhileIdle(sources), [sources]);
  const filtering = isFiltering(filter);

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
        <VirtualSourceList
          sources={visible}
          records={records}
          selectedId={selectedId}
          filter={deferred}
          labelledBy={`${id}-heading`}
        />
      )}
    </section>
  );
}

/**
 * The matching sources as a virtualised list: only the rows in view (and the one with the
 * keyboard focus) are in the DOM, so a survey import of 100,000 answers scrolls like ten.
 * One row is in the tab order; Up, Down, Page Up, Page Down, Home and End move the focus
 * between rows, and Enter opens the focused source.
 */
function VirtualSourceList({
  sources,
  records,
  selectedId,
  filter,
  labelledBy,
}: {
  sources: readonly SourceRecord[];
  records: Records;
  selectedId: string | undefined;
  filter: SourceFilter;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The row that is in the tab order: the open source when the list first shows it, else the first.
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      sources.findIndex((s) => s.id === selectedId),
    ),
  );
  const current = Math.min(active, sources.length - 1);
  const focusTarget = useRef<number | null>(null);

  // The focused row stays rendered when it is scrolled out of view, so the focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (current < 0 || indexes.includes(current)) return indexes;
      return [...indexes, current].sort((a, b) => a - b);
    },
    [current],
  );
  const getItemKey = useCallback((index: number) => sources[index]?.id ?? index, [sources]);
  const virtualizer = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    rangeExtractor,
    overscan: 6,
  });

  // A new search or filter starts at its first match; the first render shows the open source.
  // Only these move the list: a source added or edited leaves it where the reader is.
  const shownFilter = useRef(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of filter only, as said above
  useLayoutEffect(() => {
    if (shownFilter.current === filter) {
      if (active > 0) virtualizer.scrollToIndex(active, { align: "center" });
      return;
    }
    shownFilter.current = filter;
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [filter]);

  // After a key moved the focus, the new row gets it once it is rendered.
  useEffect(() => {
    const index = focusTarget.current;
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] button`);
    if (index === null || !button) return;
    focusTarget.current = null;
    button.focus({ preventScroll: true });
  });

  const move = (index: number) => {
    const to = Math.max(0, Math.min(index, sources.length - 1));
    focusTarget.current = to;
    setActive(to);
    virtualizer.scrollToIndex(to, { align: "auto" });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const targets: Partial<Record<string, number>> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + PAGE_ROWS,
      PageUp: current - PAGE_ROWS,
      Home: 0,
      End: sources.length - 1,
    };
    const to = Object.hasOwn(targets, e.key) ? targets[e.key] : undefined;
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    move(to);
  };

  return (
    <div className="source-list-scroll" ref={scrollRef}>
      <ul
        ref={listRef}
        className="source-list"
        aria-labelledby={labelledBy}
        aria-describedby={hintId}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const source = sources[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={sources.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <SourceRow
                source={source}
                index={row.index}
                excerpts={sourceEvidence(records, source.id).length}
                open={source.id === selectedId}
                tabbable={row.index === current}
                onFocusRow={setActive}
              />
            </li>
          );
        })}
      </ul>
      <span id={hintId} hidden>
        {t("evidence.sourceListKeys")}
      </span>
    </div>
  );
}

const SourceRow = memo(function SourceRow({
  source,
  index,
  excerpts,
  open,
  tabbable,
  onFocusRow,
}: {
  source: SourceRecord;
  index: number;
  excerpts: number;
  open: boolean;
  tabbable: boolean;
  onFocusRow: (index: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="source-item"
      tabIndex={tabbable ? 0 : -1}
      aria-current={open ? "true" : undefined}
      onFocus={() => onFocusRow(index)}
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
      <span className="source-item-meta">{t("evidence.excerptCount", { count: excerpts })}</span>
    </button>
  );
});
