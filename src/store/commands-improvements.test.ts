import { beforeEach, describe, expect, it } from "vitest";
import "@/i18n";
import type { ImprovementId, IndicatorId, JourneyId, PainPointId } from "@/model/ids";
import { isImprovement, isIndicator, painHistory } from "@/model/improvements";
import { isPain, listJourneys } from "@/model/records";
import type { ImprovementRecord, IndicatorRecord, PainPointRecord } from "@/model/types";
import { commands, runCommand } from "./commands";
import { resetStore, useStore } from "./store";

function records() {
  return useStore.getState().records;
}
function improvement(id: string): ImprovementRecord {
  const record = records()[id];
  if (!isImprovement(record)) throw new Error(`no improvement ${id}`);
  return record;
}
function indicator(id: string): IndicatorRecord {
  const record = records()[id];
  if (!isIndicator(record)) throw new Error(`no indicator ${id}`);
  return record;
}
function painKeyed(title: string): PainPointRecord {
  const pain = Object.values(records()).find((r) => isPain(r) && r.title === title);
  if (!isPain(pain)) throw new Error(`no pain ${title}`);
  return pain;
}
const QUEUE = "Hours of waiting in the Direktservice queue";

let journeyId: JourneyId;
beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  runCommand("journey.sample");
  journeyId = listJourneys(records())[0]!.id;
});

function add(title = "Text message reminders"): ImprovementId {
  const run = useStore.getState;
  runCommand("improvement.add", journeyId, { title });
  const route = run().route;
  if (route.view !== "improvements" || !route.improvementId) throw new Error("not opened");
  return route.improvementId;
}

describe("improvement commands", () => {
  it("adds an improvement as an idea and opens its page; undo removes it", () => {
    const id = add();
    expect(improvement(id)).toMatchObject({ title: "Text message reminders", status: "idea", journeyId });
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId, improvementId: id });
    runCommand("history.undo");
    expect(records()[id]).toBeUndefined();
  });

  it("names a new improvement when no title is given, and refuses an empty one", () => {
    runCommand("improvement.add", journeyId);
    const route = useStore.getState().route;
    expect(route.view === "improvements" && improvement(route.improvementId!).title).toBe("New improvement");
    const before = records();
    runCommand("improvement.add", journeyId, { title: " " });
    runCommand("improvement.add", "journey:missing" as JourneyId, { title: "X" });
    expect(records()).toBe(before);
  });

  it("updates fields, refuses invalid ones, and undo restores the old values", () => {
    const id = add();
    runCommand("improvement.update", id, { owner: "Office manager", startDate: "2013-09-01" });
    expect(improvement(id)).toMatchObject({ owner: "Office manager", startDate: "2013-09-01" });
    const before = records();
    runCommand("improvement.update", id, { endDate: "2013-01-01" });
    runCommand("improvement.update", id, { title: "" });
    runCommand("improvement.update", id, { status: "evaluated" });
    expect(records()).toBe(before);
    runCommand("improvement.update", id, { status: "planned" });
    runCommand("improvement.update", id, { status: "in-progress" });
    expect(improvement(id).status).toBe("in-progress");
    // Each move is its own undo step.
    runCommand("history.undo");
    expect(improvement(id).status).toBe("planned");
    runCommand("history.undo");
    expect(improvement(id).status).toBe("idea");
    runCommand("history.undo");
    expect(improvement(id).owner).toBe("");
  });

  it("links and unlinks pain points and steps of its own journey", () => {
    const id = add();
    const queue = painKeyed(QUEUE);
    runCommand("improvement.linkPain", id, queue.id);
    runCommand("improvement.linkPain", id, queue.id);
    expect(improvement(id).painPointIds).toEqual([queue.id]);
    runCommand("improvement.linkStep", id, queue.stepIds[0]!);
    expect(improvement(id).stepIds).toEqual(queue.stepIds);
    runCommand("improvement.unlinkStep", id, queue.stepIds[0]!);
    runCommand("improvement.unlinkPain", id, queue.id);
    expect(improvement(id)).toMatchObject({ painPointIds: [], stepIds: [] });
    runCommand("history.undo");
    expect(improvement(id).painPointIds).toEqual([queue.id]);
    runCommand("improvement.linkPain", id, "pain:missing" as PainPointId);
    expect(improvement(id).painPointIds).toEqual([queue.id]);
  });

  it("resolves a pain point through an improvement with its history, and undo takes both back", () => {
    const id = add();
    const queue = painKeyed(QUEUE);
    runCommand("improvement.resolvePain", id, queue.id, "Anna");
    const resolved = painKeyed(QUEUE);
    expect(resolved.status).toBe("resolved");
    expect(painHistory(resolved)).toEqual([
      expect.objectContaining({ by: "Anna", status: "resolved", improvementId: id }),
    ]);
    expect(improvement(id).painPointIds).toContain(queue.id);
    runCommand("history.undo");
    expect(painKeyed(QUEUE)).toEqual(queue);
    expect(improvement(id).painPointIds).toEqual([]);
  });

  it("deletes an improvement with an undoable notice and goes back to the board", () => {
    const id = add();
    runCommand("indicator.add", journeyId, { name: "Reminders sent", attachedTo: id });
    const ind = Object.values(records()).find((r) => isIndicator(r) && r.name === "Reminders sent")!;
    runCommand("improvement.delete", id);
    expect(records()[id]).toBeUndefined();
    expect(indicator(ind.id).attachedTo).toBe(journeyId);
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId });
    expect(useStore.getState().notice?.message).toContain("Text message reminders");
    runCommand("history.undo");
    expect(improvement(id).title).toBe("Text message reminders");
    expect(indicator(ind.id).attachedTo).toBe(id);
  });
});

describe("indicator and measurement commands", () => {
  function addIndicator(): IndicatorId {
    const id = commands["indicator.add"].run(journeyId, {
      name: "Calls answered (%)",
      unit: "%",
      better: "higher",
      target: 90,
    });
    if (!id) throw new Error("not added");
    return id;
  }

  it("adds, updates and deletes an indicator, each undoable", () => {
    const id = addIndicator();
    expect(indicator(id)).toMatchObject({ name: "Calls answered (%)", attachedTo: journeyId, target: 90 });
    runCommand("indicator.update", id, { target: 95 });
    expect(indicator(id).target).toBe(95);
    runCommand("indicator.update", id, { name: "" });
    expect(indicator(id).name).toBe("Calls answered (%)");
    runCommand("indicator.delete", id);
    expect(records()[id]).toBeUndefined();
    runCommand("history.undo");
    expect(indicator(id).target).toBe(95);
    runCommand("history.undo");
    expect(indicator(id).target).toBe(90);
    runCommand("history.undo");
    expect(records()[id]).toBeUndefined();
  });

  it("adds, edits and deletes measurements, refusing one without a number or a date", () => {
    const id = addIndicator();
    const first = commands["measurement.add"].run(id, { date: "2013-03-15", value: "61" })!;
    runCommand("measurement.add", id, { date: "2015-03-15", value: 77, note: "Survey" });
    expect(indicator(id).measurements.map((m) => m.value)).toEqual([61, 77]);
    const before = records();
    expect(commands["measurement.add"].run(id, { date: "", value: 3 })).toBeUndefined();
    expect(commands["measurement.add"].run(id, { date: "2016-01-01", value: "" })).toBeUndefined();
    runCommand("measurement.update", id, first, { value: "many" });
    expect(records()).toBe(before);
    runCommand("measurement.update", id, first, { value: "60,5" });
    expect(indicator(id).measurements[0]!.value).toBe(60.5);
    runCommand("measurement.delete", id, first);
    expect(indicator(id).measurements.map((m) => m.value)).toEqual([77]);
    expect(useStore.getState().notice).toMatchObject({ message: "Removed the measurement of 15 Mar 2013." });
    runCommand("history.undo");
    runCommand("history.undo");
    expect(indicator(id).measurements.map((m) => m.value)).toEqual([61, 77]);
  });

  it("imports many measurements as one undoable change, leaving out the unreadable", () => {
    const id = addIndicator();
    runCommand("measurement.add", id, { date: "2014-01-01", value: 5 });
    const depth = useStore.getState().history.undo.length;
    const added = commands["measurement.import"].run(id, [
      { date: "2015-01-01", value: 7, note: "from file" },
      { date: "2013-01-01", value: 3, note: "" },
      { date: "not a date", value: 1, note: "" },
    ]);
    expect(added).toBe(2);
    expect(indicator(id).measurements.map((m) => [m.date, m.value])).toEqual([
      ["2013-01-01", 3],
      ["2014-01-01", 5],
      ["2015-01-01", 7],
    ]);
    expect(new Set(indicator(id).measurements.map((m) => m.id)).size).toBe(3);
    expect(useStore.getState().history.undo.length).toBe(depth + 1);
    expect(useStore.getState().notice?.message).toBe("Imported 2 measurements into “Calls answered (%)”");
    runCommand("history.undo");
    expect(indicator(id).measurements.map((m) => m.value)).toEqual([5]);
    const before = records();
    expect(commands["measurement.import"].run(id, [{ date: "", value: 2, note: "" }])).toBe(0);
    expect(records()).toBe(before);
  });

  it("imports rows over the measurements on their dates when told to replace, and says how many went", () => {
    const id = addIndicator();
    runCommand("measurement.add", id, { date: "2014-01-01", value: 5 });
    runCommand("measurement.add", id, { date: "2015-01-01", value: 6 });
    const rows = [
      { date: "2014-01-01", value: 7, note: "" },
      { date: "2016-01-01", value: 8, note: "" },
    ];
    expect(commands["measurement.import"].run(id, rows, "replace")).toBe(2);
    expect(indicator(id).measurements.map((m) => [m.date, m.value])).toEqual([
      ["2014-01-01", 7],
      ["2015-01-01", 6],
      ["2016-01-01", 8],
    ]);
    expect(useStore.getState().notice?.message).toBe(
      "Imported 2 measurements into “Calls answered (%)”, replacing 1 earlier measurement on the same date",
    );
    runCommand("history.undo");
    expect(indicator(id).measurements.map((m) => m.value)).toEqual([5, 6]);
  });

  it("counts a big import in the interface's number format", () => {
    const id = addIndicator();
    const rows = Array.from({ length: 1200 }, (_, i) => ({ date: "2015-01-01", value: i, note: "" }));
    expect(commands["measurement.import"].run(id, rows)).toBe(1200);
    expect(useStore.getState().notice?.message).toBe("Imported 1,200 measurements into “Calls answered (%)”");
  });
});

describe("views", () => {
  it("opens the board, an improvement's page and the dashboard of a journey", () => {
    const id = add();
    runCommand("view.improvements", journeyId);
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId });
    runCommand("view.improvements", journeyId, id);
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId, improvementId: id });
    runCommand("view.dashboard", journeyId);
    expect(useStore.getState().route).toEqual({ view: "dashboard", journeyId });
    runCommand("view.improvements", journeyId, "improvement:gone" as ImprovementId);
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId });
    runCommand("view.dashboard", "journey:gone" as JourneyId);
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId });
  });
});
