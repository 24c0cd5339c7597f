import { useViewport, ViewportPortal } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { CURVE_GAP, CURVE_HEIGHT } from "@/model/curve";
import type { JourneyId } from "@/model/ids";
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from "@/model/layout";
import { getJourney } from "@/model/records";
import { journeyLayout, journeyParts, stepSummary } from "@/store/canvas";
import { useStore } from "@/store/store";
import { heatLevel } from "./StepNode";

function useBands(journeyId: JourneyId) {
  const journey = useStore((s) => getJourney(s.records, journeyId));
  const layout = useStore((s) => (journey ? journeyLayout(s.records, journey) : null));
  return { journey, layout };
}

const cellHeatCache = new WeakMap<object, Map<string, number>>();

/** The highest heat level of the steps in each stage × lane cell. */
function useCellHeat(journeyId: JourneyId): Map<string, number> | null {
  return useStore((s) => {
    if (!s.heatView) return null;
    const { steps, pains } = journeyParts(s.records, journeyId);
    let cells = cellHeatCache.get(pains);
    if (!cells) {
      cells = new Map();
      for (const step of steps) {
        const level = heatLevel(stepSummary(s.records, journeyId, step.id).score);
        const key = `${step.stageId}|${step.laneId}`;
        cells.set(key, Math.max(cells.get(key) ?? 0, level));
      }
      cellHeatCache.set(pains, cells);
    }
    return cells;
  });
}

/** Stage columns and lane rows drawn behind the steps, in canvas coordinates; heat shades the cells. */
export const BandGrid = memo(function BandGrid({ journeyId }: { journeyId: JourneyId }) {
  const { layout } = useBands(journeyId);
  const heat = useCellHeat(journeyId);
  if (!layout) return null;
  const top = STAGE_HEADER_HEIGHT;
  const left = LANE_HEADER_WIDTH;
  return (
    <ViewportPortal>
      <div className="band-grid" aria-hidden="true" style={{ width: layout.width, height: layout.height }}>
        {layout.lanes.map((lane, i) => (
          <div
            key={lane.id}
            className={`lane-band ${i % 2 ? "odd" : "even"}`}
            style={{ left, top: lane.y, width: layout.width - left, height: lane.height }}
          />
        ))}
        {heat &&
          layout.stages.flatMap((stage) =>
            layout.lanes.map((lane) => {
              const level = heat.get(`${stage.id}|${lane.id}`) ?? 0;
              return level > 0 ? (
                <div
                  key={`${stage.id}|${lane.id}`}
                  className={`heat-cell heat-${level}`}
                  style={{ left: stage.x, top: lane.y, width: stage.width, height: lane.height }}
                />
              ) : null;
            }),
          )}
        {layout.stages.map((stage) => (
          <div
            key={stage.id}
            className="stage-band"
            style={{ left: stage.x, top, width: stage.width, height: layout.height - top }}
          />
        ))}
      </div>
    </ViewportPortal>
  );
});

/** Line heights of a lane name and of the curve's colour key, in CSS pixels (app.css, .band-name). */
export const NAME_LINE = 18;
export const KEY_LINE = 16;
/** At most this many lines of a lane name, however tall its band. */
const MAX_NAME_LINES = 3;
/** The border under each lane header. */
const HEADER_BORDER = 1;
/** The gap between the curve's title and each line of its key (app.css, .curve-header). */
const KEY_GAP = 2;

/**
 * How a lane header fills a band of the given height on screen: how many lines of the name it
 * shows (0 when not even one fits, so the name is only there for screen readers and the
 * tooltip), and, for the emotion curve, whether its two-line colour key fits below the title.
 */
export function headerFit(height: number, withKey = false): { lines: number; key: boolean } {
  const room = height - HEADER_BORDER;
  const lines = (space: number) => Math.max(0, Math.min(MAX_NAME_LINES, Math.floor(space / NAME_LINE)));
  const keyRoom = 2 * (KEY_LINE + KEY_GAP);
  // The key goes first when room is short: a name cut to nothing helps nobody.
  if (withKey && lines(room - keyRoom) >= 1) return { lines: lines(room - keyRoom), key: true };
  return { lines: lines(room), key: false };
}

function nameStyle(lines: number) {
  return { WebkitLineClamp: Math.max(1, lines) };
}

/**
 * Stage and lane names pinned to the top and left edges of the canvas at a fixed type size,
 * so they stay readable at any zoom and while scrolling far into the map. A lane name shows as
 * many lines as its band has room for on screen; the full name stays in the text (for screen
 * readers) and in the tooltip.
 */
export function BandHeaders({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const { journey, layout } = useBands(journeyId);
  const { x, y, zoom } = useViewport();
  if (!journey || !layout) return null;
  const curveHeight = CURVE_HEIGHT * zoom;
  const curve = headerFit(curveHeight, true);
  // Each row of headers moves as one layer: a pan changes one transform per axis, which the
  // compositor applies without repainting. Positions and fits inside a row change only with the zoom.
  return (
    <div className="band-headers">
      <div className="stage-headers">
        <div className="header-track" style={{ transform: `translateX(${x}px)` }}>
          {layout.stages.map((band) => {
            const stage = journey.stages.find((s) => s.id === band.id);
            return (
              <div
                key={band.id}
                className="stage-header"
                title={stage?.name}
                style={{ left: band.x * zoom, width: band.width * zoom }}
              >
                <span>{stage?.name}</span>
              </div>
            );
          })}
        </div>
      </div>
      <div className="lane-headers">
        <div className="header-track" style={{ transform: `translateY(${y}px)` }}>
          <div
            className="lane-header curve-header"
            title={`${t("pains.curveTitle")}: ■ ${t("pains.curveCustomer")}, ● ${t("pains.curveStaff")}`}
            style={{ top: (layout.height + CURVE_GAP) * zoom, height: curveHeight }}
          >
            <span className={curve.lines ? "band-name" : "visually-hidden"} style={nameStyle(curve.lines)}>
              {t("pains.curveTitle")}
            </span>
            <span className={curve.key ? "curve-keys" : "curve-keys visually-hidden"}>
              <span className="curve-key curve-key-customer">■ {t("pains.curveCustomer")}</span>
              <span className="curve-key curve-key-staff">● {t("pains.curveStaff")}</span>
            </span>
          </div>
          {layout.lanes.map((band) => {
            const lane = journey.lanes.find((l) => l.id === band.id);
            const fit = headerFit(band.height * zoom);
            return (
              <div
                key={band.id}
                className="lane-header"
                title={lane?.name}
                style={{ top: band.y * zoom, height: band.height * zoom }}
              >
                <span className={fit.lines ? "band-name" : "visually-hidden"} style={nameStyle(fit.lines)}>
                  {lane?.name}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
