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

/**
 * Stage and lane names pinned to the top and left edges of the canvas at a fixed type size,
 * so they stay readable at any zoom and while scrolling far into the map.
 */
export function BandHeaders({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const { journey, layout } = useBands(journeyId);
  const { x, y, zoom } = useViewport();
  if (!journey || !layout) return null;
  // Each row of headers moves as one layer: a pan changes one transform per axis, which the
  // compositor applies without repainting. Positions inside a row change only with the zoom.
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
            style={{ top: (layout.height + CURVE_GAP) * zoom, height: CURVE_HEIGHT * zoom }}
          >
            <span>
              {t("pains.curveTitle")}
              <span className="curve-key curve-key-customer">■ {t("pains.curveCustomer")}</span>
              <span className="curve-key curve-key-staff">● {t("pains.curveStaff")}</span>
            </span>
          </div>
          {layout.lanes.map((band) => {
            const lane = journey.lanes.find((l) => l.id === band.id);
            return (
              <div
                key={band.id}
                className="lane-header"
                style={{ top: band.y * zoom, height: band.height * zoom }}
              >
                <span>{lane?.name}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
