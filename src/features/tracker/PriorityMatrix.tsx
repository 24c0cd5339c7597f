import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "@/i18n";
import type { PainPointId } from "@/model/ids";
import { MAX_SCORE, type PainDetails, priorityScore } from "@/model/painpoints";
import { FREQUENCIES, PAIN_KINDS } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Filters } from "./Filters";
import { KIND_ICON, KindShape, KindSwatch } from "./kinds";
import {
  type Cell,
  cellAt,
  cellKey,
  cellOrigin,
  clampCell,
  countCells,
  DOT_LIMIT,
  layoutMatrix,
  MATRIX,
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  neighbourCell,
  type PlacedDot,
  type Point,
  SEVERITIES,
} from "./matrix";
import { buildRows, filterRows, noTrackerFilter, type TrackerFilter, type TrackerRow } from "./rows";

/** A pointer has to travel this far (in SVG units) before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

interface Gesture {
  id: PainPointId;
  pointerId: number;
  start: Point;
  /** From the pointer to the dot's centre, so the dot does not jump under the pointer. */
  offset: Point;
  moved: boolean;
}

interface Handlers {
  down: (event: PointerEvent<SVGGElement>, dot: PlacedDot) => void;
  move: (event: PointerEvent<SVGGElement>) => void;
  up: (event: PointerEvent<SVGGElement>, dot: PlacedDot) => void;
  cancel: () => void;
  click: (dot: PlacedDot) => void;
  key: (event: KeyboardEvent<SVGGElement>, dot: PlacedDot) => void;
}

/** From a pointer's client position to SVG units; the SVG keeps its aspect ratio when it shrinks. */
function toSvgPoint(svg: SVGSVGElement | null, clientX: number, clientY: number): Point | null {
  const rect = svg?.getBoundingClientRect();
  if (!rect || rect.width === 0 || rect.height === 0) return null;
  return {
    x: ((clientX - rect.left) * MATRIX_WIDTH) / rect.width,
    y: ((clientY - rect.top) * MATRIX_HEIGHT) / rect.height,
  };
}

function heat(cell: Cell): number {
  return 0.04 + (0.26 * priorityScore(cell)) / MAX_SCORE;
}

/**
 * Severity against frequency, each pain point a dot shaped by its kind. Click or Enter opens
 * it on the map; dragging it to another cell, or the arrow keys, re-rate it with one undoable
 * change. While a drag is in progress only the dot's drawn position changes.
 */
export function PriorityMatrix({
  filter,
  onFilter,
}: {
  filter: TrackerFilter;
  onFilter: (filter: TrackerFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rows = useStore((s) => buildRows(s.records));
  const { kind, journeyId, openOnly } = filter;
  const shown = useMemo(
    () => filterRows(rows, { ...noTrackerFilter, kind, journeyId, openOnly }),
    [rows, kind, journeyId, openOnly],
  );
  const dense = shown.length > DOT_LIMIT;
  const dots = useMemo(() => (dense ? [] : layoutMatrix(shown)), [shown, dense]);
  const counts = useMemo(() => (dense ? countCells(shown) : null), [shown, dense]);

  const svgRef = useRef<SVGSVGElement>(null);
  const gesture = useRef<Gesture | null>(null);
  const suppressClick = useRef(false);
  const refocus = useRef<PainPointId | null>(null);
  const [drag, setDrag] = useState<{ id: PainPointId; at: Point } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const frequencyWord = (frequency: string) =>
    t(`pains.frequency.${frequency}`).toLocaleLowerCase(i18n.language);
  const labelOf = (row: TrackerRow) =>
    t(row.firstStepId ? "tracker.matrix.dot" : "tracker.matrix.dotUnattached", {
      kind: t(`pains.kind.${row.pain.kind}`),
      title: row.pain.title || t("tracker.untitled"),
      severity: row.pain.severity,
      frequency: frequencyWord(row.pain.frequency),
    });

  const rerate = (row: TrackerRow, cell: Cell, both: boolean) => {
    const current = clampCell(row.pain);
    if (cell.severity === current.severity && cell.frequency === current.frequency) return;
    const details: PainDetails = both
      ? { severity: cell.severity, frequency: cell.frequency }
      : cell.severity !== current.severity
        ? { severity: cell.severity }
        : { frequency: cell.frequency };
    runCommand("pain.update", row.id, details);
    setAnnouncement(
      t("tracker.matrix.rerated", {
        title: row.pain.title,
        severity: cell.severity,
        frequency: frequencyWord(cell.frequency),
      }),
    );
  };
  const open = (row: TrackerRow) => {
    if (row.firstStepId) runCommand("step.reveal", row.firstStepId);
  };

  // The handlers stay the same object so memoised dots do not redraw; they read the latest closures.
  const latest = useRef({ rerate, open });
  latest.current = { rerate, open };
  const handlers = useMemo<Handlers>(
    () => ({
      down(event, dot) {
        suppressClick.current = false;
        if (event.button !== 0 || gesture.current) return;
        const at = toSvgPoint(svgRef.current, event.clientX, event.clientY);
        if (!at) return;
        event.currentTarget.setPointerCapture?.(event.pointerId);
        gesture.current = {
          id: dot.row.id,
          pointerId: event.pointerId,
          start: at,
          offset: { x: dot.x - at.x, y: dot.y - at.y },
          moved: false,
        };
      },
      move(event) {
        const g = gesture.current;
        if (!g || g.pointerId !== event.pointerId) return;
        const at = toSvgPoint(svgRef.current, event.clientX, event.clientY);
        if (!at) return;
        if (!g.moved && Math.hypot(at.x - g.start.x, at.y - g.start.y) < DRAG_THRESHOLD) return;
        g.moved = true;
        setDrag({ id: g.id, at: { x: at.x + g.offset.x, y: at.y + g.offset.y } });
      },
      up(event, dot) {
        const g = gesture.current;
        if (!g || g.pointerId !== event.pointerId) return;
        gesture.current = null;
        setDrag(null);
        if (!g.moved) return;
        // A drag ends in the click event that follows; that click must not open the map.
        suppressClick.current = true;
        const at = toSvgPoint(svgRef.current, event.clientX, event.clientY);
        if (at) latest.current.rerate(dot.row, cellAt(at), true);
      },
      cancel() {
        gesture.current = null;
        setDrag(null);
      },
      click(dot) {
        if (suppressClick.current) {
          suppressClick.current = false;
          return;
        }
        latest.current.open(dot.row);
      },
      key(event, dot) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          latest.current.open(dot.row);
        } else if (event.key === "Escape" && gesture.current) {
          event.stopPropagation();
          gesture.current = null;
          setDrag(null);
        } else if (ARROWS.has(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          const next = neighbourCell(
            clampCell(dot.row.pain),
            event.key as Parameters<typeof neighbourCell>[1],
          );
          if (!next) return;
          refocus.current = dot.row.id;
          latest.current.rerate(dot.row, next, false);
        }
      },
    }),
    [],
  );

  // A re-rated dot moves to its new place in the tab order; keep the keyboard on it.
  useEffect(() => {
    const painId = refocus.current;
    if (!painId) return;
    refocus.current = null;
    const element = svgRef.current?.querySelector<SVGGElement>(`[data-pain-id="${painId}"]`);
    if (element && document.activeElement !== element) element.focus();
  });

  const dropCell = drag ? cellAt(drag.at) : null;
  const count = formatNumber(shown.length);
  const titleId = `${id}-title`;
  const helpId = `${id}-help`;

  return (
    <div className="matrix-view">
      <div className="tracker-toolbar">
        <Filters filter={filter} onChange={onFilter} />
        <p className="tracker-count">
          {t("tracker.count", {
            count: shown.length,
            n: count,
          })}
        </p>
      </div>
      <p className="matrix-help" id={helpId}>
        {dense ? t("tracker.matrix.dense", { n: count }) : t("tracker.matrix.help")}
      </p>
      <div className="matrix-scroll">
        <svg
          ref={svgRef}
          className="matrix-svg"
          viewBox={`0 0 ${MATRIX_WIDTH} ${MATRIX_HEIGHT}`}
          width={MATRIX_WIDTH}
          height={MATRIX_HEIGHT}
          aria-labelledby={titleId}
          aria-describedby={helpId}
        >
          <title id={titleId}>{t("tracker.matrix.title")}</title>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> is not focusable; the axes are decoration, each dot names its own rating */}
          <g className="matrix-grid" aria-hidden="true">
            {SEVERITIES.map((severity) =>
              FREQUENCIES.map((frequency) => {
                const origin = cellOrigin({ severity, frequency });
                return (
                  <rect
                    key={`${severity}:${frequency}`}
                    className="matrix-cell"
                    x={origin.x}
                    y={origin.y}
                    width={MATRIX.cellWidth}
                    height={MATRIX.cellHeight}
                    fillOpacity={heat({ severity, frequency })}
                  />
                );
              }),
            )}
            {SEVERITIES.map((severity) => {
              const origin = cellOrigin({ severity, frequency: "rare" });
              return (
                <text
                  key={severity}
                  className="matrix-tick"
                  x={MATRIX.left - 12}
                  y={origin.y + MATRIX.cellHeight / 2}
                  textAnchor="end"
                  dominantBaseline="middle"
                >
                  {severity}
                </text>
              );
            })}
            {FREQUENCIES.map((frequency) => {
              const origin = cellOrigin({ severity: 1, frequency });
              return (
                <text
                  key={frequency}
                  className="matrix-tick"
                  x={origin.x + MATRIX.cellWidth / 2}
                  y={origin.y + MATRIX.cellHeight + 22}
                  textAnchor="middle"
                >
                  {t(`pains.frequency.${frequency}`)}
                </text>
              );
            })}
            <text
              className="matrix-axis"
              x={MATRIX.left + (MATRIX.cellWidth * FREQUENCIES.length) / 2}
              y={MATRIX_HEIGHT - 14}
              textAnchor="middle"
            >
              {t("tracker.matrix.frequencyAxis")} →
            </text>
            <text
              className="matrix-axis"
              transform={`translate(26 ${MATRIX.top + (MATRIX.cellHeight * SEVERITIES.length) / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {t("tracker.matrix.severityAxis")} →
            </text>
          </g>
          {dropCell && (
            <rect
              className="matrix-drop"
              {...cellOrigin(dropCell)}
              width={MATRIX.cellWidth}
              height={MATRIX.cellHeight}
            />
          )}
          {counts
            ? [...counts.values()].map(({ cell, counts: byKind }) => {
                const origin = cellOrigin(cell);
                const present = PAIN_KINDS.filter((k) => byKind[k] > 0);
                const label = t("tracker.matrix.cellCounts", {
                  severity: cell.severity,
                  frequency: frequencyWord(cell.frequency),
                  counts: present
                    .map(
                      (k) =>
                        `${formatNumber(byKind[k])} ${t(`tracker.kindPlural.${k}`).toLocaleLowerCase(i18n.language)}`,
                    )
                    .join(", "),
                });
                return (
                  // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a <g> is not interactive; the counts read as one label
                  <g key={cellKey(cell)} role="img" aria-label={label}>
                    {present.map((k, i) => (
                      <text
                        key={k}
                        className="matrix-count"
                        x={origin.x + MATRIX.padding}
                        y={origin.y + MATRIX.padding + 18 + i * 22}
                      >
                        {KIND_ICON[k]} {byKind[k]}
                      </text>
                    ))}
                  </g>
                );
              })
            : dots.map((dot) => (
                <Dot
                  key={dot.row.id}
                  dot={dot}
                  label={labelOf(dot.row)}
                  at={drag?.id === dot.row.id ? drag.at : null}
                  handlers={handlers}
                />
              ))}
        </svg>
        <ul className="matrix-legend" aria-label={t("tracker.matrix.legend")}>
          {PAIN_KINDS.map((k) => (
            <li key={k}>
              <KindSwatch kind={k} />
              <span aria-hidden="true">{KIND_ICON[k]}</span>
              {t(`pains.kind.${k}`)}
            </li>
          ))}
          <li>
            <span className="heat-swatch" aria-hidden="true" />
            {t("tracker.matrix.heatLegend")}
          </li>
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

const Dot = memo(function Dot({
  dot,
  label,
  at,
  handlers,
}: {
  dot: PlacedDot;
  label: string;
  at: Point | null;
  handlers: Handlers;
}) {
  const x = at?.x ?? dot.x;
  const y = at?.y ?? dot.y;
  const { row, r } = dot;
  // The whole line (dot and title) answers the pointer and shows the focus ring.
  const hit = dot.label
    ? {
        x: -r - 4,
        y: -MATRIX.lineHeight / 2 + 1,
        width: MATRIX.cellWidth - MATRIX.padding - 2,
        height: MATRIX.lineHeight - 2,
      }
    : { x: -r - 3, y: -r - 3, width: 2 * r + 6, height: 2 * r + 6 };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it has the button role, focus and keys
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      data-pain-id={row.id}
      className={`matrix-dot kind-${row.pain.kind}${at ? " dragging" : ""}`}
      transform={`translate(${x} ${y})`}
      onPointerDown={(e) => handlers.down(e, dot)}
      onPointerMove={handlers.move}
      onPointerUp={(e) => handlers.up(e, dot)}
      onPointerCancel={handlers.cancel}
      onLostPointerCapture={handlers.cancel}
      onClick={() => handlers.click(dot)}
      onKeyDown={(e) => handlers.key(e, dot)}
    >
      <title>{row.pain.title}</title>
      <rect className="matrix-hit" rx={4} {...hit} />
      <KindShape kind={row.pain.kind} r={r} />
      {dot.label && (
        <text className="matrix-label" x={dot.label.x - dot.x} y={0} dominantBaseline="central">
          {dot.label.text}
        </text>
      )}
    </g>
  );
});
