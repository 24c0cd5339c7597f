import { NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { createJourney } from "@/model/journey";
import { buildSampleJourney } from "@/model/sample";
import type { ExcerptRecord, Records } from "@/model/types";
import { parseExport } from "./csv-writer.testkit";
import { richWorkspace } from "./rich-workspace.testkit";
import {
  EXCERPT_COLUMNS,
  excerptsCsv,
  PAIN_POINT_COLUMNS,
  painPointsCsv,
  STEP_COLUMNS,
  stepsCsv,
} from "./tables-csv";

/** Rows as objects keyed by column name. */
function table<C extends readonly string[]>(text: string, columns: C, delimiter = ";") {
  const [head, ...rows] = parseExport(text, delimiter);
  expect(head).toEqual([...columns]);
  return rows.map(
    (row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as Record<C[number], string>,
  );
}

describe("the pain-point table", () => {
  it("lists the sample journey's pains, highest priority first, with steps, stages and improvements", () => {
    const records = toRecords(buildSampleJourney(NOW));
    const rows = table(painPointsCsv(records, { delimiter: ";" }), PAIN_POINT_COLUMNS);
    const pains = Object.values(records).filter((r) => r.typeName === "painpoint");
    expect(rows).toHaveLength(pains.length);
    const priorities = rows.map((r) => Number(r.Priority));
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const queue = rows.find((r) => r["Pain point"] === "Hours of waiting in the Direktservice queue")!;
    expect(queue.Journey).toBe("First meeting with the employment service");
    expect(queue.Kind).toBe("thundercloud");
    expect(queue.Steps).not.toBe("");
    expect(queue.Improvements).toBe("Digital booking of the first meeting");
    expect(queue["Pain point ID"]).toMatch(/^pain:/);
  });

  it("names a blister's causes and counts the excerpts linked to each pain", () => {
    const { records, cloud, blister } = richWorkspace();
    const rows = table(painPointsCsv(records, { delimiter: "," }), PAIN_POINT_COLUMNS, ",");
    const byId = new Map(rows.map((r) => [r["Pain point ID"], r]));
    expect(byId.get(blister.id)!.Causes).toBe("Long queue");
    expect(byId.get(blister.id)!.Stages).toBe("After | Before");
    expect(byId.get(cloud.id)!.Evidence).toBe("1");
    expect(byId.get(blister.id)!.Evidence).toBe("0");
  });

  it("keeps to one journey when asked", () => {
    const a = richWorkspace("A", "a");
    const b = richWorkspace("B", "b");
    const records = { ...a.records, ...b.records };
    expect(table(painPointsCsv(records, { delimiter: ";" }), PAIN_POINT_COLUMNS)).toHaveLength(4);
    const one = table(
      painPointsCsv(records, { delimiter: ";", journeyId: b.journey.id }),
      PAIN_POINT_COLUMNS,
    );
    expect(one.map((r) => r.Journey)).toEqual(["B", "B"]);
  });
});

describe("the excerpt table", () => {
  it("gives each excerpt its source, respondent, role, codes, coder, steps and journey", () => {
    const { records, excerpt, steps } = richWorkspace();
    const [row, ...rest] = table(excerptsCsv(records, { delimiter: ";" }), EXCERPT_COLUMNS);
    expect(rest).toHaveLength(0);
    expect(row).toMatchObject({
      Quote: "waited",
      Source: "Interview 1",
      "Source kind": "interview",
      Respondent: "R1",
      "Respondent role": "job-seeker",
      Date: "2026-10-01",
      Codes: "Queue",
      Coder: "Anna",
      Steps: steps[1]!.title,
      "Pain points": "Long queue",
      Journeys: "Rich journey",
      "Excerpt ID": excerpt.id,
    });
  });

  it("in a journey, lists only the excerpts linked to it; in the workspace, unlinked ones too", () => {
    const a = richWorkspace("A", "a");
    const b = richWorkspace("B", "b");
    const unlinked: ExcerptRecord = {
      ...a.excerpt,
      id: "excerpt:loose" as ExcerptRecord["id"],
      stepIds: [],
      edgeIds: [],
      painPointIds: [],
    };
    const records: Records = { ...a.records, ...b.records, [unlinked.id]: unlinked };
    expect(table(excerptsCsv(records, { delimiter: ";" }), EXCERPT_COLUMNS)).toHaveLength(3);
    const inB = table(excerptsCsv(records, { delimiter: ";", journeyId: b.journey.id }), EXCERPT_COLUMNS);
    expect(inB.map((r) => r["Excerpt ID"])).toEqual([b.excerpt.id]);
  });
});

describe("the step table", () => {
  it("lists steps in reading order with stage, lane, pains, evidence and respondents", () => {
    const { records, steps } = richWorkspace();
    const rows = table(stepsCsv(records, { delimiter: ";" }), STEP_COLUMNS);
    // Stage by stage: the fourth step sits in the first stage, beside the first.
    expect(rows.map((r) => r["Step ID"])).toEqual([0, 3, 1, 2].map((i) => steps[i]!.id));
    expect(rows[2]).toMatchObject({
      Journey: "Rich journey",
      Stage: "During",
      Lane: "Job-seeker",
      "Pain points": "Long queue",
      Evidence: "1",
      Respondents: "1",
      Improvements: "Digital booking",
      Emotion: "",
    });
    expect(rows[1]!["Pain points"]).toBe("Box-ticking");
  });

  it("writes a hand-set emotion with the delimiter's decimal sign", () => {
    const journey = createJourney({ name: "J", stageNames: ["S"], laneNames: ["L"] }, NOW);
    const { records, steps } = richWorkspace();
    const tuned = { ...records, [steps[0]!.id]: { ...steps[0]!, emotion: -1.5 }, [journey.id]: journey };
    expect(table(stepsCsv(tuned, { delimiter: ";" }), STEP_COLUMNS)[0]!.Emotion).toBe("-1,5");
    expect(table(stepsCsv(tuned, { delimiter: "," }), STEP_COLUMNS, ",")[0]!.Emotion).toBe("-1.5");
  });
});
