import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { edgesOf, listJourneys, stepsOf } from "@/model/records";
import { buildSampleJourney } from "@/model/sample";
import { countCrossings, overlappingSteps } from "@/model/tidy";
import type { JourneyRecord, StepRecord } from "@/model/types";
import { handleTidy } from "./tidy-handler";

function placed(steps: readonly StepRecord[], outcome: ReturnType<typeof handleTidy>): StepRecord[] {
  if (outcome.type !== "done") throw new Error(outcome.message);
  const at = new Map(outcome.placements.map((p) => [p.id, p]));
  return steps.map((s) => ({ ...s, ...at.get(s.id) }));
}

describe("the tidy-up handler", () => {
  it("lays out the sample journey: a placement for every step, no overlaps, no crossings", () => {
    const records = toRecords(buildSampleJourney(NOW));
    const journey = listJourneys(records)[0]!;
    const steps = stepsOf(records, journey.id);
    const edges = edgesOf(records, journey.id);
    const outcome = handleTidy({ journey, steps, edges });
    expect(outcome.type).toBe("done");
    // What the worker posts arrives as a structured clone.
    expect(structuredClone(outcome)).toEqual(outcome);
    const after = placed(steps, outcome);
    expect(overlappingSteps(journey, after)).toEqual([]);
    expect(countCrossings(journey, after, edges)).toBe(0);
    expect(after.map((s) => [s.stageId, s.laneId])).toEqual(steps.map((s) => [s.stageId, s.laneId]));
  });

  it("still places a chain of 3,000 steps, whatever dagre's stack allows", () => {
    const { journey, steps, edges } = journeyWith(3000);
    const after = placed(steps, handleTidy({ journey, steps, edges }));
    expect(overlappingSteps(journey, after)).toEqual([]);
    // Left to right inside each stage, as the chain runs.
    const x = new Map(after.map((s) => [s.id, s.x]));
    for (let i = 3; i < steps.length; i++)
      expect(x.get(steps[i]!.id)!).toBeGreaterThan(x.get(steps[i - 3]!.id)!);
  });

  it("reports a failure instead of throwing", () => {
    const { journey, steps, edges } = journeyWith(3);
    const broken = { ...journey, stages: null } as unknown as JourneyRecord;
    expect(handleTidy({ journey: broken, steps, edges })).toEqual({
      type: "failed",
      message: expect.any(String),
    });
  });
});
