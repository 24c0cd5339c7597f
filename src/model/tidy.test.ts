import dagre from "@dagrejs/dagre";
import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { connect } from "./journey";
import { CELL_PADDING, computeBands, STEP_HEIGHT, STEP_WIDTH } from "./layout";
import { edgesOf, listJourneys, stepsOf } from "./records";
import { buildSampleJourney } from "./sample";
import { buildTemplate, TEMPLATE_IDS } from "./templates";
import { countCrossings, dagreLayout, type GraphLayout, overlappingSteps, tidyPlacements } from "./tidy";
import type { EdgeRecord, JourneyRecord, StepRecord } from "./types";

function tidied(
  journey: JourneyRecord,
  steps: StepRecord[],
  edges: EdgeRecord[],
  layout = dagreLayout(dagre),
) {
  const placements = new Map(tidyPlacements(journey, steps, edges, layout).map((p) => [p.id, p]));
  return steps.map((s) => ({ ...s, ...placements.get(s.id) }));
}

function contents(records: ReturnType<typeof toRecords>) {
  const journey = listJourneys(records)[0]!;
  return { journey, steps: stepsOf(records, journey.id), edges: edgesOf(records, journey.id) };
}

describe("tidy up", () => {
  it("untangles the sample journey: no more crossings than before, no overlaps, every step in its cell", () => {
    const { journey, steps, edges } = contents(toRecords(buildSampleJourney(NOW)));
    const before = countCrossings(journey, steps, edges);
    expect(before).toBe(1);
    const after = tidied(journey, steps, edges);
    expect(countCrossings(journey, after, edges)).toBeLessThanOrEqual(before);
    expect(countCrossings(journey, after, edges)).toBe(0);
    expect(overlappingSteps(journey, after)).toEqual([]);
    for (const step of after) {
      const original = steps.find((s) => s.id === step.id)!;
      expect([step.stageId, step.laneId]).toEqual([original.stageId, original.laneId]);
      expect(step.x).toBeGreaterThanOrEqual(CELL_PADDING);
      expect(step.y).toBeGreaterThanOrEqual(CELL_PADDING);
    }
  });

  it("keeps every template free of overlaps and crossings no worse than drawn", () => {
    for (const id of TEMPLATE_IDS) {
      const { journey, steps, edges } = contents(toRecords(buildTemplate(id, NOW)));
      const after = tidied(journey, steps, edges);
      expect(overlappingSteps(journey, after), id).toEqual([]);
      expect(countCrossings(journey, after, edges), id).toBeLessThanOrEqual(
        countCrossings(journey, steps, edges),
      );
    }
  });

  it("spreads steps piled on one spot apart, inside the cell's bands", () => {
    const { journey, steps, edges } = journeyWith(9);
    const piled = steps.map((s) => ({ ...s, x: CELL_PADDING, y: CELL_PADDING }));
    expect(overlappingSteps(journey, piled).length).toBeGreaterThan(0);
    const after = tidied(journey, piled, edges);
    expect(overlappingSteps(journey, after)).toEqual([]);
    const bands = computeBands(journey, after);
    for (const step of after) {
      const stage = bands.stages.find((b) => b.id === step.stageId)!;
      const lane = bands.lanes.find((b) => b.id === step.laneId)!;
      expect(step.x + STEP_WIDTH).toBeLessThanOrEqual(stage.width);
      expect(step.y + STEP_HEIGHT).toBeLessThanOrEqual(lane.height);
    }
  });

  it("reads the flow left to right: inside a stage, a step comes after the one it follows", () => {
    const { journey, steps, edges } = journeyWith(6);
    // All in the first stage, in reverse order on the map.
    const reversed = steps.map((s, i) => ({
      ...s,
      stageId: journey.stages[0]!.id,
      x: CELL_PADDING + (5 - i) * 300,
    }));
    const after = tidied(journey, reversed, edges);
    const x = (i: number) => after.find((s) => s.id === steps[i]!.id)!.x;
    for (let i = 1; i < 6; i++) expect(x(i)).toBeGreaterThan(x(i - 1));
  });

  it("falls back to the map's own order when the graph layout runs out of stack", () => {
    const { journey, steps, edges } = journeyWith(6);
    const failing: GraphLayout = () => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    const after = tidied(journey, steps, edges, failing);
    expect(overlappingSteps(journey, after)).toEqual([]);
    expect(after.map((s) => s.stageId)).toEqual(steps.map((s) => s.stageId));
  });

  it("counts a crossing of two edges, and none for edges that share a step", () => {
    const { journey, steps } = journeyWith(4);
    const [a, b, c, d] = steps.map((s) => ({ ...s, stageId: journey.stages[0]!.id }));
    // a above b on the left, c above d on the right: a→d and b→c cross.
    const placed = [
      { ...a!, x: CELL_PADDING, y: CELL_PADDING, laneId: journey.lanes[0]!.id },
      { ...b!, x: CELL_PADDING, y: CELL_PADDING, laneId: journey.lanes[1]!.id },
      { ...c!, x: 600, y: CELL_PADDING, laneId: journey.lanes[0]!.id },
      { ...d!, x: 600, y: CELL_PADDING, laneId: journey.lanes[1]!.id },
    ];
    const edge = (s: StepRecord, t: StepRecord) => connect(journey.id, s.id, t.id, "", NOW);
    expect(
      countCrossings(journey, placed, [edge(placed[0]!, placed[3]!), edge(placed[1]!, placed[2]!)]),
    ).toBe(1);
    expect(
      countCrossings(journey, placed, [edge(placed[0]!, placed[2]!), edge(placed[1]!, placed[3]!)]),
    ).toBe(0);
    expect(
      countCrossings(journey, placed, [edge(placed[0]!, placed[3]!), edge(placed[3]!, placed[2]!)]),
    ).toBe(0);
  });
});
