import { journeyWith, NOW } from "@test/factories";
import fixtureV1 from "@test/fixtures/workspace-v1.json";
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, NewerFormatError } from "./migrations";
import { restore } from "./restore";

function rows(records: object) {
  return Object.values(records).map((r) => structuredClone(r));
}

describe("restore", () => {
  it("returns valid records unchanged and reports nothing", () => {
    const { records } = journeyWith(3);
    const result = restore({ formatVersion: FORMAT_VERSION, records: rows(records) }, NOW);
    expect(result.problems).toEqual([]);
    expect(result.changed).toBe(false);
    expect(result.records).toHaveLength(Object.keys(records).length);
    for (const record of result.records) expect(record).toEqual(records[record.id]);
  });

  it("keeps unknown fields so newer data survives a round trip", () => {
    const { steps } = journeyWith(1);
    const { journey } = journeyWith(0);
    const step = {
      ...steps[0]!,
      journeyId: journey.id,
      stageId: journey.stages[0]!.id,
      laneId: journey.lanes[0]!.id,
      mood: 2,
    };
    const result = restore({ formatVersion: FORMAT_VERSION, records: [journey, step] }, NOW);
    expect(result.records.find((r) => r.id === step.id)).toMatchObject({ mood: 2 });
  });

  it("repairs bad fields and says which journey they belong to", () => {
    const { journey, steps } = journeyWith(1, "Broken one");
    const bad = { ...steps[0]!, title: 42, x: "left", channel: "pigeon" };
    const result = restore({ formatVersion: FORMAT_VERSION, records: [journey, bad] }, NOW);
    const step = result.records.find((r) => r.id === bad.id);
    expect(step).toMatchObject({ title: "", x: 0, channel: "other" });
    expect(result.problems).toEqual([
      expect.objectContaining({ action: "repaired", journeyName: "Broken one", recordId: bad.id }),
    ]);
    expect(result.changed).toBe(true);
  });

  it("moves a step whose stage is gone into an existing one", () => {
    const { journey, steps } = journeyWith(1);
    const lost = { ...steps[0]!, stageId: "stage:gone" };
    const result = restore({ formatVersion: FORMAT_VERSION, records: [journey, lost] }, NOW);
    expect(result.records.find((r) => r.id === lost.id)).toMatchObject({ stageId: journey.stages[0]!.id });
  });

  it("drops what cannot be read without blocking the other journeys", () => {
    const good = journeyWith(2, "Good");
    const broken = journeyWith(2, "Broken");
    const input = [
      ...rows(good.records),
      broken.journey,
      { ...broken.steps[0]!, id: 17 },
      null,
      "garbage",
      { typeName: "spaceship", id: "spaceship:1" },
      broken.edges[0]!,
    ];
    const result = restore({ formatVersion: FORMAT_VERSION, records: input }, NOW);
    expect(
      result.records
        .filter((r) => r.typeName === "journey")
        .map((r) => (r as { name: string }).name)
        .sort(),
    ).toEqual(["Broken", "Good"]);
    expect(result.records.filter((r) => r.typeName === "step")).toHaveLength(2);
    // The edge lost its source step, so it goes too, reported under its journey's name.
    expect(result.problems.some((p) => p.action === "dropped" && p.journeyName === "Broken")).toBe(true);
    expect(result.problems.filter((p) => p.action === "dropped")).toHaveLength(5);
  });

  it("gives a journey without stages or lanes a default one", () => {
    const { journey } = journeyWith(0);
    const result = restore(
      { formatVersion: FORMAT_VERSION, records: [{ ...journey, stages: "nope", lanes: [] }] },
      NOW,
    );
    const restored = result.records[0]!;
    expect(restored.typeName === "journey" && restored.stages.length).toBe(1);
    expect(restored.typeName === "journey" && restored.lanes.length).toBe(1);
  });

  it("checks references against records already in memory", () => {
    const { journey, steps, records } = journeyWith(2);
    const edge = {
      typeName: "edge",
      id: "edge:new",
      journeyId: journey.id,
      source: steps[0]!.id,
      target: steps[1]!.id,
      label: "",
      updatedAt: NOW,
    };
    const result = restore({ formatVersion: FORMAT_VERSION, records: [edge] }, NOW, records);
    expect(result.records).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it("refuses data from a newer format version", () => {
    expect(() => restore({ formatVersion: FORMAT_VERSION + 1, records: [] }, NOW)).toThrow(NewerFormatError);
    expect(() => restore({ formatVersion: FORMAT_VERSION + 1, records: [] }, NOW)).toThrow(/newer version/);
  });

  it("still loads the released format 1 fixture", () => {
    const result = restore(fixtureV1, NOW);
    expect(result.problems).toEqual([]);
    expect(result.records.filter((r) => r.typeName === "step").length).toBeGreaterThanOrEqual(12);
  });
});
