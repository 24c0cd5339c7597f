import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { PriorityMatrix } from "./PriorityMatrix";
import { noTrackerFilter, type TrackerFilter } from "./rows";
import { defaultTableSettings, type TableSettings, TrackerTable } from "./TrackerTable";
import "./tracker.css";

type Tab = "table" | "matrix";
const TABS: readonly Tab[] = ["table", "matrix"];

/**
 * Every pain point across all journeys: a sortable, filterable table and a priority matrix.
 * Filters are shared by both tabs; sort, grouping and search belong to the table. They are
 * session state of this view and last while it is open.
 */
export function TrackerView() {
  const { t } = useTranslation();
  const tab = useStore((s) => (s.route.view === "tracker" ? s.route.tab : "table"));
  const [chosen, setFilter] = useState<TrackerFilter>(noTrackerFilter);
  // A journey deleted (or undone away) while it is the filter: show all journeys again.
  const journeyExists = useStore(
    (s) => chosen.journeyId === "all" || s.records[chosen.journeyId]?.typeName === "journey",
  );
  const filter = useMemo(
    () => (journeyExists ? chosen : { ...chosen, journeyId: "all" as const }),
    [chosen, journeyExists],
  );
  const [table, setTable] = useState<TableSettings>(defaultTableSettings);
  const id = useId();
  const tabId = (name: Tab) => `${id}-tab-${name}`;
  const panelId = `${id}-panel`;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    let next: Tab | undefined;
    if (event.key === "ArrowRight") next = TABS[(index + 1) % TABS.length];
    else if (event.key === "ArrowLeft") next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === "Home") next = TABS[0];
    else if (event.key === "End") next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    runCommand("view.tracker", next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <div className="tracker">
      <div className="tracker-header">
        <h1>{t("tracker.title")}</h1>
        <div className="tracker-tabs" role="tablist" aria-label={t("tracker.views")}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={tabId(name)}
              aria-selected={tab === name}
              aria-controls={panelId}
              tabIndex={tab === name ? 0 : -1}
              className="tracker-tab"
              onClick={() => runCommand("view.tracker", name)}
              onKeyDown={onTabKey}
            >
              {t(name === "table" ? "tracker.tabTable" : "tracker.tabMatrix")}
            </button>
          ))}
        </div>
      </div>
      <div className="tracker-panel" role="tabpanel" id={panelId} aria-labelledby={tabId(tab)}>
        {tab === "table" ? (
          <TrackerTable filter={filter} onFilter={setFilter} settings={table} onSettings={setTable} />
        ) : (
          <PriorityMatrix filter={filter} onFilter={setFilter} />
        )}
      </div>
    </div>
  );
}
