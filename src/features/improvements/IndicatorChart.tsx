import type { TFunction } from "i18next";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type uPlot from "uplot";
import { formatDate, formatDay } from "@/i18n";
import { baseline, type ImprovementMarker, latest, sortMeasurements } from "@/model/improvements";
import type { IndicatorRecord, Measurement } from "@/model/types";
import { chartSummary, dateToSeconds, formatNumber, formatPercent, formatValue, withUnit } from "./format";

/**
 * An indicator's series drawn with uPlot: the measurements, the baseline, the target, and the
 * dates of its improvements as numbered vertical lines. uPlot is loaded on demand (its own
 * chunk and stylesheet, bundled by Vite, so the strict style-src 'self' policy holds: uPlot
 * sets styles only through element.style, never with a <style> element).
 *
 * Every chart has a text alternative: its accessible name is a one-sentence summary, and a
 * table holds the same numbers. Where a canvas cannot be drawn (jsdom, a locked-down browser)
 * or uPlot fails to load, the figure is the table alone.
 */

type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | undefined;

function loadUPlot(): Promise<UPlotClass> {
  if (!loading) {
    loading = Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(([m]) => m.default);
    // A failed load (offline before the chunk was cached) may be tried again later.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

let drawable: boolean | undefined;

/** Whether charts can be drawn here: uPlot needs matchMedia, ResizeObserver and a 2D canvas. */
export function canDrawCharts(): boolean {
  if (drawable !== undefined) return drawable;
  if (
    typeof window === "undefined" ||
    typeof window.matchMedia !== "function" ||
    typeof ResizeObserver === "undefined"
  ) {
    drawable = false;
    return drawable;
  }
  try {
    drawable = document.createElement("canvas").getContext("2d") !== null;
  } catch {
    drawable = false;
  }
  return drawable;
}

/** Colours of the chart; each line also has its own dash pattern, so none relies on colour. */
const COLOUR = {
  series: "#1d4e89",
  baseline: "#4a5968",
  target: "#2b6a2f",
  marker: "#b35900",
  axis: "#1b2733",
  grid: "#dde3ea",
};
const DASH = { baseline: [8, 5], target: [2, 4], marker: [5, 4] };
const HEIGHT = 240;

interface ChartProps {
  indicator: IndicatorRecord;
  markers: readonly ImprovementMarker[];
  /** Buttons for a measurement's row (edit, remove); with them the table is always shown. */
  actions?: (measurement: Measurement) => ReactNode;
}

export function IndicatorChart({ indicator, markers, actions }: ChartProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const captionId = `${id}-caption`;
  const tableId = `${id}-table`;
  const area = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const list = sortMeasurements(indicator.measurements);
  const draw = canDrawCharts() && !failed && list.length > 0;
  const first = baseline(indicator);
  const last = latest(indicator);
  const summary = chartSummary(t, lang, indicator);

  // Redraw when the numbers or the markers change; the key is built from exactly what is drawn.
  const drawKey = JSON.stringify([
    list.map((m) => [m.date, m.value]),
    indicator.target,
    indicator.unit,
    markers.map((m) => m.date),
  ]);
  useEffect(() => {
    const container = area.current;
    if (!draw || !container) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    const [points, target, unit, dates] = JSON.parse(drawKey) as [
      [string, number][],
      number | null,
      string,
      string[],
    ];
    loadUPlot()
      .then((UPlot) => {
        if (cancelled) return;
        const width = Math.max(240, container.clientWidth || 480);
        chart = new UPlot(
          chartOptions(points, target, unit, dates, width, lang),
          chartData(points, target),
          container,
        );
        observer = new ResizeObserver(() => {
          const next = Math.max(240, container.clientWidth);
          if (chart && next !== chart.width) chart.setSize({ width: next, height: HEIGHT });
        });
        observer.observe(container);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [draw, drawKey, lang]);

  const collapsible = draw && !actions;
  const showTable = !collapsible || tableOpen;
  return (
    <figure className="indicator-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="visually-hidden">
        {summary}
      </figcaption>
      {draw && (
        <>
          <div ref={area} className="chart-area" aria-hidden="true" />
          <ul className="chart-legend" aria-label={t("improvements.chart.legend")}>
            <li className="legend-item">
              <span className="legend-line legend-series" aria-hidden="true" />
              {t("improvements.chart.series")}
            </li>
            {first && (
              <li className="legend-item">
                <span className="legend-line legend-baseline" aria-hidden="true" />
                {t("improvements.chart.baseline", { value: formatValue(first.value, indicator.unit, lang) })}
              </li>
            )}
            {indicator.target !== null && (
              <li className="legend-item">
                <span className="legend-line legend-target" aria-hidden="true" />
                {t("improvements.chart.target", {
                  value: formatValue(indicator.target, indicator.unit, lang),
                })}
              </li>
            )}
          </ul>
        </>
      )}
      {!draw && list.length > 0 && failed && <p className="hint">{t("improvements.chart.noCanvas")}</p>}
      {markers.length > 0 && (
        <div className="chart-markers">
          <span className="chart-markers-title">{t("improvements.chart.markers")}</span>
          <ol>
            {markers.map((m, i) => (
              <li key={`${m.improvementId}-${m.edge}`} className="legend-item">
                {draw && <span className="legend-line legend-marker" aria-hidden="true" />}
                {t("improvements.chart.marker", {
                  n: i + 1,
                  title: m.title,
                  edge: t(`improvements.chart.markerEdge.${m.edge}`),
                  date: formatDay(m.date),
                })}
              </li>
            ))}
          </ol>
        </div>
      )}
      {collapsible && list.length > 0 && (
        <button
          type="button"
          className="button small quiet table-toggle"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          onClick={() => setTableOpen((open) => !open)}
        >
          {t(tableOpen ? "improvements.chart.hideTable" : "improvements.chart.showTable")}
        </button>
      )}
      {list.length > 0 && (
        <div id={tableId} className={showTable ? "chart-table-wrap" : "visually-hidden"}>
          <table className="data-table chart-table">
            <caption className="visually-hidden">
              {t("improvements.chart.tableCaption", { name: indicator.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("improvements.chart.date")}</th>
                <th scope="col" className="numeric">
                  {t("improvements.chart.value")}
                </th>
                <th scope="col" className="numeric">
                  {t("improvements.chart.fromBaseline")}
                </th>
                <th scope="col">{t("improvements.chart.note")}</th>
                {actions && <th scope="col">{t("improvements.measurements.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {formatDay(m.date)}{" "}
                    {m === first && <span className="row-tag">{t("improvements.chart.baselineTag")}</span>}
                    {m === last && m !== first && (
                      <span className="row-tag">{t("improvements.chart.latestTag")}</span>
                    )}
                  </th>
                  <td className="numeric">{formatValue(m.value, indicator.unit, lang)}</td>
                  <td className="numeric">
                    {first && m !== first ? fromBaseline(m, first, indicator.unit, lang, t) : "—"}
                  </td>
                  <td>{m.note}</td>
                  {actions && <td className="row-actions">{actions(m)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

/**
 * "−120 minutes (−67 %)". When the unit is itself a percentage, the difference is in
 * percentage points ("+7 percentage points (+11 %)"), never "+7 % (+11 %)".
 */
function fromBaseline(m: Measurement, first: Measurement, unit: string, lang: string, t: TFunction): string {
  const change = m.value - first.value;
  const signed = `${change > 0 ? "+" : ""}${formatNumber(change, lang)}`;
  const text =
    unit.trim() === "%"
      ? t("improvements.chart.points", { value: signed, count: Math.abs(change) })
      : withUnit(signed, unit);
  return first.value === 0
    ? text
    : `${text} (${formatPercent((change / Math.abs(first.value)) * 100, lang)})`;
}

function chartData(points: [string, number][], target: number | null): uPlot.AlignedData {
  const xs = points.map(([date]) => dateToSeconds(date));
  const ys = points.map(([, value]) => value);
  const base = ys[0]!;
  return [xs, ys, ys.map(() => base), ys.map(() => target)];
}

function chartOptions(
  points: [string, number][],
  target: number | null,
  unit: string,
  markerDates: string[],
  width: number,
  lang: string,
): uPlot.Options {
  const times = [...points.map(([d]) => d), ...markerDates].map(dateToSeconds);
  const values = [...points.map(([, v]) => v), ...(target === null ? [] : [target])];
  const xMin = Math.min(...times);
  const xMax = Math.max(...times);
  const xPad = Math.max((xMax - xMin) * 0.06, 20 * 86400);
  const yMin = Math.min(...values);
  const yMax = Math.max(...values);
  const yPad = Math.max((yMax - yMin) * 0.12, Math.abs(yMax) * 0.1, 1);
  const markerXs = markerDates.map(dateToSeconds);
  const font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const axis = {
    stroke: COLOUR.axis,
    font,
    grid: { stroke: COLOUR.grid, width: 1 },
    ticks: { stroke: COLOUR.grid, width: 1 },
  };
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false, drag: { x: false, y: false } },
    scales: {
      x: { time: true, range: () => [xMin - xPad, xMax + xPad] },
      y: { range: () => [Math.min(0, yMin - yPad), yMax + yPad] },
    },
    axes: [
      {
        ...axis,
        // uPlot names months in English; the dates follow the interface language instead.
        values: (_u, ticks) => {
          const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 0;
          const options: Intl.DateTimeFormatOptions =
            step >= 28 * 86400 ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" };
          return ticks.map((seconds) => formatDate(seconds * 1000, options));
        },
      },
      {
        ...axis,
        size: 64,
        values: (_u, ticks) => ticks.map((v) => withUnit(formatNumber(v, lang), unit === "%" ? "%" : "")),
      },
    ],
    series: [
      {},
      { stroke: COLOUR.series, width: 2.5, points: { show: true, size: 8, fill: COLOUR.series } },
      { stroke: COLOUR.baseline, width: 1.5, dash: DASH.baseline, points: { show: false } },
      { stroke: COLOUR.target, width: 2, dash: DASH.target, points: { show: false }, spanGaps: true },
    ],
    hooks: {
      draw: [
        (u) => {
          if (markerXs.length === 0) return;
          const ratio = window.devicePixelRatio || 1;
          const { ctx } = u;
          const { top, height } = u.bbox;
          ctx.save();
          ctx.strokeStyle = COLOUR.marker;
          ctx.fillStyle = COLOUR.marker;
          ctx.lineWidth = 2 * ratio;
          ctx.setLineDash(DASH.marker.map((d) => d * ratio));
          ctx.font = `bold ${12 * ratio}px system-ui, sans-serif`;
          ctx.textAlign = "center";
          ctx.textBaseline = "top";
          markerXs.forEach((x, i) => {
            const px = u.valToPos(x, "x", true);
            ctx.beginPath();
            ctx.moveTo(px, top + 16 * ratio);
            ctx.lineTo(px, top + height);
            ctx.stroke();
            ctx.fillText(String(i + 1), px, top + 2 * ratio);
          });
          ctx.restore();
        },
      ],
    },
  };
}
