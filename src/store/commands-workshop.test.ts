import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JourneyId } from "@/model/ids";
import { getJourney, stepsOf } from "@/model/records";
import { overlappingSteps } from "@/model/tidy";
import { bindCanvas } from "./canvas";
import { commands, runCommand } from "./commands";
import { resetStore, useStore } from "./store";
import "@/i18n";

function open(): JourneyId {
  const route = useStore.getState().route;
  if (route.view !== "journey") throw new Error("no journey open");
  return route.journeyId;
}

let unbind: () => void;
beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  unbind = bindCanvas();
});
afterEach(() => unbind());

describe("workshop commands", () => {
  it("starts and opens a journey from a template, in one undoable change", () => {
    const journeyId = commands["journey.fromTemplate"].run("worker-change");
    expect(open()).toBe(journeyId);
    const records = useStore.getState().records;
    expect(getJourney(records, journeyId)!.name).toBe("The responsible worker changes");
    expect(stepsOf(records, journeyId).length).toBeGreaterThanOrEqual(10);
    runCommand("history.undo");
    expect(getJourney(useStore.getState().records, journeyId)).toBeUndefined();
  });

  it("tidies up in one undoable change that keeps every step in its cell", async () => {
    runCommand("journey.sample");
    const journeyId = open();
    const cell = (s: { stageId: string; laneId: string }) => `${s.stageId}|${s.laneId}`;
    const before = stepsOf(useStore.getState().records, journeyId);
    // Pile every step onto its cell's first spot (outside the history, as if loaded so).
    const piled = before.map((s) => ({ ...s, x: 24, y: 24 }));
    useStore.setState((state) => ({
      records: { ...state.records, ...Object.fromEntries(piled.map((s) => [s.id, s])) },
    }));
    const depth = useStore.getState().history.undo.length;
    await commands["layout.tidy"].run();
    const journey = getJourney(useStore.getState().records, journeyId)!;
    const after = stepsOf(useStore.getState().records, journeyId);
    expect(useStore.getState().history.undo.length).toBe(depth + 1);
    expect(overlappingSteps(journey, after)).toEqual([]);
    expect(new Map(after.map((s) => [s.id, cell(s)]))).toEqual(new Map(before.map((s) => [s.id, cell(s)])));
    runCommand("history.undo");
    const undone = stepsOf(useStore.getState().records, journeyId);
    expect(undone.every((s) => s.x === 24 && s.y === 24)).toBe(true);
  });

  it("opens and ends the presentation of the open journey only", () => {
    runCommand("view.present");
    expect(useStore.getState().presenting).toBeNull();
    runCommand("journey.sample");
    useStore.setState({ selection: ["step:x"] });
    runCommand("view.present");
    expect(useStore.getState()).toMatchObject({ presenting: open(), selection: [] });
    runCommand("view.endPresentation");
    expect(useStore.getState().presenting).toBeNull();
  });
});
