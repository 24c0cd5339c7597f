/**
 * The benchmark's baseline: a plain <ReactFlow> with the same steps as the app's benchmark
 * journey, drawn as React Flow's default nodes at the positions the app gives them, and the
 * same edges as default edges. Default options throughout (in particular no
 * onlyRenderVisibleElements, so every node is in the DOM), except the zoom range, which is the
 * app's so that the app's viewport can be reproduced.
 *
 * Query string: n (number of nodes), and optionally x, y, zoom (initial viewport) and w, h
 * (canvas size in px) so the page shows exactly what the app's canvas shows. Without a
 * viewport it uses fitView. Nothing is drawn until the "Open" button is clicked, so the
 * benchmark times the same thing on both pages: click → nodes on screen.
 */
import {
  type Edge,
  MiniMap,
  type Node,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Viewport,
} from "@xyflow/react";
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { computeBands, STEP_HEIGHT, STEP_WIDTH, stepPosition } from "../src/model/layout";
import { benchJourney } from "./journey.mjs";
import "@xyflow/react/dist/style.css";

const params = new URLSearchParams(location.search);
const n = Math.max(1, Number(params.get("n") ?? 100));
const hasViewport = params.has("zoom");
const viewport: Viewport | undefined = hasViewport
  ? { x: Number(params.get("x") ?? 0), y: Number(params.get("y") ?? 0), zoom: Number(params.get("zoom")) }
  : undefined;
/**
 * Diagnostic variants, never used by `npm run bench` itself: visibleOnly=1 turns on
 * onlyRenderVisibleElements, minimap=1 adds a <MiniMap>, edgeType=smoothstep draws the app's edges.
 */
const visibleOnly = params.get("visibleOnly") === "1";
const minimap = params.get("minimap") === "1";
const edgeType = params.get("edgeType") ?? undefined;
const width = params.has("w") ? `${Number(params.get("w"))}px` : "100vw";
const height = params.has("h") ? `${Number(params.get("h"))}px` : "100vh";

/** The app's zoom range; React Flow's default minZoom (0.5) would clamp the app's fitted viewport. */
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;

function build(): { nodes: Node[]; edges: Edge[] } {
  const { journey, steps, edges } = benchJourney(n);
  const layout = computeBands(journey, steps);
  return {
    nodes: steps.map((step) => ({
      id: step.id,
      position: stepPosition(layout, step) ?? { x: 0, y: 0 },
      data: { label: step.title },
      width: STEP_WIDTH,
      height: STEP_HEIGHT,
    })),
    edges: edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      ...(edgeType ? { type: edgeType } : {}),
    })),
  };
}

function Flow({ initial }: { initial: { nodes: Node[]; edges: Edge[] } }) {
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      {...(viewport ? { defaultViewport: viewport } : { fitView: true })}
      {...(visibleOnly ? { onlyRenderVisibleElements: true } : {})}
    >
      {minimap && <MiniMap />}
    </ReactFlow>
  );
}

function Page() {
  const [initial, setInitial] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null);
  if (!initial) {
    return (
      <button type="button" onClick={() => setInitial(build())}>
        Open
      </button>
    );
  }
  return (
    <div style={{ position: "fixed", left: 0, top: 0, width, height }}>
      <Flow initial={initial} />
    </div>
  );
}

document.documentElement.style.height = "100%";
document.body.style.margin = "0";
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
