import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { JourneyId } from "@/model/ids";
import { placeSteps, type StepPlacement } from "@/model/journey";
import { getJourney, stepsOf } from "@/model/records";
import { overlappingSteps } from "@/model/tidy";
import { bindCanvas } from "./canvas";
import { commands, runCommand } from "./commands";
import { TIDY_NOTICE_DELAY_MS } from "./commands-workshop";
import { commit, now } from "./document";
import type { TidyRunner } from "./run-tidy";
import { resetStore, useStore } from "./store";
import { handleTidy, type TidyInput } from "./tidy-handler";
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
afterEach(() => {
  unbind();
  vi.useRealTimers();
});

/** A runner the test finishes by hand: `finish()` delivers the real layout of what it was given. */
function heldRunner() {
  const jobs: { input: TidyInput; cancelled: boolean; finish: () => void }[] = [];
  const runner: TidyRunner = (input) => {
    let resolve: (placements: StepPlacement[]) => void = () => {};
    let reject: (error: Error) => void = () => {};
    const result = new Promise<StepPlacement[]>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job = {
      input,
      cancelled: false,
      finish() {
        const outcome = handleTidy(input);
        if (outcome.type === "done") resolve(outcome.placements);
      },
    };
    jobs.push(job);
    return {
      result,
      cancel() {
        job.cancelled = true;
        reject(Object.assign(new Error("cancelled"), { name: "AbortError" }));
      },
    };
  };
  return { runner, jobs };
}

/** The sample journey with every step piled onto its cell's first spot, as if loaded so. */
function piledSample(): JourneyId {
  runCommand("journey.sample");
  const journeyId = open();
  const piled = stepsOf(useStore.getState().records, journeyId).map((s) => ({ ...s, x: 24, y: 24 }));
  useStore.setState((state) => ({
    records: { ...state.records, ...Object.fromEntries(piled.map((s) => [s.id, s])) },
  }));
  return journeyId;
}

const positions = (journeyId: JourneyId) =>
  stepsOf(useStore.getState().records, journeyId).map((s) => `${s.id}@${s.x},${s.y}`);

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

  it("says it is tidying after a moment, and applies the layout when it arrives", async () => {
    vi.useFakeTimers();
    const journeyId = piledSample();
    const { runner, jobs } = heldRunner();
    const depth = useStore.getState().history.undo.length;
    const running = commands["layout.tidy"].run(runner);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.input.journey.id).toBe(journeyId);
    expect(jobs[0]!.input.steps).toHaveLength(stepsOf(useStore.getState().records, journeyId).length);
    vi.advanceTimersByTime(TIDY_NOTICE_DELAY_MS - 1);
    expect(useStore.getState().tidying).toEqual({ journeyId, noticeShown: false });
    vi.advanceTimersByTime(1);
    expect(useStore.getState().tidying).toEqual({ journeyId, noticeShown: true });
    // One at a time: a second press while it runs starts nothing.
    void commands["layout.tidy"].run(runner);
    expect(jobs).toHaveLength(1);
    jobs[0]!.finish();
    await running;
    expect(useStore.getState().tidying).toBeNull();
    expect(useStore.getState().history.undo.length).toBe(depth + 1);
    expect(useStore.getState().notice?.message).toMatch(/^Tidied up \d+ steps$/);
    const journey = getJourney(useStore.getState().records, journeyId)!;
    expect(overlappingSteps(journey, stepsOf(useStore.getState().records, journeyId))).toEqual([]);
  });

  it("changes nothing when cancelled", async () => {
    const journeyId = piledSample();
    const { runner, jobs } = heldRunner();
    const before = positions(journeyId);
    const depth = useStore.getState().history.undo.length;
    const running = commands["layout.tidy"].run(runner);
    runCommand("layout.cancelTidy");
    await running;
    expect(jobs[0]!.cancelled).toBe(true);
    expect(positions(journeyId)).toEqual(before);
    expect(useStore.getState().history.undo.length).toBe(depth);
    expect(useStore.getState().tidying).toBeNull();
    expect(useStore.getState().notice?.message).toBe("Tidy up cancelled: nothing was moved");
  });

  it("cancels when the journey is left, and changes nothing", async () => {
    const journeyId = piledSample();
    const { runner, jobs } = heldRunner();
    const before = positions(journeyId);
    const running = commands["layout.tidy"].run(runner);
    runCommand("journey.close");
    expect(jobs[0]!.cancelled).toBe(true);
    await running;
    expect(positions(journeyId)).toEqual(before);
    expect(useStore.getState().tidying).toBeNull();
  });

  it("applies nothing when the journey changed meanwhile, and says so", async () => {
    const journeyId = piledSample();
    const { runner, jobs } = heldRunner();
    const running = commands["layout.tidy"].run(runner);
    // The user moves a step while the layout runs.
    const moved = stepsOf(useStore.getState().records, journeyId)[0]!;
    const records = useStore.getState().records;
    commit(placeSteps(records, [{ ...moved, x: 500, y: 300 }], now()));
    const edited = positions(journeyId);
    const depth = useStore.getState().history.undo.length;
    jobs[0]!.finish();
    await running;
    expect(positions(journeyId)).toEqual(edited);
    expect(useStore.getState().history.undo.length).toBe(depth);
    expect(useStore.getState().notice?.message).toMatch(/^The journey changed while it was being tidied up/);
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
