import { journeyWith } from "@test/factories";
import { describe, expect, it } from "vitest";
import {
  CELL_PADDING,
  computeBands,
  freeSpotInCell,
  LANE_HEADER_WIDTH,
  locate,
  MIN_STAGE_WIDTH,
  STAGE_HEADER_HEIGHT,
  STEP_WIDTH,
  stepPosition,
} from "./layout";

describe("bands", () => {
  it("lays stages left to right and lanes top to bottom after the headers", () => {
    const { journey } = journeyWith(0);
    const layout = computeBands(journey, []);
    expect(layout.stages[0]!.x).toBe(LANE_HEADER_WIDTH);
    expect(layout.stages[1]!.x).toBe(LANE_HEADER_WIDTH + MIN_STAGE_WIDTH);
    expect(layout.lanes[0]!.y).toBe(STAGE_HEADER_HEIGHT);
  });

  it("widens a stage to fit its right-most step", () => {
    const { journey, steps } = journeyWith(1);
    const far = { ...steps[0]!, x: 1000 };
    const layout = computeBands(journey, [far]);
    expect(layout.stages[0]!.width).toBe(1000 + STEP_WIDTH + CELL_PADDING);
    expect(layout.stages[1]!.x).toBe(LANE_HEADER_WIDTH + layout.stages[0]!.width);
  });

  it("locate is the inverse of stepPosition for steps inside their cell", () => {
    const { journey, steps } = journeyWith(6);
    const layout = computeBands(journey, steps);
    for (const step of steps) {
      const at = stepPosition(layout, step)!;
      expect(locate(layout, at)).toEqual({
        stageId: step.stageId,
        laneId: step.laneId,
        x: step.x,
        y: step.y,
      });
    }
  });

  it("moving a step across a band boundary changes its stage", () => {
    const { journey, steps } = journeyWith(1);
    const layout = computeBands(journey, steps);
    const at = stepPosition(layout, steps[0]!)!;
    const moved = locate(layout, { x: at.x + layout.stages[0]!.width, y: at.y });
    expect(moved.stageId).toBe(journey.stages[1]!.id);
  });

  it("drops beyond the last band land in the last band, never at negative offsets", () => {
    const { journey } = journeyWith(0);
    const layout = computeBands(journey, []);
    const far = locate(layout, { x: 99_999, y: 99_999 });
    expect(far.stageId).toBe(journey.stages.at(-1)!.id);
    expect(far.laneId).toBe(journey.lanes.at(-1)!.id);
    const before = locate(layout, { x: -500, y: -500 });
    expect(before.stageId).toBe(journey.stages[0]!.id);
    expect(before.x).toBe(CELL_PADDING);
    expect(before.y).toBe(CELL_PADDING);
  });

  it("finds a free spot right of the cell's right-most step", () => {
    const { journey, steps } = journeyWith(4);
    const spot = freeSpotInCell(steps, journey.stages[0]!.id, journey.lanes[0]!.id);
    const inCell = steps.filter((s) => s.stageId === journey.stages[0]!.id);
    expect(spot.x).toBe(Math.max(...inCell.map((s) => s.x)) + STEP_WIDTH + CELL_PADDING);
  });
});
