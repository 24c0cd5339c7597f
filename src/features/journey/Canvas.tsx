import { type Connection, Controls, type Node, ReactFlow, SelectionMode, useReactFlow } from "@xyflow/react";
import {
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { CURVE_GAP, CURVE_HEIGHT } from "@/model/curve";
import type { JourneyId, StepId } from "@/model/ids";
import { LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, STEP_HEIGHT, STEP_WIDTH } from "@/model/layout";
import { getJourney } from "@/model/records";
import { CHANNELS } from "@/model/types";
import { journeyLayout, onEdgesChange, onNodesChange } from "@/store/canvas";
import { canvasBridge, setCanvasBridge } from "@/store/canvas-bridge";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { BandGrid, BandHeaders } from "./Bands";
import { EmotionCurve } from "./EmotionCurve";
import { Overview } from "./Overview";
import { type StepLabels, StepLabelsContext, StepNode } from "./StepNode";
import "@xyflow/react/dist/style.css";

/** Module scope: a new object on each render would make React Flow remount every node. */
const nodeTypes = { step: StepNode };
/** Screen sizes of the sticky headers (see app.css). */
const LANE_HEADER_PX = 132;
const STAGE_HEADER_PX = 36;
const FIT_MARGIN = 12;
const MIN_ZOOM = 0.05;
/**
 * Up to this many steps every step stays in the DOM. Culling the off-screen ones makes a pan
 * mount and unmount cards each frame, which costs more than keeping them until the map is
 * larger than this (docs/bench.md: 1,000 steps pan faster with all of them, 3,000 with culling).
 */
const RENDER_ALL_STEPS_UP_TO = 2000;
const multiSelectKeys = ["Shift", "Meta", "Control"];

function onConnect(connection: Connection) {
  if (connection.source && connection.target) {
    runCommand("edge.connect", connection.source as StepId, connection.target as StepId);
  }
}

/**
 * A drag on the empty pane captures the pointer. Without it the browser hit-tests every card and
 * connection under the pointer on each move of a pan, the largest cost of panning a large map.
 */
function capturePanPointer(event: PointerEvent<HTMLDivElement>) {
  const target = event.target;
  if (target instanceof Element && target.classList.contains("react-flow__pane") && event.isPrimary) {
    target.setPointerCapture?.(event.pointerId);
  }
}

function onNodeDragStop(_event: unknown, _node: Node, dragged: Node[]) {
  runCommand(
    "step.place",
    dragged.map((n) => ({ id: n.id, position: n.position })),
  );
}

interface Size {
  width: number;
  height: number;
}

/** The viewport that shows the whole journey, headers and curve included, beside the sticky headers. */
function fittedViewport(journeyId: JourneyId, size: Size) {
  const { records } = useStore.getState();
  const journey = getJourney(records, journeyId);
  if (!journey) return undefined;
  const layout = journeyLayout(records, journey);
  const room = {
    width: size.width - LANE_HEADER_PX - 2 * FIT_MARGIN,
    height: size.height - STAGE_HEADER_PX - 2 * FIT_MARGIN,
  };
  const content = {
    width: layout.width - LANE_HEADER_WIDTH,
    height: layout.height + CURVE_GAP + CURVE_HEIGHT - STAGE_HEADER_HEIGHT,
  };
  const zoom = Math.max(MIN_ZOOM, Math.min(1, room.width / content.width, room.height / content.height));
  return {
    x: LANE_HEADER_PX + FIT_MARGIN - LANE_HEADER_WIDTH * zoom,
    y: STAGE_HEADER_PX + FIT_MARGIN - STAGE_HEADER_HEIGHT * zoom,
    zoom,
  };
}

export function Canvas({ journeyId, name }: { journeyId: JourneyId; name: string }) {
  const { t } = useTranslation();
  const nodes = useStore((s) => s.canvas.nodes);
  const edges = useStore((s) => s.canvas.edges);
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const stepLabels = useMemo<StepLabels>(() => {
    const badgeKeys = {
      thundercloud: "pains.countThunderclouds",
      blister: "pains.countBlisters",
      brightspot: "pains.countBrightspots",
    } as const;
    return {
      channel: Object.fromEntries(CHANNELS.map((c) => [c, t(`channel.${c}`)])) as StepLabels["channel"],
      untitled: t("inspector.untitled"),
      badge: (kind, count) => t(badgeKeys[kind], { count }),
      respondents: (count) => t("mapEvidence.respondents", { count }),
      assumption: t("mapEvidence.assumption"),
    };
  }, [t]);
  const ariaLabelConfig = useMemo(() => {
    const stepHelp = t("canvas.stepHelp");
    return {
      "node.a11yDescription.default": stepHelp,
      "node.a11yDescription.keyboardDisabled": stepHelp,
      "edge.a11yDescription.default": t("canvas.edgeHelp"),
      "controls.ariaLabel": t("canvas.controls"),
      "controls.zoomIn.ariaLabel": t("canvas.zoomIn"),
      "controls.zoomOut.ariaLabel": t("canvas.zoomOut"),
      "controls.fitView.ariaLabel": t("editor.fitView"),
      "controls.interactive.ariaLabel": t("canvas.interactive"),
      "minimap.ariaLabel": t("editor.minimap"),
      "handle.ariaLabel": t("canvas.handle"),
    };
  }, [t]);

  /** Fits the whole grid, headers included, rather than just the steps, so no step hides under a header. */
  // The canvas's size, known before React Flow mounts: with it React Flow draws only the visible
  // steps from the first frame and starts at the fitted viewport, instead of drawing everything,
  // measuring, and drawing again.
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const hasSize = size !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first size sets the starting view
  const initialViewport = useMemo(() => (size ? fittedViewport(journeyId, size) : undefined), [hasSize]);

  const fitToJourney = useCallback(() => {
    const element = wrapper.current;
    if (!element) return;
    const viewport = fittedViewport(journeyId, { width: element.clientWidth, height: element.clientHeight });
    if (viewport) void flow.setViewport(viewport);
  }, [flow, journeyId]);

  useEffect(() => {
    const reveal = (id: string) => {
      const node = flow.getNode(id);
      const rect = wrapper.current?.getBoundingClientRect();
      if (!node || !rect) return;
      const topLeft = flow.screenToFlowPosition({ x: rect.left, y: rect.top });
      const bottomRight = flow.screenToFlowPosition({ x: rect.right, y: rect.bottom });
      const inView =
        node.position.x >= topLeft.x &&
        node.position.y >= topLeft.y &&
        node.position.x + STEP_WIDTH <= bottomRight.x &&
        node.position.y + STEP_HEIGHT <= bottomRight.y;
      if (!inView) {
        void flow.setCenter(node.position.x + STEP_WIDTH / 2, node.position.y + STEP_HEIGHT / 2, {
          zoom: flow.getZoom(),
        });
      }
    };
    setCanvasBridge({
      centre() {
        const rect = wrapper.current?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      },
      fitView: fitToJourney,
      reveal,
      focusStep(id) {
        reveal(id);
        // The node may only enter the DOM on the next frames (off-screen nodes are not rendered).
        let tries = 0;
        const focus = () => {
          const element = wrapper.current?.querySelector<HTMLElement>(
            `.react-flow__node[data-id="${CSS.escape(id)}"]`,
          );
          if (element) element.focus({ preventScroll: true });
          else if (tries++ < 10) requestAnimationFrame(focus);
        };
        requestAnimationFrame(focus);
      },
    });
    // A step chosen elsewhere (the tracker) is brought into view and focused once the map shows.
    const { reveal: pending } = useStore.getState();
    if (pending) {
      useStore.setState({ reveal: null });
      requestAnimationFrame(() => canvasBridge()?.focusStep(pending));
    }
    return () => setCanvasBridge(null);
  }, [flow, fitToJourney]);

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.classList.contains("react-flow__pane")) return;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      runCommand("step.add", { x: point.x - STEP_WIDTH / 2, y: point.y - STEP_HEIGHT / 2 });
    },
    [flow],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: double-click is a mouse shortcut for "Add step" (key N)
    <div
      className="canvas"
      ref={wrapper}
      onDoubleClick={onDoubleClick}
      onPointerDownCapture={capturePanPointer}
    >
      {size && (
        <StepLabelsContext.Provider value={stepLabels}>
          <ReactFlow
            width={size.width}
            height={size.height}
            defaultViewport={initialViewport}
            aria-label={t("editor.canvas", { name })}
            tabIndex={0}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onNodeDragStop={onNodeDragStop}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={multiSelectKeys}
            selectionMode={SelectionMode.Partial}
            zoomOnDoubleClick={false}
            disableKeyboardA11y
            onlyRenderVisibleElements={nodes.length > RENDER_ALL_STEPS_UP_TO}
            minZoom={MIN_ZOOM}
            maxZoom={2}
            attributionPosition="top-right"
            ariaLabelConfig={ariaLabelConfig}
          >
            <BandGrid journeyId={journeyId} />
            <EmotionCurve journeyId={journeyId} />
            <BandHeaders journeyId={journeyId} />
            <Controls position="bottom-left" showInteractive={false} onFitView={fitToJourney} />
            <Overview journeyId={journeyId} label={t("editor.minimap")} />
          </ReactFlow>
        </StepLabelsContext.Provider>
      )}
    </div>
  );
}
