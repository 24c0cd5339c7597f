import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JourneyId, PainPointId, StepId } from "@/model/ids";
import { STEP_WIDTH } from "@/model/layout";
import { getJourney, isStep, listJourneys, stepsOf } from "@/model/records";
import type { StepRecord } from "@/model/types";
import { bindCanvas, journeyLayout } from "./canvas";
import { runCommand } from "./commands";
import { onDocumentChange } from "./document";
import { resetStore, useStore } from "./store";

function open(): JourneyId {
  const route = useStore.getState().route;
  if (route.view !== "journey") throw new Error("no journey open");
  return route.journeyId;
}
function steps(): StepRecord[] {
  return stepsOf(useStore.getState().records, open());
}
function step(id: string): StepRecord {
  const record = useStore.getState().records[id];
  if (!isStep(record)) throw new Error(`no step ${id}`);
  return record;
}

let unbind: () => void;
beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  unbind = bindCanvas();
});
afterEach(() => unbind());

describe("journey commands", () => {
  it("creates and opens a journey with the default lanes", () => {
    runCommand("journey.create");
    const journey = getJourney(useStore.getState().records, open())!;
    expect(journey.lanes.map((l) => l.name)).toEqual([
      "Job-seeker",
      "Counsellor (front stage)",
      "Back office",
      "IT systems",
    ]);
  });

  it("deletes a journey with an undoable notice, and undo brings everything back", () => {
    runCommand("journey.sample");
    const id = open();
    const before = useStore.getState().records;
    runCommand("journey.delete", id);
    expect(useStore.getState().route).toEqual({ view: "journeys" });
    expect(listJourneys(useStore.getState().records)).toHaveLength(0);
    expect(useStore.getState().notice).toMatchObject({ undoDepth: useStore.getState().history.undo.length });
    runCommand("history.undo");
    expect(useStore.getState().records).toEqual(before);
  });

  it("duplicates a journey", () => {
    runCommand("journey.sample");
    const id = open();
    runCommand("journey.duplicate", id);
    const names = listJourneys(useStore.getState().records)
      .map((j) => j.name)
      .sort();
    expect(names).toEqual([
      "First meeting with the employment service",
      "First meeting with the employment service (copy)",
    ]);
  });
});

describe("step commands", () => {
  beforeEach(() => runCommand("journey.create"));

  it("adds a step, selects it, and asks for the title field", () => {
    runCommand("step.add");
    const [added] = steps();
    expect(added!.title).toBe("New step");
    expect(useStore.getState().selection).toEqual([added!.id]);
    expect(useStore.getState().focusTitleOf).toBe(added!.id);
  });

  it("adds the next step beside the selected one", () => {
    runCommand("step.add");
    const first = steps()[0]!;
    runCommand("step.add");
    const second = steps().find((s) => s.id !== first.id)!;
    expect(second.stageId).toBe(first.stageId);
    expect(second.laneId).toBe(first.laneId);
    expect(second.x).toBeGreaterThanOrEqual(first.x + STEP_WIDTH);
  });

  it("undoes and redoes each add separately, 100 deep", () => {
    for (let i = 0; i < 120; i++) runCommand("step.add");
    expect(steps()).toHaveLength(120);
    for (let i = 0; i < 100; i++) runCommand("history.undo");
    expect(steps()).toHaveLength(20);
    for (let i = 0; i < 100; i++) runCommand("history.redo");
    expect(steps()).toHaveLength(120);
  });

  it("typing into a field undoes as one step", () => {
    runCommand("step.add");
    const id = steps()[0]!.id;
    for (const title of ["Q", "Qu", "Que", "Queu", "Queue"]) runCommand("step.update", id, { title });
    expect(step(id).title).toBe("Queue");
    runCommand("history.undo");
    expect(step(id).title).toBe("New step");
  });

  it("deletes the selection with its edges, undoably", () => {
    runCommand("step.add");
    runCommand("step.add");
    const [a, b] = steps();
    runCommand("edge.connect", a!.id, b!.id);
    useStore.setState({ selection: [a!.id] });
    runCommand("selection.delete");
    const records = useStore.getState().records;
    expect(records[a!.id]).toBeUndefined();
    expect(Object.values(records).filter((r) => r.typeName === "edge")).toHaveLength(0);
    runCommand("history.undo");
    expect(Object.values(useStore.getState().records).filter((r) => r.typeName === "edge")).toHaveLength(1);
  });

  it("nudging moves a step inside its cell, which grows to make room", () => {
    runCommand("step.add");
    const s = steps()[0]!;
    const journey = getJourney(useStore.getState().records, open())!;
    const width = journeyLayout(useStore.getState().records, journey).stages[0]!.width;
    for (let i = 0; i < 5; i++) runCommand("selection.nudgeRightFar");
    runCommand("selection.nudgeDown");
    expect(step(s.id)).toMatchObject({ stageId: s.stageId, x: s.x + 500, y: s.y + 10 });
    expect(
      journeyLayout(useStore.getState().records, getJourney(useStore.getState().records, open())!).stages[0]!
        .width,
    ).toBeGreaterThan(width);
    runCommand("history.undo");
    expect(step(s.id).x).toBe(s.x);
  });

  it("moves the selection to the neighbouring stage or lane by keyboard command", () => {
    runCommand("step.add");
    const s = steps()[0]!;
    const journey = getJourney(useStore.getState().records, open())!;
    runCommand("selection.toNextStage");
    runCommand("selection.toNextLane");
    expect(step(s.id)).toMatchObject({ stageId: journey.stages[1]!.id, laneId: journey.lanes[1]!.id });
    runCommand("selection.toPreviousStage");
    runCommand("selection.toPreviousStage");
    expect(step(s.id).stageId).toBe(journey.stages[0]!.id);
  });

  it("moves a step to another stage from the inspector", () => {
    runCommand("step.add");
    const s = steps()[0]!;
    const journey = getJourney(useStore.getState().records, open())!;
    runCommand("step.moveToCell", s.id, { stageId: journey.stages[2]!.id });
    expect(step(s.id).stageId).toBe(journey.stages[2]!.id);
  });

  it("duplicates the selection with the edges inside it", () => {
    runCommand("step.add");
    runCommand("step.add");
    const [a, b] = steps();
    runCommand("edge.connect", a!.id, b!.id);
    useStore.setState({ selection: [a!.id, b!.id] });
    runCommand("selection.duplicate");
    expect(steps()).toHaveLength(4);
    expect(Object.values(useStore.getState().records).filter((r) => r.typeName === "edge")).toHaveLength(2);
    expect(useStore.getState().selection).toHaveLength(2);
    expect(useStore.getState().selection).not.toContain(a!.id);
  });

  it("copies in one journey and pastes into another", () => {
    runCommand("step.add");
    const original = steps()[0]!;
    runCommand("step.update", original.id, { title: "Books a meeting" });
    useStore.setState({ selection: [original.id] });
    runCommand("clipboard.copy");
    runCommand("journey.create", { name: "Other" });
    runCommand("clipboard.paste");
    expect(steps().map((s) => s.title)).toEqual(["Books a meeting"]);
    expect(steps()[0]!.id).not.toBe(original.id);
  });

  it("places dropped steps by where they land", () => {
    runCommand("step.add");
    const s = steps()[0]!;
    const journey = getJourney(useStore.getState().records, open())!;
    const layout = journeyLayout(useStore.getState().records, journey);
    const lane = layout.lanes[2]!;
    const stage = layout.stages[1]!;
    runCommand("step.place", [{ id: s.id, position: { x: stage.x + 40, y: lane.y + 30 } }]);
    expect(step(s.id)).toMatchObject({ stageId: stage.id, laneId: lane.id, x: 40, y: 30 });
  });

  it("manages stages: add, rename, reorder, remove keeps steps", () => {
    runCommand("step.add");
    const s = steps()[0]!;
    runCommand("band.add", "stages");
    let journey = getJourney(useStore.getState().records, open())!;
    expect(journey.stages).toHaveLength(4);
    runCommand("band.rename", "stages", journey.stages[3]!.id, "Follow-up");
    runCommand("band.move", "stages", journey.stages[3]!.id, -1);
    journey = getJourney(useStore.getState().records, open())!;
    expect(journey.stages.map((x) => x.name)).toEqual(["Before", "During", "Follow-up", "After"]);
    runCommand("band.remove", "stages", journey.stages[0]!.id);
    expect(step(s.id).stageId).toBe(journey.stages[1]!.id);
  });
});

describe("canvas", () => {
  it("rebuilds only the node of the step that changed", () => {
    runCommand("journey.sample");
    const before = useStore.getState().canvas.nodes;
    const target = before[3]!;
    runCommand("step.update", target.id as StepId, { description: "Only this one" });
    const after = useStore.getState().canvas.nodes;
    expect(after).toHaveLength(before.length);
    const rebuilt = after.filter((n, i) => n !== before[i]);
    expect(rebuilt.map((n) => n.id)).toEqual([target.id]);
  });

  it("reports every document change once to listeners, tagged with its origin", () => {
    const seen: string[] = [];
    const stop = onDocumentChange((diff, origin) => seen.push(`${origin}:${Object.keys(diff).length}`));
    runCommand("journey.create");
    runCommand("step.add");
    runCommand("history.undo");
    stop();
    expect(seen).toEqual(["user:1", "user:1", "undo:1"]);
  });
});

describe("causes links on the map", () => {
  it("draws a blister's causes link from its steps to the thunderclouds' steps, and drops it when resolved", () => {
    runCommand("journey.sample");
    const causes = () => useStore.getState().canvas.edges.filter((e) => e.id.startsWith("cause:"));
    const drawn = causes();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.map((e) => e.ariaLabel)).toContain(
      "Action plan and job offer demanded at the first meeting causes The first meeting feels rushed",
    );
    expect(drawn.every((e) => e.selectable === false && e.deletable === false)).toBe(true);
    const blister = Object.values(useStore.getState().records).find(
      (r) =>
        r.typeName === "painpoint" && r.title === "Action plan and job offer demanded at the first meeting",
    )!;
    runCommand("pain.update", blister.id as PainPointId, { status: "resolved" });
    expect(causes().map((e) => e.ariaLabel)).not.toContain(
      "Action plan and job offer demanded at the first meeting causes The first meeting feels rushed",
    );
  });
});
