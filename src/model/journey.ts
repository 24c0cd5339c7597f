import {
  type ImprovementId,
  type JourneyId,
  type LaneId,
  newId,
  type PainPointId,
  type StageId,
  type StepId,
} from "./ids";
import { edgesOf, edgesTouching, getJourney, isEdge, isStep, journeyContents, stepsOf } from "./records";
import type {
  AnyRecord,
  Change,
  EdgeRecord,
  ImprovementRecord,
  IndicatorRecord,
  JourneyRecord,
  Lane,
  PainPointRecord,
  Records,
  Stage,
  StepRecord,
} from "./types";

/** Operations on journeys. Each is pure: it reads the records and returns the change it wants made. */

export interface NewJourney {
  name: string;
  description?: string;
  persona?: string;
  stageNames: readonly string[];
  laneNames: readonly string[];
}

export function createJourney(input: NewJourney, now: string): JourneyRecord {
  return {
    typeName: "journey",
    id: newId("journey"),
    name: input.name,
    description: input.description ?? "",
    persona: input.persona ?? "",
    stages: input.stageNames.map((name) => ({ id: newId("stage"), name })),
    lanes: input.laneNames.map((name) => ({ id: newId("lane"), name })),
    createdAt: now,
    updatedAt: now,
  };
}

export type JourneyDetails = Partial<Pick<JourneyRecord, "name" | "description" | "persona">>;

export function updateJourney(journey: JourneyRecord, details: JourneyDetails, now: string): Change {
  return { put: [{ ...journey, ...details, updatedAt: now }] };
}

export function deleteJourney(records: Records, journeyId: JourneyId): Change {
  return { remove: journeyContents(records, journeyId).map((r) => r.id) };
}

/** A full copy under new ids: stages, lanes, steps and edges, with every reference remapped. */
export function duplicateJourney(records: Records, journeyId: JourneyId, name: string, now: string): Change {
  const journey = getJourney(records, journeyId);
  if (!journey) return {};
  const stageIds = new Map(journey.stages.map((s) => [s.id, newId("stage")]));
  const laneIds = new Map(journey.lanes.map((l) => [l.id, newId("lane")]));
  const copy: JourneyRecord = {
    ...journey,
    id: newId("journey"),
    name,
    stages: journey.stages.map((s) => ({ ...s, id: stageIds.get(s.id)! })),
    lanes: journey.lanes.map((l) => ({ ...l, id: laneIds.get(l.id)! })),
    createdAt: now,
    updatedAt: now,
  };
  const steps = stepsOf(records, journeyId).map((s) => ({
    ...s,
    stageId: stageIds.get(s.stageId)!,
    laneId: laneIds.get(s.laneId)!,
  }));
  const { put, stepIdMap } = copyInto(copy, steps, edgesOf(records, journeyId), { x: 0, y: 0 }, now);
  const painIds = new Map<string, PainPointId>();
  const pains = Object.values(records).filter(
    (r): r is PainPointRecord => r.typeName === "painpoint" && r.journeyId === journeyId,
  );
  for (const pain of pains) painIds.set(pain.id, newId("pain"));
  const painCopies = pains.map((pain) => ({
    ...pain,
    id: painIds.get(pain.id)!,
    journeyId: copy.id,
    stepIds: pain.stepIds.flatMap((id) => stepIdMap.get(id) ?? []),
    causes: pain.causes.flatMap((id) => painIds.get(id) ?? []),
    updatedAt: now,
  }));
  // Improvements and indicators come along, pointing at the copies.
  const improvementIds = new Map<string, ImprovementId>();
  const improvements = Object.values(records).filter(
    (r): r is ImprovementRecord => r.typeName === "improvement" && r.journeyId === journeyId,
  );
  for (const improvement of improvements) improvementIds.set(improvement.id, newId("improvement"));
  const improvementCopies = improvements.map((improvement) => ({
    ...improvement,
    id: improvementIds.get(improvement.id)!,
    journeyId: copy.id,
    painPointIds: improvement.painPointIds.flatMap((id) => painIds.get(id) ?? []),
    stepIds: improvement.stepIds.flatMap((id) => stepIdMap.get(id) ?? []),
    updatedAt: now,
  }));
  const indicatorCopies = Object.values(records)
    .filter((r): r is IndicatorRecord => r.typeName === "indicator" && r.journeyId === journeyId)
    .map((indicator) => ({
      ...indicator,
      id: newId("indicator"),
      journeyId: copy.id,
      attachedTo:
        stepIdMap.get(indicator.attachedTo as StepId) ?? improvementIds.get(indicator.attachedTo) ?? copy.id,
      measurements: indicator.measurements.map((m) => ({ ...m })),
      updatedAt: now,
    }));
  return { put: [copy, ...put, ...painCopies, ...improvementCopies, ...indicatorCopies] };
}

// Steps

export type StepDetails = Partial<Pick<StepRecord, "title" | "description" | "channel" | "role">>;

export function createStep(
  journeyId: JourneyId,
  place: Pick<StepRecord, "stageId" | "laneId" | "x" | "y">,
  details: StepDetails,
  now: string,
): StepRecord {
  return {
    typeName: "step",
    id: newId("step"),
    journeyId,
    title: "",
    description: "",
    channel: "in-person",
    role: "",
    ...details,
    ...place,
    updatedAt: now,
  };
}

export function updateStep(step: StepRecord, details: StepDetails, now: string): Change {
  return { put: [{ ...step, ...details, updatedAt: now }] };
}

export interface StepPlacement {
  id: StepId;
  stageId: StageId;
  laneId: LaneId;
  x: number;
  y: number;
}

/** Moves steps; steps already where they are asked to go are left untouched (a click is not a move). */
export function placeSteps(records: Records, placements: readonly StepPlacement[], now: string): Change {
  const put: StepRecord[] = [];
  for (const p of placements) {
    const step = records[p.id];
    if (!isStep(step)) continue;
    if (step.stageId === p.stageId && step.laneId === p.laneId && step.x === p.x && step.y === p.y) continue;
    put.push({ ...step, stageId: p.stageId, laneId: p.laneId, x: p.x, y: p.y, updatedAt: now });
  }
  return { put };
}

/** Deletes steps and edges; edges left without an end go with their step. */
export function deleteElements(records: Records, ids: readonly string[]): Change {
  const stepIds = new Set(ids.filter((id) => isStep(records[id])) as StepId[]);
  const remove = new Set(ids.filter((id) => isStep(records[id]) || isEdge(records[id])));
  for (const edge of edgesTouching(records, stepIds)) remove.add(edge.id);
  return { remove: [...remove] };
}

// Edges

export function connect(
  journeyId: JourneyId,
  source: StepId,
  target: StepId,
  label: string,
  now: string,
): EdgeRecord {
  return { typeName: "edge", id: newId("edge"), journeyId, source, target, label, updatedAt: now };
}

export function updateEdge(
  edge: EdgeRecord,
  details: Partial<Pick<EdgeRecord, "label">>,
  now: string,
): Change {
  return { put: [{ ...edge, ...details, updatedAt: now }] };
}

// Copy, paste, duplicate

/** What the clipboard holds: steps with their content and the edges between them. */
export interface Fragment {
  steps: StepRecord[];
  edges: EdgeRecord[];
}

export function copyFragment(records: Records, ids: readonly string[]): Fragment {
  const steps = ids.map((id) => records[id]).filter(isStep);
  const inside = new Set(steps.map((s) => s.id));
  const edges = Object.values(records).filter(
    (r): r is EdgeRecord => isEdge(r) && inside.has(r.source) && inside.has(r.target),
  );
  return { steps, edges };
}

/**
 * Puts copies of a fragment into a journey under new ids, shifted by `offset`. Steps whose
 * stage or lane the journey lacks (pasting across journeys) land in the stage and lane at the
 * same position, or the last one.
 */
export function copyInto(
  journey: JourneyRecord,
  steps: readonly StepRecord[],
  edges: readonly EdgeRecord[],
  offset: { x: number; y: number },
  now: string,
  source?: JourneyRecord,
): { put: AnyRecord[]; stepIds: StepId[]; stepIdMap: ReadonlyMap<StepId, StepId> } {
  const stepIds = new Map<StepId, StepId>();
  const put: AnyRecord[] = [];
  for (const step of steps) {
    const id = newId("step");
    stepIds.set(step.id, id);
    put.push({
      ...step,
      id,
      journeyId: journey.id,
      stageId: matchBand(journey.stages, step.stageId, source?.stages),
      laneId: matchBand(journey.lanes, step.laneId, source?.lanes),
      x: step.x + offset.x,
      y: step.y + offset.y,
      updatedAt: now,
    });
  }
  for (const edge of edges) {
    const source = stepIds.get(edge.source);
    const target = stepIds.get(edge.target);
    if (!source || !target) continue;
    put.push({ ...edge, id: newId("edge"), journeyId: journey.id, source, target, updatedAt: now });
  }
  return { put, stepIds: [...stepIds.values()], stepIdMap: stepIds };
}

function matchBand<B extends Stage | Lane>(
  bands: readonly B[],
  id: B["id"],
  sourceBands?: readonly B[],
): B["id"] {
  if (bands.some((b) => b.id === id)) return id;
  const index = sourceBands?.findIndex((b) => b.id === id) ?? -1;
  return (bands[Math.min(Math.max(index, 0), bands.length - 1)] ?? bands[0]!).id;
}

// Stages and lanes: the same operations on either axis.

export type Axis = "stages" | "lanes";

export function addBand(journey: JourneyRecord, axis: Axis, name: string, now: string): Change {
  const band = { id: newId(axis === "stages" ? "stage" : "lane"), name };
  return { put: [{ ...journey, [axis]: [...journey[axis], band], updatedAt: now }] };
}

export function renameBand(
  journey: JourneyRecord,
  axis: Axis,
  id: string,
  name: string,
  now: string,
): Change {
  const bands = (journey[axis] as readonly (Stage | Lane)[]).map((b) => (b.id === id ? { ...b, name } : b));
  return { put: [{ ...journey, [axis]: bands, updatedAt: now }] };
}

export function moveBand(journey: JourneyRecord, axis: Axis, id: string, by: -1 | 1, now: string): Change {
  const bands = [...(journey[axis] as readonly (Stage | Lane)[])];
  const from = bands.findIndex((b) => b.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= bands.length) return {};
  const [band] = bands.splice(from, 1);
  bands.splice(to, 0, band!);
  return { put: [{ ...journey, [axis]: bands, updatedAt: now }] };
}

/**
 * Removes a stage or lane. Its steps move to the neighbouring band (the previous one, or the
 * next when it was first), so removing a band never deletes work. The last band stays.
 */
export function removeBand(
  records: Records,
  journey: JourneyRecord,
  axis: Axis,
  id: string,
  now: string,
): Change {
  const bands = journey[axis] as readonly (Stage | Lane)[];
  const index = bands.findIndex((b) => b.id === id);
  if (index < 0 || bands.length <= 1) return {};
  const neighbour = bands[index === 0 ? 1 : index - 1]!;
  const key = axis === "stages" ? "stageId" : "laneId";
  const moved = stepsOf(records, journey.id)
    .filter((s) => s[key] === id)
    .map((s) => ({ ...s, [key]: neighbour.id, updatedAt: now }));
  return { put: [{ ...journey, [axis]: bands.filter((b) => b.id !== id), updatedAt: now }, ...moved] };
}
