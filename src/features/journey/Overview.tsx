import { Panel, useStore as useFlowStore, useStoreApi } from "@xyflow/react";
import { XYMinimap, type XYMinimapInstance } from "@xyflow/system";
import { memo, useEffect, useMemo, useRef } from "react";
import { CURVE_GAP, CURVE_HEIGHT } from "@/model/curve";
import type { JourneyId } from "@/model/ids";
import { STEP_HEIGHT, STEP_WIDTH } from "@/model/layout";
import { getJourney } from "@/model/records";
import { journeyLayout } from "@/store/canvas";
import { useStore } from "@/store/store";

/**
 * The map in small, with a frame around what the canvas shows; drag in it to pan, wheel to zoom.
 *
 * Drawn in two layers instead of React Flow's MiniMap: the steps as one path on a fixed view box
 * of the whole journey, which only changes when steps do, and above it the frame and its shade
 * on a layer of their own. React Flow's MiniMap widens its view box to take in the viewport, so
 * every frame of a pan laid out and repainted a rectangle per step.
 */

const WIDTH = 200;
const HEIGHT = 150;
/** Room around the journey, in overview pixels. */
const PADDING = 5;

interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Canvas units per overview pixel. */
  scale: number;
}

function useViewBox(journeyId: JourneyId): ViewBox | null {
  const journey = useStore((s) => getJourney(s.records, journeyId));
  const layout = useStore((s) => (journey ? journeyLayout(s.records, journey) : null));
  return useMemo(() => {
    if (!layout) return null;
    const content = { width: layout.width, height: layout.height + CURVE_GAP + CURVE_HEIGHT };
    const scale = Math.max(content.width / (WIDTH - 2 * PADDING), content.height / (HEIGHT - 2 * PADDING));
    const width = WIDTH * scale;
    const height = HEIGHT * scale;
    return { x: (content.width - width) / 2, y: (content.height - height) / 2, width, height, scale };
  }, [layout]);
}

const rect = (x: number, y: number, w: number, h: number) => `M${x},${y}h${w}v${h}h${-w}z`;

/** Every step as one path (and the selected ones as another): two elements, however many steps. */
const Steps = memo(function Steps() {
  const nodes = useStore((s) => s.canvas.nodes);
  const [all, selected] = useMemo(() => {
    let all = "";
    let selected = "";
    for (const node of nodes) {
      const d = rect(node.position.x, node.position.y, STEP_WIDTH, STEP_HEIGHT);
      if (node.selected) selected += d;
      else all += d;
    }
    return [all, selected];
  }, [nodes]);
  return (
    <>
      <path className="react-flow__minimap-node" d={all} />
      <path className="react-flow__minimap-node selected" d={selected} />
    </>
  );
});

/** The shade outside the canvas's view, with its frame; redrawn on every move of the viewport. */
function ViewFrame({ box }: { box: ViewBox }) {
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const flowWidth = useFlowStore((s) => s.width);
  const flowHeight = useFlowStore((s) => s.height);
  const view = rect(-tx / zoom, -ty / zoom, flowWidth / zoom, flowHeight / zoom);
  // Beyond the box by a whole box each way, so a view larger than the journey still shades nothing wrongly.
  const outside = rect(box.x - box.width, box.y - box.height, box.width * 3, box.height * 3);
  return (
    <path
      className="react-flow__minimap-mask"
      d={`${outside}${view}`}
      fillRule="evenodd"
      style={{ strokeWidth: box.scale }}
    />
  );
}

export function Overview({ journeyId, label }: { journeyId: JourneyId; label: string }) {
  const store = useStoreApi();
  const panZoom = useFlowStore((s) => s.panZoom);
  const translateExtent = useFlowStore((s) => s.translateExtent);
  const flowWidth = useFlowStore((s) => s.width);
  const flowHeight = useFlowStore((s) => s.height);
  const box = useViewBox(journeyId);
  const frame = useRef<SVGSVGElement>(null);
  const scale = useRef(1);
  scale.current = box?.scale ?? 1;
  const minimap = useRef<XYMinimapInstance>(null);

  useEffect(() => {
    if (!frame.current || !panZoom) return;
    const instance = XYMinimap({
      domNode: frame.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scale.current,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);

  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: flowWidth,
      height: flowHeight,
      pannable: true,
      zoomable: true,
    });
  }, [translateExtent, flowWidth, flowHeight]);

  if (!box) return null;
  const viewBox = `${box.x} ${box.y} ${box.width} ${box.height}`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap overview">
      <svg width={WIDTH} height={HEIGHT} viewBox={viewBox} className="react-flow__minimap-svg" role="img">
        <title>{label}</title>
        <Steps />
      </svg>
      <svg
        ref={frame}
        width={WIDTH}
        height={HEIGHT}
        viewBox={viewBox}
        className="react-flow__minimap-svg overview-frame"
        aria-hidden="true"
      >
        <ViewFrame box={box} />
      </svg>
    </Panel>
  );
}
