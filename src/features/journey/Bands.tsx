import { useViewport, ViewportPortal } from "@xyflow/react";
import { memo } from "react";
import type { JourneyId } from "@/model/ids";
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT } from "@/model/layout";
import { getJourney } from "@/model/records";
import { journeyLayout } from "@/store/canvas";
import { useStore } from "@/store/store";

function useBands(journeyId: JourneyId) {
  const journey = useStore((s) => getJourney(s.records, journeyId));
  const layout = useStore((s) => (journey ? journeyLayout(s.records, journey) : null));
  return { journey, layout };
}

/** Stage columns and lane rows drawn behind the steps, in canvas coordinates. */
export const BandGrid = memo(function BandGrid({ journeyId }: { journeyId: JourneyId }) {
  const { layout } = useBands(journeyId);
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
  const { journey, layout } = useBands(journeyId);
  const { x, y, zoom } = useViewport();
  if (!journey || !layout) return null;
  return (
    <div className="band-headers">
      <div className="stage-headers">
        {layout.stages.map((band) => {
          const stage = journey.stages.find((s) => s.id === band.id);
          return (
            <div
              key={band.id}
              className="stage-header"
              style={{ transform: `translateX(${band.x * zoom + x}px)`, width: band.width * zoom }}
            >
              <span>{stage?.name}</span>
            </div>
          );
        })}
      </div>
      <div className="lane-headers">
        {layout.lanes.map((band) => {
          const lane = journey.lanes.find((l) => l.id === band.id);
          return (
            <div
              key={band.id}
              className="lane-header"
              style={{ transform: `translateY(${band.y * zoom + y}px)`, height: band.height * zoom }}
            >
              <span>{lane?.name}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
