import { asJourney, journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { applyChange } from "./diff";
import type { JourneyId } from "./ids";
import {
  addBand,
  copyFragment,
  copyInto,
  createJourney,
  deleteElements,
  deleteJourney,
  duplicateJourney,
  moveBand,
  placeSteps,
  removeBand,
  renameBand,
} from "./journey";
import { edgesOf, getJourney, stepsOf } from "./records";
import { buildSampleJourney } from "./sample";
import type { ImprovementRecord, IndicatorRecord } from "./types";

describe("journeys", () => {
  it("creates a journey with the given stages and lanes, each with its own id", () => {
    const journey = createJourney({ name: "J", stageNames: ["A", "B"], laneNames: ["L1", "L2", "L3"] }, NOW);
    expect(journey.stages.map((s) => s.name)).toEqual(["A", "B"]);
    expect(journey.lanes.map((l) => l.name)).toEqual(["L1", "L2", "L3"]);
    expect(new Set([...journey.stages, ...journey.lanes].map((b) => b.id)).size).toBe(5);
    expect(journey.id).toMatch(/^journey:[0-9a-z]{16}$/);
  });

  it("deletes a journey with all its steps and edges, and nothing else", () => {
    const a = journeyWith(3, "A");
    const b = journeyWith(2, "B");
    const records = { ...a.records, ...b.records };
    const { records: after } = applyChange(records, deleteJourney(records, a.journey.id));
    expect(Object.keys(after).sort()).toEqual(Object.keys(b.records).sort());
  });

  it("duplicates a journey under new ids with every reference remapped", () => {
    const { journey, records } = journeyWith(4);
    const { records: after } = applyChange(records, duplicateJourney(records, journey.id, "Copy", NOW));
    const copy = Object.values(after).find((r) => r.typeName === "journey" && r.id !== journey.id);
    const copyJourney = asJourney(copy);
    expect(copyJourney.name).toBe("Copy");
    const steps = stepsOf(after, copyJourney.id);
    const edges = edgesOf(after, copyJourney.id);
    expect(steps).toHaveLength(4);
    expect(edges).toHaveLength(3);
    const stageIds = new Set(copyJourney.stages.map((s) => s.id));
    const stepIds = new Set(steps.map((s) => s.id));
    for (const step of steps) expect(stageIds.has(step.stageId)).toBe(true);
    for (const edge of edges) expect(stepIds.has(edge.source) && stepIds.has(edge.target)).toBe(true);
    expect(stageIds.has(journey.stages[0]!.id)).toBe(false);
    expect(stepsOf(after, journey.id)).toHaveLength(4);
  });
});

describe("steps and edges", () => {
  it("deleting a step takes its edges along", () => {
    const { steps, records } = journeyWith(3);
    const change = deleteElements(records, [steps[1]!.id]);
    const { records: after } = applyChange(records, change);
    expect(after[steps[1]!.id]).toBeUndefined();
    expect(Object.values(after).filter((r) => r.typeName === "edge")).toHaveLength(0);
    expect(after[steps[0]!.id]).toBeDefined();
  });

  it("placing a step where it already is changes nothing (a click is not a move)", () => {
    const { steps, records } = journeyWith(1);
    const s = steps[0]!;
    expect(
      placeSteps(records, [{ id: s.id, stageId: s.stageId, laneId: s.laneId, x: s.x, y: s.y }], NOW),
    ).toEqual({
      put: [],
    });
  });

  it("copies a fragment with only the edges inside it, under new ids", () => {
    const { journey, steps, records } = journeyWith(3);
    const fragment = copyFragment(records, [steps[0]!.id, steps[1]!.id]);
    expect(fragment.steps).toHaveLength(2);
    expect(fragment.edges).toHaveLength(1);
    const { put, stepIds } = copyInto(
      journey,
      fragment.steps,
      fragment.edges,
      { x: 24, y: 24 },
      NOW,
      journey,
    );
    expect(stepIds).toHaveLength(2);
    expect(stepIds.some((id) => records[id])).toBe(false);
    const pastedEdge = put.find((r) => r.typeName === "edge");
    expect(pastedEdge && "source" in pastedEdge && stepIds.includes(pastedEdge.source)).toBe(true);
    const pastedStep = put.find((r) => r.id === stepIds[0]);
    expect(pastedStep && "x" in pastedStep && pastedStep.x).toBe(steps[0]!.x + 24);
  });

  it("pastes into another journey, mapping stages and lanes by position", () => {
    const from = journeyWith(3, "From");
    const to = journeyWith(0, "To");
    const fragment = copyFragment(from.records, [from.steps[2]!.id]);
    const { put } = copyInto(to.journey, fragment.steps, fragment.edges, { x: 0, y: 0 }, NOW, from.journey);
    const pasted = put[0]!;
    expect(pasted.typeName === "step" && pasted.journeyId).toBe(to.journey.id);
    expect(pasted.typeName === "step" && pasted.stageId).toBe(to.journey.stages[2]!.id);
  });
});

describe("stages and lanes", () => {
  it("adds, renames and reorders bands", () => {
    const { journey, records } = journeyWith(0);
    let r = applyChange(records, addBand(journey, "stages", "Later", NOW)).records;
    let j = getJourney(r, journey.id)!;
    expect(j.stages.map((s) => s.name)).toEqual(["Before", "During", "After", "Later"]);
    r = applyChange(r, renameBand(j, "stages", j.stages[3]!.id, "Much later", NOW)).records;
    j = getJourney(r, journey.id)!;
    r = applyChange(r, moveBand(j, "stages", j.stages[3]!.id, -1, NOW)).records;
    j = getJourney(r, journey.id)!;
    expect(j.stages.map((s) => s.name)).toEqual(["Before", "During", "Much later", "After"]);
    expect(moveBand(j, "stages", j.stages[0]!.id, -1, NOW)).toEqual({});
  });

  it("removing a band moves its steps to the neighbour instead of deleting them", () => {
    const { journey, steps, records } = journeyWith(3);
    const middle = journey.stages[1]!;
    const { records: after } = applyChange(records, removeBand(records, journey, "stages", middle.id, NOW));
    const j = getJourney(after, journey.id)!;
    expect(j.stages).toHaveLength(2);
    expect(stepsOf(after, journey.id)).toHaveLength(3);
    const moved = after[steps[1]!.id];
    expect(moved?.typeName === "step" && moved.stageId).toBe(journey.stages[0]!.id);
  });

  it("keeps the last stage", () => {
    const journey = createJourney({ name: "J", stageNames: ["Only"], laneNames: ["L"] }, NOW);
    expect(removeBand(toRecords([journey]), journey, "stages", journey.stages[0]!.id, NOW)).toEqual({});
  });
});

describe("duplicating a journey with pain points, improvements and indicators", () => {
  it("copies them all, each pointing at the copies", () => {
    const sample = buildSampleJourney(NOW);
    const records = toRecords(sample);
    const original = sample[0]!.id as JourneyId;
    const { records: after } = applyChange(records, duplicateJourney(records, original, "Copy", NOW));
    const copy = Object.values(after).find((r) => r.typeName === "journey" && r.id !== original)!;
    const of = (type: string) =>
      Object.values(after).filter((r) => r.typeName === type && "journeyId" in r && r.journeyId === copy.id);
    const originals = (type: string) => sample.filter((r) => r.typeName === type);
    expect(of("painpoint")).toHaveLength(originals("painpoint").length);
    expect(of("improvement")).toHaveLength(originals("improvement").length);
    expect(of("indicator")).toHaveLength(originals("indicator").length);
    const ids = new Set(
      Object.values(after)
        .filter((r) => ("journeyId" in r && r.journeyId === copy.id) || r.id === copy.id)
        .map((r) => r.id),
    );
    for (const indicator of of("indicator"))
      expect(ids.has((indicator as IndicatorRecord).attachedTo)).toBe(true);
    for (const improvement of of("improvement") as ImprovementRecord[]) {
      for (const id of [...improvement.painPointIds, ...improvement.stepIds]) expect(ids.has(id)).toBe(true);
    }
  });
});
