import { journeyWith, NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import type { StageId } from "@/model/ids";
import { createStep } from "@/model/journey";
import type { AnyRecord, JourneyRecord, Records, StepRecord } from "@/model/types";
import { applyPlan, type ImportPlan, planImport, remapIds } from "./import-plan";
import { FORMAT_VERSION } from "./migrations";
import { restore } from "./restore";
import { richWorkspace } from "./rich-workspace.testkit";

/** Every reference resolves: restore() keeps every record as it is and reports nothing. */
function expectConsistent(records: Records) {
  const result = restore({ formatVersion: FORMAT_VERSION, records: Object.values(records) }, NOW);
  expect(result.problems).toEqual([]);
  expect(result.records).toHaveLength(Object.keys(records).length);
  for (const record of result.records) expect(record).toEqual(records[record.id]);
}

/** The existing records are all still there, none of them changed. */
function expectUntouched(before: Records, after: Records) {
  for (const [id, record] of Object.entries(before)) expect(after[id]).toBe(record);
}

function journeys(records: Records): JourneyRecord[] {
  return Object.values(records).filter((r): r is JourneyRecord => r.typeName === "journey");
}

const put = (plan: ImportPlan) => plan.change.put;

describe("planImport: import as new", () => {
  it("gives every record and every stage and lane a fresh id and remaps every reference", () => {
    const file = richWorkspace();
    const plan = planImport(file.list, {}, { mode: "new" });
    const after = applyPlan({}, plan);
    expect(put(plan)).toHaveLength(file.list.length);
    for (const record of put(plan)) expect(file.records[record.id]).toBeUndefined();
    const journey = journeys(after)[0]!;
    for (const band of [...journey.stages, ...journey.lanes]) {
      expect(plan.idMap.get(file.journey.stages[0]!.id)).toBeDefined();
      expect(JSON.stringify(file.list)).not.toContain(band.id);
    }
    expectConsistent(after);
    expect(plan.added).toMatchObject({
      journey: 1,
      step: 4,
      edge: 3,
      painpoint: 2,
      excerpt: 1,
      indicator: 1,
    });
    expect(plan.addedTotal).toBe(file.list.length);
    expect(plan.copied).toBe(0);
    expect(plan.journeyIds).toEqual([journey.id]);
  });

  it("puts the copy beside the original, named “(imported)”, and overwrites nothing", () => {
    const existing = richWorkspace("Same name").records;
    const file = richWorkspace("Same name", "b");
    const plan = planImport(file.list, existing, { mode: "new" });
    const after = applyPlan(existing, plan);
    expectUntouched(existing, after);
    expect(
      journeys(after)
        .map((j) => j.name)
        .sort(),
    ).toEqual(["Same name", "Same name (imported)"]);
    expect(plan.renamed).toEqual([{ from: "Same name", to: "Same name (imported)" }]);
    expectConsistent(after);
    // Again: the next free name.
    const again = planImport(file.list, after, { mode: "new" });
    expect(again.renamed[0]!.to).toBe("Same name (imported 2)");
  });

  it("importing the same file twice as new gives two independent copies", () => {
    const file = richWorkspace();
    const once = applyPlan(file.records, planImport(file.list, file.records, { mode: "new" }));
    const twice = applyPlan(once, planImport(file.list, once, { mode: "new" }));
    expect(Object.keys(twice)).toHaveLength(file.list.length * 3);
    expectConsistent(twice);
  });
});

describe("planImport: merge", () => {
  it("adds a file with unknown ids under its own ids", () => {
    const existing = journeyWith(2, "Mine").records;
    const file = richWorkspace();
    const plan = planImport(file.list, existing, { mode: "merge" });
    expect(put(plan).map((r) => r.id)).toEqual(file.list.map((r) => r.id));
    expect(plan.idMap.size).toBe(0);
    const after = applyPlan(existing, plan);
    expectUntouched(existing, after);
    expectConsistent(after);
  });

  it("adds nothing when the workspace already has everything", () => {
    const file = richWorkspace();
    const plan = planImport(
      file.list.map((r) => structuredClone(r)),
      file.records,
      { mode: "merge" },
    );
    expect(put(plan)).toEqual([]);
    expect(plan.unchanged).toBe(file.list.length);
  });

  it("adds what is new and skips what is there: a step added elsewhere joins the journey", () => {
    const local = richWorkspace();
    const newStep = createStep(
      local.journey.id,
      { stageId: local.journey.stages[1]!.id, laneId: local.journey.lanes[1]!.id, x: 20, y: 20 },
      { title: "Added on the other laptop" },
      NOW,
    );
    const plan = planImport([...local.list, newStep], local.records, { mode: "merge" });
    expect(put(plan)).toEqual([newStep]);
    expect(plan.added).toEqual({ step: 1 });
    expectConsistent(applyPlan(local.records, plan));
  });

  it("brings a record that differs in as a copy, and the records that point at it follow the copy", () => {
    const local = richWorkspace();
    const edited: StepRecord = {
      ...local.steps[1]!,
      title: "Edited elsewhere",
      updatedAt: "2026-11-24T10:00:00.000Z",
    };
    const file = local.list.map((r) => (r.id === edited.id ? edited : r));
    const plan = planImport(file, local.records, { mode: "merge" });
    const after = applyPlan(local.records, plan);
    expectUntouched(local.records, after);
    expectConsistent(after);
    const copyId = plan.idMap.get(edited.id)!;
    expect(after[copyId]).toMatchObject({ title: "Edited elsewhere", journeyId: local.journey.id });
    // The edges to and from the step, the pain point on it, the excerpt, the improvement and the
    // indicator pointing at it come in as copies that point at the copy.
    const copies = put(plan);
    expect(copies.every((r) => !local.records[r.id])).toBe(true);
    expect(copies.find((r) => r.typeName === "painpoint" && r.title === "Long queue")).toMatchObject({
      stepIds: [copyId],
    });
    expect(copies.find((r) => r.typeName === "indicator")).toMatchObject({ attachedTo: copyId });
    expect(copies.filter((r) => r.typeName === "edge")).toHaveLength(2);
    expect(plan.copied).toBe(copies.length);
    expect(plan.replaced).toBe(0);
    // The journey itself is the same, so nothing is renamed or duplicated.
    expect(journeys(after)).toHaveLength(1);
  });

  it("with “replace”, overwrites exactly the records that differ", () => {
    const local = richWorkspace();
    const edited: StepRecord = { ...local.steps[1]!, title: "Edited elsewhere" };
    const file = local.list.map((r) => (r.id === edited.id ? edited : r));
    const plan = planImport(file, local.records, { mode: "merge", replace: true });
    expect(put(plan)).toEqual([edited]);
    expect(plan.replaced).toBe(1);
    expect(plan.unchanged).toBe(local.list.length - 1);
    const after = applyPlan(local.records, plan);
    expect(after[edited.id]).toEqual(edited);
    expectConsistent(after);
  });

  it("brings in a journey that differs as a whole copy with its own stages, lanes and contents", () => {
    const local = richWorkspace("Shared");
    const renamed: JourneyRecord = { ...local.journey, persona: "Changed elsewhere" };
    const file = local.list.map((r) => (r.id === renamed.id ? renamed : r));
    const plan = planImport(file, local.records, { mode: "merge" });
    const after = applyPlan(local.records, plan);
    expectUntouched(local.records, after);
    expectConsistent(after);
    const copy = journeys(after).find((j) => j.id !== local.journey.id)!;
    expect(copy).toMatchObject({ name: "Shared (imported)", persona: "Changed elsewhere" });
    for (const band of [...copy.stages, ...copy.lanes]) {
      expect([...local.journey.stages, ...local.journey.lanes].some((b) => b.id === band.id)).toBe(false);
    }
    const contents = Object.values(after).filter((r) => "journeyId" in r && r.journeyId === copy.id);
    expect(contents).toHaveLength(4 + 3 + 2 + 1 + 1);
    // Records outside journeys that are unchanged and do not point into it stay single.
    expect(Object.values(after).filter((r) => r.typeName === "source")).toHaveLength(1);
  });

  it("a replaced journey keeps the stages that the workspace's own steps still stand in", () => {
    const local = journeyWith(3, "Shared");
    const extraStage = local.journey.stages[2]!;
    const fromFile: JourneyRecord = {
      ...local.journey,
      stages: local.journey.stages.slice(0, 2),
      updatedAt: "2026-11-24T10:00:00.000Z",
    };
    // The file knows the journey and its first two steps; the third step is only here.
    const file: AnyRecord[] = [fromFile, local.steps[0]!, local.steps[1]!];
    const plan = planImport(file, local.records, { mode: "merge", replace: true });
    const after = applyPlan(local.records, plan);
    const journey = journeys(after)[0]!;
    expect(journey.stages.map((s) => s.id)).toEqual([...fromFile.stages.map((s) => s.id), extraStage.id]);
    expect(journey.updatedAt).toBe("2026-11-24T10:00:00.000Z");
    expectConsistent(after);
  });

  it("gives a new journey fresh stage ids when another journey here already uses them", () => {
    const local = journeyWith(1, "Mine");
    const other = journeyWith(2, "Theirs");
    const clash: JourneyRecord = { ...other.journey, stages: local.journey.stages };
    const steps = other.steps.map((s, i) => ({ ...s, stageId: local.journey.stages[i % 3]!.id as StageId }));
    const file: AnyRecord[] = [clash, ...steps, ...other.edges];
    const plan = planImport(file, local.records, { mode: "merge" });
    const after = applyPlan(local.records, plan);
    const theirs = after[other.journey.id] as JourneyRecord;
    expect(theirs.stages.some((s) => local.journey.stages.some((x) => x.id === s.id))).toBe(false);
    expect((after[other.steps[0]!.id] as StepRecord).stageId).toBe(theirs.stages[0]!.id);
    expectConsistent(after);
  });

  it("never moves a record into another journey, even with replace", () => {
    const local = journeyWith(1, "Mine");
    const other = journeyWith(0, "Theirs");
    const hijack: StepRecord = {
      ...local.steps[0]!,
      journeyId: other.journey.id,
      stageId: other.journey.stages[0]!.id,
      laneId: other.journey.lanes[0]!.id,
    };
    const plan = planImport([other.journey, hijack], local.records, { mode: "merge", replace: true });
    const after = applyPlan(local.records, plan);
    expectUntouched(local.records, after);
    expect(plan.replaced).toBe(0);
    expectConsistent(after);
  });

  it("settles when pain points that cite each other differ", () => {
    const local = richWorkspace();
    const cloud = { ...local.cloud, causes: [local.blister.id] };
    const records = { ...local.records, [cloud.id]: cloud };
    const file = Object.values(records).map((r) =>
      r.id === local.blister.id ? { ...r, title: "Changed" } : r,
    );
    const plan = planImport(file, records, { mode: "merge" });
    const after = applyPlan(records, plan);
    expectUntouched(records, after);
    expectConsistent(after);
  });
});

describe("remapIds", () => {
  it("replaces ids anywhere, fields of future versions included, and leaves other strings alone", () => {
    const map = new Map([["step:a", "step:b"]]);
    expect(
      remapIds({ x: "step:a", list: ["step:a", "step:c"], deep: { future: "step:a" }, text: "step:a!" }, map),
    ).toEqual({
      x: "step:b",
      list: ["step:b", "step:c"],
      deep: { future: "step:b" },
      text: "step:a!",
    });
  });
});
