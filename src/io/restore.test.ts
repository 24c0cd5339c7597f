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

describe("restore of evidence and improvement records", () => {
  function evidence() {
    const { journey, steps, edges } = journeyWith(2);
    const source = {
      typeName: "source",
      id: "source:s1",
      kind: "interview",
      title: "Interview 1",
      respondent: "R1",
      respondentRole: "job-seeker",
      date: "2026-10-01",
      interviewer: "Team A",
      tags: ["office-north"],
      attributes: { ageGroup: "25-34" },
      text: "I waited three hours in the queue.",
      createdAt: NOW,
      updatedAt: NOW,
    };
    const code = {
      typeName: "code",
      id: "code:c1",
      name: "Waiting",
      colour: "#aa3300",
      description: "",
      parentId: null,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const excerpt = {
      typeName: "excerpt",
      id: "excerpt:e1",
      sourceId: source.id,
      start: 2,
      end: 8,
      quote: "waited",
      before: "I ",
      after: " three",
      codeIds: [code.id],
      coder: "Coder A",
      stepIds: [steps[0]!.id],
      edgeIds: [edges[0]!.id],
      painPointIds: [],
      note: "",
      createdAt: NOW,
      updatedAt: NOW,
    };
    const improvement = {
      typeName: "improvement",
      id: "improvement:i1",
      journeyId: journey.id,
      title: "Digital booking",
      description: "",
      owner: "",
      status: "planned",
      startDate: "",
      endDate: "",
      painPointIds: [],
      stepIds: [steps[1]!.id],
      createdAt: NOW,
      updatedAt: NOW,
    };
    const indicator = {
      typeName: "indicator",
      id: "indicator:w1",
      journeyId: journey.id,
      name: "Waiting time for the first meeting",
      unit: "minutes",
      better: "lower",
      target: 30,
      attachedTo: improvement.id,
      measurements: [{ id: "m1", date: "2026-01-15", value: 180, note: "baseline" }],
      createdAt: NOW,
      updatedAt: NOW,
    };
    return { journey, steps, edges, source, code, excerpt, improvement, indicator };
  }

  it("keeps sources, codes, excerpts, improvements and indicators unchanged", () => {
    const e = evidence();
    const input = [
      e.journey,
      ...e.steps,
      ...e.edges,
      e.source,
      e.code,
      e.excerpt,
      e.improvement,
      e.indicator,
    ];
    const result = restore({ formatVersion: FORMAT_VERSION, records: input }, NOW);
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(input.length);
    expect(result.records.find((r) => r.id === e.excerpt.id)).toEqual(e.excerpt);
    expect(result.records.find((r) => r.id === e.indicator.id)).toEqual(e.indicator);
  });

  it("drops an excerpt of a missing source and cuts links to missing records", () => {
    const e = evidence();
    const orphan = { ...e.excerpt, id: "excerpt:e2", sourceId: "source:gone" };
    const dangling = {
      ...e.excerpt,
      id: "excerpt:e3",
      stepIds: ["step:gone", e.steps[0]!.id],
      codeIds: ["code:gone"],
    };
    const input = [e.journey, ...e.steps, e.source, orphan, dangling];
    const result = restore({ formatVersion: FORMAT_VERSION, records: input }, NOW);
    expect(result.records.find((r) => r.id === orphan.id)).toBeUndefined();
    expect(result.records.find((r) => r.id === dangling.id)).toMatchObject({
      stepIds: [e.steps[0]!.id],
      codeIds: [],
      edgeIds: [],
    });
    expect(result.problems.some((p) => p.action === "dropped" && p.recordId === orphan.id)).toBe(true);
  });

  it("re-attaches an indicator whose improvement is gone to its journey, and frees a code whose parent is gone", () => {
    const e = evidence();
    const code = { ...e.code, parentId: "code:gone" };
    const result = restore({ formatVersion: FORMAT_VERSION, records: [e.journey, code, e.indicator] }, NOW);
    expect(result.records.find((r) => r.id === e.indicator.id)).toMatchObject({ attachedTo: e.journey.id });
    expect(result.records.find((r) => r.id === code.id)).toMatchObject({ parentId: null });
  });

  it("drops a measurement without a number or date but keeps the indicator", () => {
    const e = evidence();
    const indicator = {
      ...e.indicator,
      measurements: [
        ...e.indicator.measurements,
        { id: "m2", date: "", value: 10, note: "" },
        { id: "m3", date: "2026-02-01", value: "n/a", note: "" },
      ],
    };
    const result = restore(
      { formatVersion: FORMAT_VERSION, records: [e.journey, e.improvement, indicator] },
      NOW,
    );
    const restored = result.records.find((r) => r.id === indicator.id);
    expect(restored && "measurements" in restored && restored.measurements).toHaveLength(1);
  });
});
