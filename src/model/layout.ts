import type { LaneId, StageId } from "./ids";
import type { JourneyRecord, StepRecord } from "./types";

/** Sizes in canvas units. Steps are fixed-size cards so bands can be computed without measuring the DOM. */
export const STEP_WIDTH = 200;
export const STEP_HEIGHT = 84;
export const CELL_PADDING = 24;
/** From one column of steps in a cell to the next, as templates are drawn and tidying places them. */
export const COLUMN_GAP = STEP_WIDTH + CELL_PADDING * 2;
export const MIN_STAGE_WIDTH = STEP_WIDTH + 2 * CELL_PADDING + 40;
export const MIN_LANE_HEIGHT = STEP_HEIGHT + 2 * CELL_PADDING + 16;
/** Room for the sticky stage and lane headers, which the canvas draws over the bands. */
export const STAGE_HEADER_HEIGHT = 44;
export const LANE_HEADER_WIDTH = 150;

export interface StageBand {
  id: StageId;
  x: number;
  width: number;
}
export interface LaneBand {
  id: LaneId;
  y: number;
  height: number;
}
export interface BandLayout {
  stages: StageBand[];
  lanes: LaneBand[];
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Band sizes follow from content: a stage is as wide as its right-most step needs, a lane as tall as its lowest. */
export function computeBands(journey: JourneyRecord, steps: readonly StepRecord[]): BandLayout {
  const stageWidth = new Map<string, number>(journey.stages.map((s) => [s.id, MIN_STAGE_WIDTH]));
  const laneHeight = new Map<string, number>(journey.lanes.map((l) => [l.id, MIN_LANE_HEIGHT]));
  for (const step of steps) {
    const w = stageWidth.get(step.stageId);
    if (w !== undefined) stageWidth.set(step.stageId, Math.max(w, step.x + STEP_WIDTH + CELL_PADDING));
    const h = laneHeight.get(step.laneId);
    if (h !== undefined) laneHeight.set(step.laneId, Math.max(h, step.y + STEP_HEIGHT + CELL_PADDING));
  }
  let x = LANE_HEADER_WIDTH;
  const stages = journey.stages.map((s) => {
    const width = stageWidth.get(s.id)!;
    const band = { id: s.id, x, width };
    x += width;
    return band;
  });
  let y = STAGE_HEADER_HEIGHT;
  const lanes = journey.lanes.map((l) => {
    const height = laneHeight.get(l.id)!;
    const band = { id: l.id, y, height };
    y += height;
    return band;
  });
  return { stages, lanes, width: x, height: y };
}

/** Top-left corner of a step on the canvas; undefined when its stage or lane is not in the layout. */
export function stepPosition(layout: BandLayout, step: Pick<StepRecord, "stageId" | "laneId" | "x" | "y">) {
  const stage = layout.stages.find((s) => s.id === step.stageId);
  const lane = layout.lanes.find((l) => l.id === step.laneId);
  if (!stage || !lane) return undefined;
  return { x: stage.x + step.x, y: lane.y + step.y };
}

function bandAt<B>(bands: readonly B[], at: number, start: (b: B) => number, size: (b: B) => number): B {
  for (const band of bands) if (at < start(band) + size(band)) return band;
  return bands[bands.length - 1]!;
}

/**
 * Where a step whose top-left corner is at `topLeft` belongs: the stage and lane under its
 * centre (the nearest one when outside every band), and its offset inside that cell.
 */
export function locate(layout: BandLayout, topLeft: Point) {
  const centre = { x: topLeft.x + STEP_WIDTH / 2, y: topLeft.y + STEP_HEIGHT / 2 };
  const stage = bandAt(
    layout.stages,
    centre.x,
    (b) => b.x,
    (b) => b.width,
  );
  const lane = bandAt(
    layout.lanes,
    centre.y,
    (b) => b.y,
    (b) => b.height,
  );
  return {
    stageId: stage.id,
    laneId: lane.id,
    x: Math.max(CELL_PADDING, Math.round(topLeft.x - stage.x)),
    y: Math.max(CELL_PADDING, Math.round(topLeft.y - lane.y)),
  };
}

/** Where a new step goes in a cell: right of the cell's right-most step, as journeys read left to right. */
export function freeSpotInCell(steps: readonly StepRecord[], stageId: StageId, laneId: LaneId): Point {
  let x = CELL_PADDING;
  for (const step of steps) {
    if (step.stageId === stageId && step.laneId === laneId)
      x = Math.max(x, step.x + STEP_WIDTH + CELL_PADDING);
  }
  return { x, y: CELL_PADDING };
}
