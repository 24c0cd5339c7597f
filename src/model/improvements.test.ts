import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { applyChange } from "./diff";
import type { ImprovementId } from "./ids";
import {
  addMeasurement,
  addMeasurements,
  allowedStatuses,
  baseline,
  canMove,
  createImprovement,
  createIndicator,
  deleteImprovement,
  direction,
  directionOf,
  improvementMarkers,
  improvementsOfIndicator,
  indicatorChange,
  indicatorsOfImprovement,
  isIsoDate,
  journeyDashboard,
  latest,
  linkPain,
  linkStep,
  measurementsOn,
  meetsTarget,
  neighbourStatus,
  type PainPointWithHistory,
  painHistory,
  parseNumber,
  removeMeasurement,
  resolveThrough,
  STATUS_MOVES,
  targetMet,
  unlinkPain,
  unlinkStep,
  updateImprovement,
  updateMeasurement,
  validateImprovement,
  validateIndicator,
  validateMeasurement,
} from "./improvements";
import { createPain, priorityScore } from "./painpoints";
import { buildSampleJourney } from "./sample";
import {
  IMPROVEMENT_STATUSES,
  type ImprovementRecord,
  type ImprovementStatus,
  type IndicatorRecord,
  type Measurement,
  type PainPointRecord,
  type Records,
} from "./types";

const LATER = "2026-11-24T09:00:00.000Z";

function setup() {
  const { journey, steps, records } = journeyWith(3);
  const pain = createPain(journey.id, [steps[0]!.id], { kind: "thundercloud", title: "Queue" }, NOW);
  const improvement = createImprovement(journey.id, { title: "Digital booking" }, NOW);
  return {
    journey,
    steps,
    pain,
    improvement,
    records: { ...records, [pain.id]: pain, [improvement.id]: improvement },
  };
}

function indicator(
  better: "higher" | "lower",
  values: [date: string, value: number][],
  target: number | null = null,
) {
  const { journey } = journeyWith(0);
  const measurements: Measurement[] = values.map(([date, value], i) => ({
    id: `m${i}`,
    date,
    value,
    note: "",
  }));
  return createIndicator(journey.id, { name: "I", better, target }, NOW, measurements);
}

function put<T>(change: { put?: readonly unknown[] }, index = 0): T {
  return change.put![index] as T;
}

describe("status flow", () => {
  it("moves one step forward or back, never further", () => {
    expect(canMove("idea", "planned")).toBe(true);
    expect(canMove("planned", "in-progress")).toBe(true);
    expect(canMove("in-progress", "done")).toBe(true);
    expect(canMove("done", "evaluated")).toBe(true);
    expect(canMove("evaluated", "done")).toBe(true);
    expect(canMove("done", "in-progress")).toBe(true);
    expect(canMove("planned", "idea")).toBe(true);
    expect(canMove("idea", "done")).toBe(false);
    expect(canMove("idea", "evaluated")).toBe(false);
    expect(canMove("in-progress", "evaluated")).toBe(false);
    expect(canMove("evaluated", "idea")).toBe(false);
    expect(canMove("done", "planned")).toBe(false);
  });

  it("lets a small idea start at once", () => {
    expect(canMove("idea", "in-progress")).toBe(true);
    expect(canMove("in-progress", "idea")).toBe(false);
  });

  it("always allows staying put, and every move is between known statuses", () => {
    for (const status of IMPROVEMENT_STATUSES) {
      expect(canMove(status, status)).toBe(true);
      for (const to of STATUS_MOVES[status]) expect(IMPROVEMENT_STATUSES).toContain(to);
    }
  });

  it("reaches evaluated from idea by moving forward, and back to idea by moving back", () => {
    let status: ImprovementStatus = "idea";
    const seen: ImprovementStatus[] = [status];
    for (let next = neighbourStatus(status, 1); next; next = neighbourStatus(status, 1)) {
      status = next;
      seen.push(status);
    }
    expect(seen).toEqual(["idea", "planned", "in-progress", "done", "evaluated"]);
    for (let back = neighbourStatus(status, -1); back; back = neighbourStatus(status, -1)) status = back;
    expect(status).toBe("idea");
  });

  it("lists the statuses an improvement may be given in flow order", () => {
    expect(allowedStatuses("idea")).toEqual(["idea", "planned", "in-progress"]);
    expect(allowedStatuses("evaluated")).toEqual(["done", "evaluated"]);
  });

  it("refuses an update with a status move the flow does not allow", () => {
    const { improvement } = setup();
    expect(updateImprovement(improvement, { status: "evaluated" }, LATER)).toEqual({});
    expect(validateImprovement({ status: "evaluated" }, improvement)).toEqual({ status: "statusMove" });
    const moved = put<ImprovementRecord>(updateImprovement(improvement, { status: "planned" }, LATER));
    expect(moved.status).toBe("planned");
    expect(moved.updatedAt).toBe(LATER);
  });
});

describe("improvements", () => {
  it("starts as an idea with no dates and no links", () => {
    const { improvement } = setup();
    expect(improvement).toMatchObject({
      status: "idea",
      startDate: "",
      endDate: "",
      painPointIds: [],
      stepIds: [],
    });
    expect(improvement.id).toMatch(/^improvement:/);
  });

  it("refuses an empty title, a date that is not real, and an end before the start", () => {
    const { improvement } = setup();
    expect(validateImprovement({ title: "  " })).toEqual({ title: "required" });
    expect(validateImprovement({ startDate: "2013-02-30" })).toEqual({ startDate: "invalidDate" });
    expect(validateImprovement({ endDate: "March 2013" })).toEqual({ endDate: "invalidDate" });
    expect(validateImprovement({ startDate: "", endDate: "" })).toEqual({});
    expect(validateImprovement({ startDate: "2014-01-01", endDate: "2013-01-01" })).toEqual({
      endDate: "endBeforeStart",
    });
    const started = { ...improvement, startDate: "2014-01-01" };
    expect(validateImprovement({ endDate: "2013-12-31" }, started)).toEqual({ endDate: "endBeforeStart" });
    expect(validateImprovement({ endDate: "2014-01-01" }, started)).toEqual({});
    expect(updateImprovement(started, { title: "" }, LATER)).toEqual({});
  });

  it("links and unlinks pain points and steps, many to many, without duplicates", () => {
    const { improvement, pain, steps } = setup();
    const other = createImprovement(improvement.journeyId, { title: "Other" }, NOW);
    const linked = put<ImprovementRecord>(linkPain(improvement, pain.id, LATER));
    const linkedToo = put<ImprovementRecord>(linkPain(other, pain.id, LATER));
    expect(linked.painPointIds).toEqual([pain.id]);
    expect(linkedToo.painPointIds).toEqual([pain.id]);
    expect(linkPain(linked, pain.id, LATER)).toEqual({});
    expect(put<ImprovementRecord>(unlinkPain(linked, pain.id, LATER)).painPointIds).toEqual([]);
    expect(unlinkPain(improvement, pain.id, LATER)).toEqual({});
    const onSteps = put<ImprovementRecord>(
      linkStep(put<ImprovementRecord>(linkStep(improvement, steps[0]!.id, LATER)), steps[1]!.id, LATER),
    );
    expect(onSteps.stepIds).toEqual([steps[0]!.id, steps[1]!.id]);
    expect(linkStep(onSteps, steps[0]!.id, LATER)).toEqual({});
    expect(put<ImprovementRecord>(unlinkStep(onSteps, steps[0]!.id, LATER)).stepIds).toEqual([steps[1]!.id]);
  });

  it("keeps the measurements of a deleted improvement by attaching its indicators to the journey", () => {
    const { improvement, records, journey } = setup();
    const ind = createIndicator(journey.id, { name: "Wait", attachedTo: improvement.id }, NOW);
    const change = deleteImprovement({ ...records, [ind.id]: ind }, improvement.id, LATER);
    expect(change.remove).toEqual([improvement.id]);
    expect(put<IndicatorRecord>(change)).toMatchObject({ id: ind.id, attachedTo: journey.id });
    expect(deleteImprovement(records, "improvement:none" as ImprovementId, LATER)).toEqual({});
  });
});

describe("resolving a pain point through an improvement", () => {
  it("sets it resolved and records who, when and which improvement", () => {
    const { pain, improvement } = setup();
    const change = resolveThrough(pain, improvement, " Anna Berg ", LATER);
    const resolved = put<PainPointWithHistory>(change);
    expect(resolved.status).toBe("resolved");
    expect(resolved.updatedAt).toBe(LATER);
    expect(painHistory(resolved)).toEqual([
      { at: LATER, by: "Anna Berg", status: "resolved", improvementId: improvement.id },
    ]);
    // The improvement now addresses the pain point it resolved.
    expect(put<ImprovementRecord>(change, 1).painPointIds).toEqual([pain.id]);
  });

  it("appends to the history rather than replacing it", () => {
    const { pain, improvement } = setup();
    const first = put<PainPointRecord>(resolveThrough(pain, improvement, "Anna", NOW));
    const reopened = { ...first, status: "confirmed" as const };
    const linked = { ...improvement, painPointIds: [pain.id] };
    const change = resolveThrough(reopened, linked, "Bo", LATER);
    expect(change.put).toHaveLength(1);
    expect(painHistory(put<PainPointRecord>(change)).map((h) => h.by)).toEqual(["Anna", "Bo"]);
  });

  it("reads no history from an old record, and skips malformed entries", () => {
    const { pain } = setup();
    expect(painHistory(pain)).toEqual([]);
    const odd = {
      ...pain,
      history: [{ at: NOW, by: "A", status: "resolved" }, { at: 3 }, "x"],
    } as PainPointRecord;
    expect(painHistory(odd)).toEqual([{ at: NOW, by: "A", status: "resolved" }]);
    expect(painHistory({ ...pain, history: "nope" } as unknown as PainPointRecord)).toEqual([]);
  });
});

describe("indicators and measurements", () => {
  it("refuses an indicator without a name or with a target that is not a number", () => {
    expect(validateIndicator({ name: "" })).toEqual({ name: "required" });
    expect(validateIndicator({ target: Number.NaN })).toEqual({ target: "notANumber" });
    expect(validateIndicator({ name: "Wait", target: null })).toEqual({});
  });

  it("refuses a measurement without a number or a date, at the field", () => {
    expect(validateMeasurement({ date: "", value: "" })).toEqual({ date: "required", value: "required" });
    expect(validateMeasurement({ date: "2013-03-15", value: null })).toEqual({ value: "required" });
    expect(validateMeasurement({ date: "2013-03-15", value: undefined })).toEqual({ value: "required" });
    expect(validateMeasurement({ date: "2013-03-15", value: "many" })).toEqual({ value: "notANumber" });
    expect(validateMeasurement({ date: "2013-03-15", value: Number.NaN })).toEqual({ value: "notANumber" });
    expect(validateMeasurement({ date: "2013-3-15", value: 1 })).toEqual({ date: "invalidDate" });
    expect(validateMeasurement({ date: "2013-02-29", value: 1 })).toEqual({ date: "invalidDate" });
    expect(validateMeasurement({ date: "2012-02-29", value: "0" })).toEqual({});
    const ind = indicator("lower", []);
    expect(addMeasurement(ind, { date: "", value: 3 }, LATER).change).toEqual({});
    expect(addMeasurement(ind, { date: "2013-03-15", value: "" }, LATER).change).toEqual({});
  });

  it("reads numbers as people type them", () => {
    expect(parseNumber("25")).toBe(25);
    expect(parseNumber(" 12,5 ")).toBe(12.5);
    expect(parseNumber("1 200")).toBe(1200);
    expect(parseNumber("\u22123")).toBe(-3);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("1,200.5")).toBeNull();
    // 1.2 in Swedish, 1200 in English: refused rather than guessed.
    expect(parseNumber("1,200")).toBeNull();
    expect(parseNumber("0,125")).toBe(0.125);
    expect(parseNumber("12,25")).toBe(12.25);
    expect(parseNumber("12abc")).toBeNull();
    expect(parseNumber("Infinity")).toBeNull();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseNumber("")).toBeNull();
  });

  it("checks dates against the calendar", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-12-01T00:00")).toBe(false);
  });

  it("adds, edits and removes measurements, keeping them in date order", () => {
    let ind = indicator("lower", []);
    const a = addMeasurement(ind, { date: "2015-09-15", value: "25", note: "Follow-up" }, LATER);
    ind = put<IndicatorRecord>(a.change);
    const b = addMeasurement(ind, { date: "2013-03-15", value: 180 }, LATER);
    ind = put<IndicatorRecord>(b.change);
    expect(ind.measurements.map((m) => [m.date, m.value, m.note])).toEqual([
      ["2013-03-15", 180, ""],
      ["2015-09-15", 25, "Follow-up"],
    ]);
    ind = put<IndicatorRecord>(
      updateMeasurement(ind, a.measurement!.id, { date: "2012-01-01", value: "200" }, LATER),
    );
    expect(ind.measurements.map((m) => m.value)).toEqual([200, 180]);
    expect(updateMeasurement(ind, a.measurement!.id, { value: "" }, LATER)).toEqual({});
    expect(updateMeasurement(ind, "missing", { value: 1 }, LATER)).toEqual({});
    ind = put<IndicatorRecord>(removeMeasurement(ind, b.measurement!.id, LATER));
    expect(ind.measurements.map((m) => m.value)).toEqual([200]);
    expect(removeMeasurement(ind, "missing", LATER)).toEqual({});
  });

  it("finds the measurements already on a date, leaving out the one being edited", () => {
    const ind = indicator("lower", [
      ["2024-01-15", 150],
      ["2024-01-15", 140],
      ["2025-01-15", 40],
    ]);
    expect(measurementsOn(ind, " 2024-01-15 ").map((m) => m.id)).toEqual(["m0", "m1"]);
    expect(measurementsOn(ind, "2024-01-15", "m0").map((m) => m.id)).toEqual(["m1"]);
    expect(measurementsOn(ind, "2024-06-01")).toEqual([]);
  });

  it("keeps both measurements on one date, or replaces the earlier one, as chosen", () => {
    const ind = indicator("lower", [
      ["2024-01-15", 150],
      ["2025-01-15", 40],
    ]);
    const both = addMeasurement(ind, { date: "2024-01-15", value: 145 }, LATER);
    expect(both.replaced).toEqual([]);
    expect(put<IndicatorRecord>(both.change).measurements.map((m) => [m.date, m.value])).toEqual([
      ["2024-01-15", 150],
      ["2024-01-15", 145],
      ["2025-01-15", 40],
    ]);
    const replace = addMeasurement(ind, { date: "2024-01-15", value: 145 }, LATER, "replace");
    expect(replace.replaced.map((m) => m.value)).toEqual([150]);
    expect(put<IndicatorRecord>(replace.change).measurements.map((m) => [m.date, m.value])).toEqual([
      ["2024-01-15", 145],
      ["2025-01-15", 40],
    ]);
    // A refused input replaces nothing.
    expect(addMeasurement(ind, { date: "2024-01-15", value: "" }, LATER, "replace")).toEqual({
      change: {},
      replaced: [],
    });
  });

  it("on import, replacing lets the last row for a date win over the workspace and earlier rows", () => {
    const ind = indicator("lower", [
      ["2024-01-15", 150],
      ["2025-01-15", 40],
    ]);
    const rows = [
      { date: "2024-01-15", value: 1 },
      { date: "2024-02-15", value: 2 },
      { date: "2024-02-15", value: 3 },
    ];
    const replaced = addMeasurements(ind, rows, LATER, "replace");
    expect(replaced.added.map((m) => m.value)).toEqual([1, 3]);
    expect(replaced.replaced.map((m) => m.value)).toEqual([150]);
    expect(put<IndicatorRecord>(replaced.change).measurements.map((m) => [m.date, m.value])).toEqual([
      ["2024-01-15", 1],
      ["2024-02-15", 3],
      ["2025-01-15", 40],
    ]);
    const kept = addMeasurements(ind, rows, LATER);
    expect(kept.added).toHaveLength(3);
    expect(put<IndicatorRecord>(kept.change).measurements).toHaveLength(5);
  });

  it("moving a measurement onto a taken date replaces the one there only when asked", () => {
    const ind = indicator("lower", [
      ["2024-01-15", 150],
      ["2025-01-15", 40],
    ]);
    const moved = { date: "2024-01-15" };
    expect(put<IndicatorRecord>(updateMeasurement(ind, "m1", moved, LATER)).measurements).toHaveLength(2);
    const replaced = put<IndicatorRecord>(updateMeasurement(ind, "m1", moved, LATER, "replace"));
    expect(replaced.measurements.map((m) => [m.id, m.date, m.value])).toEqual([["m1", "2024-01-15", 40]]);
  });
});

describe("change and direction", () => {
  it("takes the earliest measurement as baseline and the newest as latest, whatever the stored order", () => {
    const ind = indicator("lower", [
      ["2014-06-01", 60],
      ["2013-03-15", 180],
      ["2015-09-15", 25],
    ]);
    expect(baseline(ind)?.value).toBe(180);
    expect(latest(ind)?.value).toBe(25);
  });

  it("falling is better when lower is better", () => {
    const ind = indicator("lower", [
      ["2013-03-15", 180],
      ["2015-09-15", 25],
    ]);
    const change = indicatorChange(ind)!;
    expect(change.change).toBe(-155);
    expect(change.percent).toBeCloseTo(-86.11, 2);
    expect(change.direction).toBe("better");
    expect(direction(ind)).toBe("better");
  });

  it("rising is worse when lower is better", () => {
    expect(
      direction(
        indicator("lower", [
          ["2013-01-01", 10],
          ["2014-01-01", 12],
        ]),
      ),
    ).toBe("worse");
  });

  it("rising is better when higher is better, falling worse", () => {
    expect(
      direction(
        indicator("higher", [
          ["2013-01-01", 28],
          ["2015-01-01", 36],
        ]),
      ),
    ).toBe("better");
    expect(
      direction(
        indicator("higher", [
          ["2013-01-01", 36],
          ["2015-01-01", 28],
        ]),
      ),
    ).toBe("worse");
  });

  it("no change is unchanged, even with floating-point noise", () => {
    expect(
      direction(
        indicator("higher", [
          ["2013-01-01", 5],
          ["2015-01-01", 5],
        ]),
      ),
    ).toBe("unchanged");
    expect(directionOf(0.1 + 0.2 - 0.3, "higher")).toBe("unchanged");
    expect(
      direction(
        indicator("higher", [
          ["2013-01-01", 0.3],
          ["2015-01-01", 0.1 + 0.2],
        ]),
      ),
    ).toBe("unchanged");
  });

  it("needs a baseline and a follow-up before it shows a change", () => {
    expect(indicatorChange(indicator("higher", []))).toBeNull();
    expect(indicatorChange(indicator("higher", [["2013-01-01", 5]]))).toBeNull();
    expect(direction(indicator("higher", [["2013-01-01", 5]]))).toBe("unchanged");
  });

  it("has no percentage when the baseline is zero", () => {
    const change = indicatorChange(
      indicator("higher", [
        ["2013-01-01", 0],
        ["2014-01-01", 4],
      ]),
    )!;
    expect(change.percent).toBeNull();
    expect(change.direction).toBe("better");
  });

  it("uses the size of a negative baseline for the percentage", () => {
    const change = indicatorChange(
      indicator("higher", [
        ["2013-01-01", -10],
        ["2014-01-01", -5],
      ]),
    )!;
    expect(change.percent).toBe(50);
  });

  it("says whether the target is met, in the direction that is better", () => {
    expect(meetsTarget(25, 30, "lower")).toBe(true);
    expect(meetsTarget(30, 30, "lower")).toBe(true);
    expect(meetsTarget(60, 30, "lower")).toBe(false);
    expect(meetsTarget(36, 40, "higher")).toBe(false);
    expect(meetsTarget(40, 40, "higher")).toBe(true);
    expect(meetsTarget(40, null, "higher")).toBeNull();
    expect(
      targetMet(
        indicator(
          "lower",
          [
            ["2013-01-01", 180],
            ["2015-01-01", 25],
          ],
          30,
        ),
      ),
    ).toBe(true);
    expect(targetMet(indicator("lower", [], 30))).toBeNull();
    expect(
      indicatorChange(
        indicator(
          "lower",
          [
            ["2013-01-01", 180],
            ["2015-01-01", 60],
          ],
          30,
        ),
      )!.targetMet,
    ).toBe(false);
  });
});

describe("what an indicator and an improvement speak to", () => {
  it("finds an improvement's indicators by attachment to it or to one of its steps", () => {
    const { improvement, journey, steps } = setup();
    const onImprovement = createIndicator(journey.id, { name: "A", attachedTo: improvement.id }, NOW);
    const onStep = createIndicator(journey.id, { name: "B", attachedTo: steps[1]!.id }, NOW);
    const onJourney = createIndicator(journey.id, { name: "C" }, NOW);
    const withStep = { ...improvement, stepIds: [steps[1]!.id] };
    expect(indicatorsOfImprovement([onImprovement, onStep, onJourney], withStep).map((i) => i.name)).toEqual([
      "A",
      "B",
    ]);
  });

  it("marks the improvements of an indicator by their start and end dates", () => {
    const { improvement, journey, pain, steps } = setup();
    const dated = { ...improvement, startDate: "2013-09-01", endDate: "2014-03-01", painPointIds: [pain.id] };
    const undated = createImprovement(journey.id, { title: "Later" }, NOW);
    const onStep = createIndicator(journey.id, { name: "B", attachedTo: steps[0]!.id }, NOW);
    const onJourney = createIndicator(journey.id, { name: "C" }, NOW);
    expect(improvementsOfIndicator([dated, undated], onStep, [pain])).toEqual([dated]);
    expect(improvementsOfIndicator([dated, undated], onJourney)).toHaveLength(2);
    expect(improvementMarkers([undated, dated])).toEqual([
      { improvementId: dated.id, title: improvement.title, date: "2013-09-01", edge: "start" },
      { improvementId: dated.id, title: improvement.title, date: "2014-03-01", edge: "end" },
    ]);
  });
});

describe("journey dashboard", () => {
  function sample(): Records {
    return toRecords(buildSampleJourney(NOW));
  }

  it("counts pain points by kind and status, and shows no evidence before any is coded", () => {
    const records = sample();
    const journey = Object.values(records).find((r) => r.typeName === "journey")!;
    if (journey.typeName !== "journey") throw new Error();
    const board = journeyDashboard(records, journey);
    expect(board.painTotal).toBe(8);
    expect(board.painCounts.thundercloud.prioritised + board.painCounts.thundercloud.confirmed).toBe(3);
    expect(board.painCounts.brightspot.confirmed).toBe(2);
    expect(board.steps).toBe(15);
    expect(board.stepsWithEvidence).toBe(0);
    expect(board.evidenceShare).toBe(0);
  });

  it("lists at most ten pain points by score, highest first, without bright spots", () => {
    const records = sample();
    const journey = Object.values(records).find((r) => r.typeName === "journey")!;
    if (journey.typeName !== "journey") throw new Error();
    const top = journeyDashboard(records, journey).topPains;
    expect(top.length).toBeLessThanOrEqual(10);
    expect(top.every((p) => p.kind !== "brightspot")).toBe(true);
    const scores = top.map(priorityScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(top[0]!.title).toBe("Action plan and job offer demanded at the first meeting");
    expect(top[1]!.title).toBe("Hours of waiting in the Direktservice queue");
  });

  it("counts a step as evidenced when an excerpt is linked to it", () => {
    const { journey, steps, records } = journeyWith(4);
    const excerpt = {
      typeName: "excerpt",
      id: "excerpt:1",
      sourceId: "source:1",
      start: 0,
      end: 1,
      quote: "q",
      before: "",
      after: "",
      codeIds: [],
      coder: "",
      stepIds: [steps[0]!.id],
      edgeIds: [],
      painPointIds: [],
      note: "",
      createdAt: NOW,
      updatedAt: NOW,
    } as const;
    const board = journeyDashboard(applyChange(records, { put: [excerpt as never] }).records, journey);
    expect(board.stepsWithEvidence).toBe(1);
    expect(board.evidenceShare).toBe(0.25);
  });

  it("lists improvements in progress and the indicators with their change", () => {
    const { journey, records } = setup();
    const started = createImprovement(journey.id, { title: "Started", status: "in-progress" }, NOW);
    const ind = indicator("lower", [
      ["2013-01-01", 3],
      ["2014-01-01", 2],
    ]);
    const mine = { ...ind, journeyId: journey.id };
    const board = journeyDashboard({ ...records, [started.id]: started, [mine.id]: mine }, journey);
    expect(board.inProgress.map((i) => i.title)).toEqual(["Started"]);
    expect(board.improvementCounts).toMatchObject({ idea: 1, "in-progress": 1 });
    expect(board.indicators.map((i) => i.change?.direction)).toEqual(["better"]);
  });
});

describe("the sample journey's improvement", () => {
  const records = toRecords(buildSampleJourney(NOW));
  const all = Object.values(records);
  const booking = all.find((r): r is ImprovementRecord => r.typeName === "improvement")!;
  const indicators = all.filter((r): r is IndicatorRecord => r.typeName === "indicator");
  const painTitle = (id: string) => (records[id] as PainPointRecord).title;

  it("is the evaluated digital booking, addressing the queue, the unknown meeting and the counsellors' stress", () => {
    expect(booking).toMatchObject({ title: "Digital booking of the first meeting", status: "evaluated" });
    expect(booking.painPointIds.map(painTitle)).toEqual([
      "Hours of waiting in the Direktservice queue",
      "Not knowing whom you will meet, or when",
      "Counsellors stressed by the long queue",
    ]);
    expect(booking.stepIds).toHaveLength(3);
  });

  it("measures it with the three indicators of the seed, every figure marked illustrative", () => {
    expect(indicators.map((i) => i.name)).toEqual([
      "Waiting time for the first meeting (minutes)",
      "Trust in the agency (%)",
      "Customers satisfied with their treatment (%)",
    ]);
    expect(indicatorsOfImprovement(indicators, booking)).toHaveLength(3);
    for (const indicator of indicators) {
      expect(indicator.measurements.length).toBeGreaterThanOrEqual(2);
      for (const m of indicator.measurements) expect(m.note).toMatch(/^Illustrative figures/);
      expect(direction(indicator)).toBe("better");
    }
    const waiting = indicators[0]!;
    expect(waiting).toMatchObject({ better: "lower", target: 30 });
    expect(baseline(waiting)).toMatchObject({ date: "2013-03-15", value: 180 });
    expect(targetMet(waiting)).toBe(true);
    expect(indicatorChange(indicators[1]!)).toMatchObject({ change: 8 });
  });
});
