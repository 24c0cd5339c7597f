import { useTranslation } from "react-i18next";
import { isFiltering, type PainFilter, SEVERITY_MAX, SEVERITY_MIN } from "@/model/painpoints";
import type { PainKind } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { PainIcon } from "@/ui/PainIcon";

/** The heat legend and the pain filter, floating over the map while either is in use. */
export function MapPanel({ filterOpen }: { filterOpen: boolean }) {
  const { t } = useTranslation();
  const heatView = useStore((s) => s.heatView);
  const filter = useStore((s) => s.painFilter);
  if (!heatView && !filterOpen) return null;
  const set = (next: Partial<PainFilter>) => runCommand("view.setPainFilter", { ...filter, ...next });
  const toggleKind = (kind: PainKind, on: boolean) =>
    set({ kinds: on ? [...filter.kinds, kind] : filter.kinds.filter((k) => k !== kind) });
  return (
    <div className="map-panel">
      {heatView && (
        <section aria-labelledby="heat-legend-title">
          <h2 id="heat-legend-title">{t("pains.heatLegend")}</h2>
          <ul className="legend">
            {[0, 1, 2, 3, 4].map((level) => (
              <li key={level}>
                <span className={`legend-swatch heat-${level}`} aria-hidden="true" />
                {t(`pains.heatLevel.${level}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {filterOpen && (
        <section aria-labelledby="pain-filter-title">
          <h2 id="pain-filter-title">{t("pains.filter")}</h2>
          <div className="filter-form">
            <span>{t("pains.filterKinds")}</span>
            {(["thundercloud", "blister", "brightspot"] as const).map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={filter.kinds.includes(kind)}
                  onChange={(e) => toggleKind(kind, e.target.checked)}
                />
                <PainIcon kind={kind} /> {t(`pains.kind.${kind}`)}
              </label>
            ))}
            <label>
              <input
                type="checkbox"
                checked={filter.openOnly}
                onChange={(e) => set({ openOnly: e.target.checked })}
              />
              {t("pains.onlyOpen")}
            </label>
            <label>
              {t("pains.minSeverity")}
              <select
                value={filter.minSeverity}
                onChange={(e) => set({ minSeverity: Number(e.target.value) })}
              >
                {Array.from({ length: SEVERITY_MAX - SEVERITY_MIN + 1 }, (_, i) => i + SEVERITY_MIN).map(
                  (n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ),
                )}
              </select>
            </label>
            <button
              type="button"
              className="button small"
              disabled={!isFiltering(filter)}
              onClick={() =>
                runCommand("view.setPainFilter", { kinds: [], openOnly: false, minSeverity: SEVERITY_MIN })
              }
            >
              {t("pains.clearFilter")}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
