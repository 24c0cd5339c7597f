import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatNumber } from "@/i18n";
import { SEVERITY_MAX, SEVERITY_MIN } from "@/model/painpoints";
import { PAIN_STATUSES, type PainPointRecord, type PainStatus } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Filters } from "./Filters";
import { KIND_ICON } from "./kinds";
import {
  buildRows,
  defaultDirection,
  filterRows,
  GROUPINGS,
  type GroupBy,
  type GroupItem,
  groupRows,
  isTrackerFiltering,
  noTrackerFilter,
  type SortColumn,
  type SortDirection,
  searchRows,
  sortRows,
  type TrackerFilter,
  type TrackerItem,
  type TrackerRow,
} from "./rows";

/** Every row is this tall, so the virtualiser never has to measure. */
export const ROW_HEIGHT = 44;

const SEVERITIES = Array.from({ length: SEVERITY_MAX - SEVERITY_MIN + 1 }, (_, i) => SEVERITY_MIN + i);

const COLUMNS: readonly SortColumn[] = [
  "title",
  "journey",
  "stage",
  "step",
  "kind",
  "severity",
  "frequency",
  "score",
  "status",
  "owner",
  "updated",
];

export interface TableSettings {
  query: string;
  column: SortColumn;
  direction: SortDirection;
  group: GroupBy;
  /** Keys of collapsed groups. */
  collapsed: ReadonlySet<string>;
}

export const defaultTableSettings: TableSettings = {
  query: "",
  column: "score",
  direction: "descending",
  group: "none",
  collapsed: new Set(),
};

export function TrackerTable({
  filter,
  onFilter,
  settings,
  onSettings,
}: {
  filter: TrackerFilter;
  onFilter: (filter: TrackerFilter) => void;
  settings: TableSettings;
  onSettings: (settings: TableSettings) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const id = useId();
  const rows = useStore((s) => buildRows(s.records));
  // Typing stays responsive at 10,000 rows: the list follows the search field a moment later.
  const query = useDeferredValue(settings.query);
  const searched = useMemo(() => searchRows(rows, query), [rows, query]);
  const filtered = useMemo(() => filterRows(searched, filter), [searched, filter]);
  const sorted = useMemo(
    () => sortRows(filtered, settings.column, settings.direction, locale),
    [filtered, settings.column, settings.direction, locale],
  );
  const items = useMemo(
    () => groupRows(sorted, settings.group, settings.collapsed, locale),
    [sorted, settings.group, settings.collapsed, locale],
  );

  const onSort = useCallback(
    (column: SortColumn) =>
      onSettings({
        ...settings,
        column,
        direction:
          settings.column === column
            ? settings.direction === "ascending"
              ? "descending"
              : "ascending"
            : defaultDirection(column),
      }),
    [settings, onSettings],
  );
  const onToggleGroup = useCallback(
    (key: string) => {
      const collapsed = new Set(settings.collapsed);
      if (!collapsed.delete(key)) collapsed.add(key);
      onSettings({ ...settings, collapsed });
    },
    [settings, onSettings],
  );

  const filtering = isTrackerFiltering(filter) || query.trim() !== "";
  const count = filtering
    ? t("tracker.countOf", {
        count: rows.length,
        n: formatNumber(rows.length),
        shown: formatNumber(sorted.length),
      })
    : t("tracker.count", { count: rows.length, n: formatNumber(rows.length) });

  return (
    <div className="tracker-table-view">
      <div className="tracker-toolbar">
        <div className="tracker-field tracker-search">
          <label htmlFor={`${id}-search`}>{t("tracker.search")}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={settings.query}
            placeholder={t("tracker.searchPlaceholder")}
            onChange={(e) => onSettings({ ...settings, query: e.target.value })}
          />
        </div>
        <Filters filter={filter} onChange={onFilter} withStatus />
        <div className="tracker-field">
          <label htmlFor={`${id}-group`}>{t("tracker.groupBy")}</label>
          <select
            id={`${id}-group`}
            value={settings.group}
            onChange={(e) =>
              onSettings({ ...settings, group: e.target.value as GroupBy, collapsed: new Set() })
            }
          >
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`tracker.group.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="tracker-count" role="status">
          {count}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="tracker-empty">{t("tracker.empty")}</p>
      ) : sorted.length === 0 ? (
        <div className="tracker-empty">
          <p>
            <strong>{t("tracker.noMatch")}</strong>
          </p>
          <p>{t("tracker.noMatchHint")}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              onFilter(noTrackerFilter);
              onSettings({ ...settings, query: "" });
            }}
          >
            {t("tracker.clearFilters")}
          </button>
        </div>
      ) : (
        <VirtualTable
          items={items}
          column={settings.column}
          direction={settings.direction}
          onSort={onSort}
          onToggleGroup={onToggleGroup}
        />
      )}
    </div>
  );
}

function VirtualTable({
  items,
  column,
  direction,
  onSort,
  onToggleGroup,
}: {
  items: readonly TrackerItem[];
  column: SortColumn;
  direction: SortDirection;
  onSort: (column: SortColumn) => void;
  onToggleGroup: (key: string) => void;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
    overscan: 8,
    // The sticky header row sits above the first row inside the scroll container.
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const visible = virtualizer.getVirtualItems();
  const first = visible[0];
  const last = visible[visible.length - 1];
  const top = first ? first.start - ROW_HEIGHT : 0;
  const bottom = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    <div className="tracker-scroll" ref={scrollRef}>
      <table className="tracker-table" aria-rowcount={items.length + 1}>
        <caption className="visually-hidden">
          {t("tracker.table")}. {t("tracker.scoreHelp")}
        </caption>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c} className={`col-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th
                key={c}
                scope="col"
                className={`col-${c}`}
                aria-sort={c === column ? direction : undefined}
                title={c === "score" ? t("tracker.scoreHelp") : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(c)}>
                  {t(`tracker.column.${c}`)}
                  <span className="sort-icon" aria-hidden="true">
                    {c === column ? (direction === "ascending" ? "▲" : "▼") : "↕"}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <Spacer height={top} />}
          {visible.map((v) => {
            const item = items[v.index]!;
            return item.type === "group" ? (
              <GroupRow key={item.key} item={item} rowIndex={v.index + 2} onToggle={onToggleGroup} />
            ) : (
              <Row key={item.key} row={item.row} rowIndex={v.index + 2} hintId={hintId} />
            );
          })}
          {bottom > 0 && <Spacer height={bottom} />}
        </tbody>
      </table>
      <span id={hintId} hidden>
        {t("tracker.openOnMap")}
      </span>
    </div>
  );
}

/** Stands in for the rows above or below the rendered window, so the scrollbar and the header stay right. */
function Spacer({ height }: { height: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it is no row to assistive technology
    <tr className="tracker-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={COLUMNS.length} />
    </tr>
  );
}

const GroupRow = memo(function GroupRow({
  item,
  rowIndex,
  onToggle,
}: {
  item: GroupItem;
  rowIndex: number;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  let name: string;
  if (item.by === "status") name = t(`pains.status.${item.value}`);
  else if (item.by === "kind")
    name = `${KIND_ICON[item.value as keyof typeof KIND_ICON]} ${t(`pains.kind.${item.value}`)}`;
  else if (item.by === "owner") name = item.name || t("tracker.groupNoOwner");
  else if (item.by === "stage") name = item.name || t("tracker.groupNoStage");
  else name = item.name || t("tracker.groupNoJourney");
  const count = t("tracker.groupCount", { count: item.count, n: formatNumber(item.count) });
  return (
    <tr className="tracker-group-row" aria-rowindex={rowIndex}>
      <td colSpan={COLUMNS.length}>
        <button
          type="button"
          className="group-toggle"
          aria-expanded={!item.collapsed}
          onClick={() => onToggle(item.key)}
        >
          <span className="group-caret" aria-hidden="true">
            {item.collapsed ? "▸" : "▾"}
          </span>
          <span className="group-name">{name}</span>
          {item.detail && <span className="group-detail">{item.detail}</span>}
          <span className="group-count">{count}</span>
        </button>
      </td>
    </tr>
  );
});

const Row = memo(function Row({
  row,
  rowIndex,
  hintId,
}: {
  row: TrackerRow;
  rowIndex: number;
  hintId: string;
}) {
  const { t } = useTranslation();
  const { pain } = row;
  const none = t("tracker.none");
  const title = pain.title || t("tracker.untitled");
  return (
    <tr aria-rowindex={rowIndex} className={`tracker-row kind-${pain.kind}`}>
      <th scope="row" className="cell-title">
        <button
          type="button"
          className="title-button"
          disabled={!row.firstStepId}
          aria-describedby={row.firstStepId ? hintId : undefined}
          title={row.firstStepId ? undefined : t("tracker.notOnStep")}
          onClick={() => {
            if (row.firstStepId) runCommand("step.reveal", row.firstStepId);
          }}
        >
          {title}
        </button>
      </th>
      <td title={row.journeyName}>{row.journeyName || none}</td>
      <td title={row.stageName}>{row.stageName || none}</td>
      <td title={row.steps}>{row.steps || none}</td>
      <td>
        <span className={`kind-label kind-${pain.kind}`}>
          <span className="kind-icon" aria-hidden="true">
            {KIND_ICON[pain.kind]}
          </span>
          {t(`pains.kind.${pain.kind}`)}
        </span>
      </td>
      <td>
        <select
          className="cell-input"
          aria-label={t("tracker.severityOf", { title })}
          value={pain.severity}
          onChange={(e) => runCommand("pain.update", pain.id, { severity: Number(e.target.value) })}
        >
          {SEVERITIES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </td>
      <td>{t(`pains.frequency.${pain.frequency}`)}</td>
      <td className="cell-score">{row.score}</td>
      <td>
        <select
          className={`cell-input status-${pain.status}`}
          aria-label={t("tracker.statusOf", { title })}
          value={pain.status}
          onChange={(e) => runCommand("pain.update", pain.id, { status: e.target.value as PainStatus })}
        >
          {PAIN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`pains.status.${status}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <OwnerInput
          pain={pain}
          label={t("tracker.ownerOf", { title })}
          placeholder={t("tracker.ownerPlaceholder")}
        />
      </td>
      <td>
        <time dateTime={pain.updatedAt}>{formatDate(pain.updatedAt)}</time>
      </td>
    </tr>
  );
});

/**
 * The owner is saved when the field is left or Enter is pressed, not on every key, so a table
 * sorted or grouped by owner does not move the row away while it is being typed. Escape
 * puts back what was there.
 */
function OwnerInput({
  pain,
  label,
  placeholder,
}: {
  pain: PainPointRecord;
  label: string;
  placeholder: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && draft.trim() !== pain.owner)
      runCommand("pain.update", pain.id, { owner: draft.trim() });
    setDraft(null);
  };
  return (
    <input
      className="cell-input"
      aria-label={label}
      placeholder={placeholder}
      value={draft ?? pain.owner}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === "Enter") save();
        else if (e.key === "Escape" && draft !== null) {
          e.stopPropagation();
          setDraft(null);
        }
      }}
    />
  );
}
