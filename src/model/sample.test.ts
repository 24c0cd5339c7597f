import { NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { computeBands } from "./layout";
import { edgesOf, listJourneys, stepsOf } from "./records";
import { buildSampleJourney, SAMPLE_JOURNEY_NAME } from "./sample";

describe("sample journey", () => {
  const records = toRecords(buildSampleJourney(NOW));
  const journey = listJourneys(records)[0]!;
  const steps = stepsOf(records, journey.id);
  const edges = edgesOf(records, journey.id);

  it("is the first-meeting journey with at least 12 steps over 4 stages and 3 lanes", () => {
    expect(journey.name).toBe(SAMPLE_JOURNEY_NAME);
    expect(steps.length).toBeGreaterThanOrEqual(12);
    expect(new Set(steps.map((s) => s.stageId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(steps.map((s) => s.laneId)).size).toBeGreaterThanOrEqual(3);
    expect(journey.lanes.map((l) => l.name)).toEqual([
      "Job-seeker",
      "Counsellor (front stage)",
      "Back office",
      "IT systems",
    ]);
  });

  it("branches into walking in and booking online, and loops in the job search", () => {
    const byTitle = new Map(steps.map((s) => [s.title, s.id]));
    const out = (title: string) => edges.filter((e) => e.source === byTitle.get(title)).length;
    expect(out("Reads how to register on the website")).toBe(2);
    const search = byTitle.get("Searches for jobs following the plan");
    const follow = byTitle.get("Follows up and adjusts the plan");
    expect(edges.some((e) => e.source === search && e.target === follow)).toBe(true);
    expect(edges.some((e) => e.source === follow && e.target === search)).toBe(true);
  });

  it("carries the seed's situations in its step descriptions", () => {
    const text = steps.map((s) => `${s.title} ${s.description}`).join(" ");
    for (const phrase of ["several hours", "box-ticking", "whom they will meet", "in peace and quiet"]) {
      expect(text).toContain(phrase);
    }
  });

  it("puts no two steps on top of each other", () => {
    const layout = computeBands(journey, steps);
    const spots = steps.map((s) => {
      const stage = layout.stages.find((b) => b.id === s.stageId)!;
      const lane = layout.lanes.find((b) => b.id === s.laneId)!;
      return `${stage.x + s.x},${lane.y + s.y}`;
    });
    expect(new Set(spots).size).toBe(steps.length);
  });
});
