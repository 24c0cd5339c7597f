import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  MarkerType,
  type NodeChange,
} from "@xyflow/react";
import { t } from "@/i18n";
import { type BandLayout, computeBands, STEP_HEIGHT, STEP_WIDTH, stepPosition } from "@/model/layout";
import {
  causeLinks,
  emptySummary,
  type PainFilter,
  type StepPainSummary,
  stepsMatching,
  summariseSteps,
} from "@/model/painpoints";
import { getJourney, isEdge, isPain, isStep, journeyIdOf } from "@/model/records";
import type { EdgeRecord, JourneyRecord, PainPointRecord, Records, StepRecord } from "@/model/types";
import { type AppState, type StepNode, useStore } from "./store";

/**
 * The canvas's node and edge arrays are rebuilt from the records whenever those change, reusing
 * every node object whose step, position and selection are unchanged, so React Flow re-renders
 * only what changed. While a drag is in progress the arrays follow React Flow's own changes and
 * the records are written once, when the drag stops.
 */

interface Built {
  journeyId: string | null;
  journey: JourneyRecord | null;
  steps: Map<string, StepRecord>;
  edges: Map<string, EdgeRecord>;
  layout: BandLayout | null;
}

let built: Built = { journeyId: null, journey: null, steps: new Map(), edges: new Map(), layout: null };

/** Steps and edges of one journey; cached per records object because several selectors ask. */
export interface JourneyParts {
  steps: StepRecord[];
  edges: EdgeRecord[];
  pains: PainPointRecord[];
}

/** Steps, edges and pain points of one journey; cached per records object because many selectors ask. */
const contentsCache = new WeakMap<Records, Map<string, JourneyParts>>();

export function journeyParts(records: Records, journeyId: string): JourneyParts {
  let byJourney = contentsCache.get(records);
  if (!byJourney) {
    byJourney = new Map();
    contentsCache.set(records, byJourney);
  }
  let parts = byJourney.get(journeyId);
  if (!parts) {
    parts = { steps: [], edges: [], pains: [] };
    for (const id in records) {
      const record = records[id]!;
      if (journeyIdOf(record) !== journeyId) continue;
      if (isStep(record)) parts.steps.push(record);
      else if (isEdge(record)) parts.edges.push(record);
      else if (isPain(record)) parts.pains.push(record);
    }
    byJourney.set(journeyId, parts);
  }
  return parts;
}

const summaryCache = new WeakMap<readonly PainPointRecord[], Map<string, StepPainSummary>>();

/** Badge counts and heat score of a step; the same object until its journey's pain points change. */
export function stepSummary(records: Records, journeyId: string, stepId: string): StepPainSummary {
  const { pains } = journeyParts(records, journeyId);
  let summaries = summaryCache.get(pains);
  if (!summaries) {
    summaries = summariseSteps(pains);
    summaryCache.set(pains, summaries);
  }
  return summaries.get(stepId as StepRecord["id"]) ?? emptySummary;
}

const matchCache = new WeakMap<readonly PainPointRecord[], { filter: PainFilter; steps: Set<string> }>();

/** Steps with a pain point that passes the filter; the rest fade while a filter is on. */
export function matchingSteps(records: Records, journeyId: string, filter: PainFilter): ReadonlySet<string> {
  const { pains } = journeyParts(records, journeyId);
  const cached = matchCache.get(pains);
  if (cached && cached.filter === filter) return cached.steps;
  const steps = stepsMatching(pains, filter);
  matchCache.set(pains, { filter, steps });
  return steps;
}

const layoutCache = new WeakMap<JourneyRecord, { steps: StepRecord[]; layout: BandLayout }>();

/** Band layout of a journey, recomputed only when the journey or its step list changes. */
export function journeyLayout(records: Records, journey: JourneyRecord): BandLayout {
  const { steps } = journeyParts(records, journey.id);
  const cached = layoutCache.get(journey);
  if (cached && cached.steps === steps) return cached.layout;
  const computed = computeBands(journey, steps);
  // Most edits leave the bands as they were; keep the old object so nothing redraws.
  const layout = cached && sameLayout(cached.layout, computed) ? cached.layout : computed;
  layoutCache.set(journey, { steps, layout });
  return layout;
}

function sameLayout(a: BandLayout | null, b: BandLayout): boolean {
  if (!a || a.stages.length !== b.stages.length || a.lanes.length !== b.lanes.length) return false;
  return (
    a.stages.every(
      (s, i) => s.id === b.stages[i]!.id && s.x === b.stages[i]!.x && s.width === b.stages[i]!.width,
    ) &&
    a.lanes.every(
      (l, i) => l.id === b.lanes[i]!.id && l.y === b.lanes[i]!.y && l.height === b.lanes[i]!.height,
    )
  );
}

function buildCanvas(state: AppState): Pick<AppState, "canvas"> | null {
  const journeyId = state.route.view === "journey" ? state.route.journeyId : null;
  const journey = journeyId ? getJourney(state.records, journeyId) : undefined;
  if (!journeyId || !journey) {
    built = { journeyId: null, journey: null, steps: new Map(), edges: new Map(), layout: null };
    return { canvas: { journeyId: null, nodes: [], edges: [] } };
  }
  const parts = journeyParts(state.records, journeyId);
  const layout = journeyLayout(state.records, journey);
  const selected = new Set(state.selection);
  const sameJourney = built.journeyId === journeyId;
  const layoutKept = sameJourney && sameLayout(built.layout, layout);
  const previousNodes = new Map(state.canvas.nodes.map((n) => [n.id, n]));
  const previousEdges = new Map(state.canvas.edges.map((e) => [e.id, e]));

  const nodes: StepNode[] = [];
  const steps = new Map<string, StepRecord>();
  for (const step of readingOrder(journey, parts.steps)) {
    steps.set(step.id, step);
    const previous = sameJourney ? previousNodes.get(step.id) : undefined;
    const isSelected = selected.has(step.id);
    if (
      previous &&
      layoutKept &&
      built.steps.get(step.id) === step &&
      (previous.selected ?? false) === isSelected
    ) {
      nodes.push(previous);
      continue;
    }
    const position = stepPosition(layout, step) ?? { x: 0, y: 0 };
    nodes.push({
      id: step.id,
      type: "step",
      position,
      data: {},
      selected: isSelected,
      width: STEP_WIDTH,
      height: STEP_HEIGHT,
      ariaLabel: step.title || "Untitled step",
      ...(previous?.measured ? { measured: previous.measured } : {}),
    });
  }
  const edges: Edge[] = [];
  const edgeRecords = new Map<string, EdgeRecord>();
  for (const record of parts.edges) {
    edgeRecords.set(record.id, record);
    const previous = sameJourney ? previousEdges.get(record.id) : undefined;
    const isSelected = selected.has(record.id);
    if (previous && built.edges.get(record.id) === record && (previous.selected ?? false) === isSelected) {
      edges.push(previous);
      continue;
    }
    edges.push(toFlowEdge(record, isSelected, steps));
  }
  edges.push(...causeEdges(parts.pains, steps, previousEdges));
  built = { journeyId, journey, steps, edges: edgeRecords, layout };
  return { canvas: { journeyId, nodes, edges } };
}

const orderCache = new WeakMap<readonly StepRecord[], StepRecord[]>();

/** Steps stage by stage, lane by lane, left to right: the order Tab walks them in. */
export function readingOrder(journey: JourneyRecord, steps: readonly StepRecord[]): StepRecord[] {
  const cached = orderCache.get(steps);
  if (cached) return cached;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(journey.lanes.map((l, i) => [l.id, i]));
  const ordered = [...steps].sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
      a.y - b.y ||
      a.x - b.x,
  );
  orderCache.set(steps, ordered);
  return ordered;
}

/**
 * "Causes" links drawn on the map: a dashed line from each step of a blister to each step of a
 * thundercloud it causes. They are views of the pain points, not connections of the journey,
 * so they can be neither selected nor deleted here.
 */
function causeEdges(
  pains: readonly PainPointRecord[],
  steps: Map<string, StepRecord>,
  previous: Map<string, Edge>,
): Edge[] {
  const edges: Edge[] = [];
  for (const { blister, cloud, source, target } of causeLinks(pains, (id) => steps.has(id))) {
    const id = `cause:${source}:${target}`;
    const ariaLabel = t("pains.causesLabel", { blister: blister.title, cloud: cloud.title });
    const old = previous.get(id);
    if (old && old.source === source && old.target === target && old.ariaLabel === ariaLabel) {
      edges.push(old);
      continue;
    }
    edges.push({
      id,
      source,
      target,
      type: "straight",
      className: "cause-edge",
      selectable: false,
      deletable: false,
      focusable: false,
      ariaLabel,
      label: t("pains.causesLink"),
    });
  }
  return edges;
}

function toFlowEdge(record: EdgeRecord, selected: boolean, steps: Map<string, StepRecord>): Edge {
  const from = steps.get(record.source)?.title || "untitled step";
  const to = steps.get(record.target)?.title || "untitled step";
  return {
    id: record.id,
    source: record.source,
    target: record.target,
    label: record.label || undefined,
    selected,
    type: "smoothstep",
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    ariaLabel: record.label ? `${from} to ${to}: ${record.label}` : `${from} to ${to}`,
  };
}

/** Keeps the canvas arrays in step with records, route and selection. Returns the unsubscribe. */
export function bindCanvas(): () => void {
  const refresh = () => {
    const next = buildCanvas(useStore.getState());
    if (next) useStore.setState(next);
  };
  refresh();
  return useStore.subscribe((state, previous) => {
    if (
      state.records !== previous.records ||
      state.route !== previous.route ||
      state.selection !== previous.selection
    ) {
      refresh();
    }
  });
}

/**
 * React Flow's node changes. Selection goes to the session's selection; dimensions and drag
 * positions only to the canvas arrays, never to the document (positions are committed when a
 * drag stops); removals go through the delete command instead.
 */
export function onNodesChange(changes: NodeChange<StepNode>[]): void {
  const state = useStore.getState();
  const kept = changes.filter((c) => c.type !== "remove" && c.type !== "add" && c.type !== "replace");
  if (kept.length === 0) return;
  const selectChanges = kept.filter((c) => c.type === "select");
  const nodes = applyNodeChanges(kept, state.canvas.nodes);
  const update: Partial<AppState> = { canvas: { ...state.canvas, nodes } };
  if (selectChanges.length > 0) update.selection = nextSelection(state.selection, selectChanges);
  useStore.setState(update);
}

export function onEdgesChange(changes: EdgeChange[]): void {
  const state = useStore.getState();
  const kept = changes.filter((c) => c.type === "select");
  if (kept.length === 0) return;
  useStore.setState({
    canvas: { ...state.canvas, edges: applyEdgeChanges(kept, state.canvas.edges) },
    selection: nextSelection(state.selection, kept),
  });
}

function nextSelection(
  selection: readonly string[],
  changes: readonly { id: string; selected: boolean }[],
): readonly string[] {
  const next = new Set(selection);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}
