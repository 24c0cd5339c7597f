import type dagre from "@dagrejs/dagre";
import type { StepId } from "@/model/ids";
import type { StepPlacement } from "@/model/journey";
import {
  CELL_PADDING,
  COLUMN_GAP,
  computeBands,
  type Point,
  STEP_HEIGHT,
  STEP_WIDTH,
  stepPosition,
} from "@/model/layout";
import type { EdgeRecord, JourneyRecord, StepRecord } from "@/model/types";

/**
 * "Tidy up": steps keep their stage and lane and get new offsets inside their cells. A graph
 * layout of the whole journey, read left to right, gives each step a rank (its column in the
 * flow) and a height; inside each stage the ranks become shared columns, so time runs left to
 * right across the lanes, and steps of one cell in the same column stack in the layout's
 * vertical order. The graph layout is passed in, so this stays pure and dagre loads only when
 * someone tidies up.
 */

export type GraphLayout = (
  nodes: readonly { id: string; width: number; height: number }[],
  edges: readonly { source: string; target: string }[],
) => ReadonlyMap<string, Point>;

const ROW = STEP_HEIGHT + CELL_PADDING;

/** A left-to-right dagre layout of the journey graph. */
export function dagreLayout(lib: typeof dagre): GraphLayout {
  return (nodes, edges) => {
    const graph = new lib.graphlib.Graph({ multigraph: true });
    graph.setGraph({ rankdir: "LR", nodesep: CELL_PADDING, ranksep: CELL_PADDING * 2 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
    edges.forEach((edge, i) => {
      if (edge.source !== edge.target) graph.setEdge(edge.source, edge.target, {}, String(i));
    });
    lib.layout(graph);
    const at = new Map<string, Point>();
    for (const node of nodes) {
      const placed = graph.node(node.id);
      at.set(node.id, { x: placed?.x ?? 0, y: placed?.y ?? 0 });
    }
    return at;
  };
}

/** Above this many steps the swap pass is skipped: it counts crossings again for every swap it tries. */
const SWAP_PASS_LIMIT = 300;

/**
 * New offsets for every step. Two orders are tried, the graph layout's and the map's own
 * (steps read where they stand now), each followed on journeys of a workshop's size by swaps
 * of steps stacked in one column of a cell; the one with fewer edge crossings wins, the graph
 * layout on a tie. So tidying never tangles a map the user had already untangled by hand.
 * Every step keeps its stage and lane.
 */
export function tidyPlacements(
  journey: JourneyRecord,
  steps: readonly StepRecord[],
  edges: readonly EdgeRecord[],
  layout: GraphLayout,
): StepPlacement[] {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const apply = (list: readonly StepPlacement[]) => list.map((p) => ({ ...byId.get(p.id)!, ...p }));
  let best: { placements: StepPlacement[]; crossings: number } | undefined;
  for (const order of [layout, currentLayout(journey, steps)]) {
    // Nothing beats no crossings, and the swap pass over the other order is the slow part.
    if (best?.crossings === 0) break;
    let placements: StepPlacement[];
    try {
      placements = orderedPlacements(journey, steps, edges, order);
    } catch (error) {
      // dagre recurses along paths and runs out of stack on very long chains (thousands of
      // steps); the map's own order is then the only one.
      if (error instanceof RangeError) continue;
      throw error;
    }
    const crossings =
      steps.length > SWAP_PASS_LIMIT
        ? countCrossings(journey, apply(placements), edges)
        : swapToUncross(journey, placements, edges, apply);
    if (!best || crossings < best.crossings) best = { placements, crossings };
  }
  return best!.placements;
}

/** Where the steps stand on the map now, as a layout to read an order from. */
function currentLayout(journey: JourneyRecord, steps: readonly StepRecord[]): GraphLayout {
  const bands = computeBands(journey, steps);
  return (nodes) => {
    const byId = new Map(steps.map((s) => [s.id, s]));
    return new Map(
      nodes.map((n) => [n.id, stepPosition(bands, byId.get(n.id as StepId)!) ?? { x: 0, y: 0 }]),
    );
  };
}

/**
 * Swaps steps stacked in one column of a cell while that removes crossings; returns the crossings
 * left. Such a swap only trades the two steps' corners and leaves every band as it was, so each
 * try counts again only the crossings of the edges at those two steps.
 */
function swapToUncross(
  journey: JourneyRecord,
  placements: StepPlacement[],
  edges: readonly EdgeRecord[],
  apply: (list: readonly StepPlacement[]) => StepRecord[],
): number {
  const corner = corners(journey, apply(placements));
  const drawn = edges.filter((edge) => segmentOf(edge, corner));
  const lines = drawn.map((edge) => segmentOf(edge, corner)!);
  /** Indices in `drawn` of the edges at each step. */
  const edgesAt = new Map<string, number[]>();
  drawn.forEach((edge, i) => {
    for (const id of [edge.source, edge.target]) {
      const list = edgesAt.get(id);
      if (list) list.push(i);
      else edgesAt.set(id, [i]);
    }
  });
  const movingWith = (a: StepId, b: StepId) =>
    new Set([...(edgesAt.get(a) ?? []), ...(edgesAt.get(b) ?? [])]);
  const crossingsAt = (moving: ReadonlySet<number>): number => {
    let n = crossingsAmong([...moving].map((i) => lines[i]!));
    for (const i of moving) {
      for (let j = 0; j < lines.length; j++) if (!moving.has(j) && crosses(lines[i]!, lines[j]!)) n += 1;
    }
    return n;
  };
  const swapCorners = (a: StepId, b: StepId, moving: ReadonlySet<number>) => {
    const at = corner.get(a)!;
    corner.set(a, corner.get(b)!);
    corner.set(b, at);
    for (const i of moving) lines[i] = segmentOf(drawn[i]!, corner)!;
  };
  let best = crossingsAmong(lines);
  for (let round = 0; round < 5 && best > 0; round++) {
    let improved = false;
    for (let i = 0; i < placements.length; i++) {
      for (let j = i + 1; j < placements.length; j++) {
        const a = placements[i]!;
        const b = placements[j]!;
        if (a.stageId !== b.stageId || a.laneId !== b.laneId || a.x !== b.x) continue;
        const moving = movingWith(a.id, b.id);
        const before = crossingsAt(moving);
        swapCorners(a.id, b.id, moving);
        const after = crossingsAt(moving);
        if (after < before) {
          placements[i] = { ...a, y: b.y };
          placements[j] = { ...b, y: a.y };
          best -= before - after;
          improved = true;
        } else {
          swapCorners(a.id, b.id, moving);
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

function orderedPlacements(
  journey: JourneyRecord,
  steps: readonly StepRecord[],
  edges: readonly EdgeRecord[],
  layout: GraphLayout,
): StepPlacement[] {
  const known = new Set(steps.map((s) => s.id));
  const at = layout(
    steps.map((s) => ({ id: s.id, width: STEP_WIDTH, height: STEP_HEIGHT })),
    edges.filter((e) => known.has(e.source) && known.has(e.target)),
  );
  const place = (s: StepRecord) => at.get(s.id) ?? { x: 0, y: 0 };
  const placements: StepPlacement[] = [];
  for (const stage of journey.stages) {
    const inStage = steps.filter((s) => s.stageId === stage.id);
    // Each distinct rank in the stage is one column, shared by all its lanes.
    const ranks = [...new Set(inStage.map((s) => Math.round(place(s).x)))].sort((a, b) => a - b);
    const column = new Map(ranks.map((rank, i) => [rank, i]));
    for (const lane of journey.lanes) {
      const cell = inStage
        .filter((s) => s.laneId === lane.id)
        .sort((a, b) => place(a).y - place(b).y || a.y - b.y || a.x - b.x);
      const rowsUsed = new Map<number, number>();
      for (const step of cell) {
        const col = column.get(Math.round(place(step).x))!;
        const row = rowsUsed.get(col) ?? 0;
        rowsUsed.set(col, row + 1);
        placements.push({
          id: step.id,
          stageId: step.stageId,
          laneId: step.laneId,
          x: CELL_PADDING + col * COLUMN_GAP,
          y: CELL_PADDING + row * ROW,
        });
      }
    }
  }
  return placements;
}

interface Segment {
  source: StepId;
  target: StepId;
  from: Point;
  to: Point;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function properlyIntersect(p: Segment, q: Segment): boolean {
  const d1 = cross(q.from, q.to, p.from);
  const d2 = cross(q.from, q.to, p.to);
  const d3 = cross(p.from, p.to, q.from);
  const d4 = cross(p.from, p.to, q.to);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Edges that share a step never count as crossing. */
function crosses(p: Segment, q: Segment): boolean {
  if (p.source === q.source || p.source === q.target || p.target === q.source || p.target === q.target)
    return false;
  return properlyIntersect(p, q);
}

function crossingsAmong(segments: readonly Segment[]): number {
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) if (crosses(segments[i]!, segments[j]!)) crossings += 1;
  }
  return crossings;
}

/** Each step's top-left corner on the map. */
function corners(journey: JourneyRecord, steps: readonly StepRecord[]): Map<string, Point> {
  const bands = computeBands(journey, steps);
  const corner = new Map<string, Point>();
  for (const step of steps) {
    const at = stepPosition(bands, step);
    if (at) corner.set(step.id, at);
  }
  return corner;
}

/** The line an edge is counted as: straight from its source's right handle to its target's left handle. */
function segmentOf(edge: EdgeRecord, corner: ReadonlyMap<string, Point>): Segment | undefined {
  const a = corner.get(edge.source);
  const b = corner.get(edge.target);
  if (!a || !b || edge.source === edge.target) return undefined;
  return {
    source: edge.source,
    target: edge.target,
    from: { x: a.x + STEP_WIDTH, y: a.y + STEP_HEIGHT / 2 },
    to: { x: b.x, y: b.y + STEP_HEIGHT / 2 },
  };
}

/**
 * Edge crossings on the map, counting each edge as the straight line from its source's right
 * handle to its target's left handle; edges that share a step never count as crossing.
 */
export function countCrossings(
  journey: JourneyRecord,
  steps: readonly StepRecord[],
  edges: readonly EdgeRecord[],
): number {
  const corner = corners(journey, steps);
  return crossingsAmong(edges.flatMap((edge) => segmentOf(edge, corner) ?? []));
}

/** Pairs of steps whose cards overlap on the map. */
export function overlappingSteps(journey: JourneyRecord, steps: readonly StepRecord[]): [StepId, StepId][] {
  const bands = computeBands(journey, steps);
  const boxes = steps.flatMap((s) => {
    const at = stepPosition(bands, s);
    return at ? [{ id: s.id, ...at }] : [];
  });
  const pairs: [StepId, StepId][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.abs(a.x - b.x) < STEP_WIDTH && Math.abs(a.y - b.y) < STEP_HEIGHT) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}
