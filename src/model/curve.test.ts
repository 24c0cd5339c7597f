import { journeyWith, NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import { curvePoints } from "./curve";
import { computeBands } from "./layout";
import { createPain } from "./painpoints";

describe("emotion curve", () => {
  it("has one point per column, left to right, showing the strongest feeling in the column", () => {
    const { journey, steps } = journeyWith(3);
    const stacked = { ...steps[0]!, id: "step:stacked" as const, laneId: journey.lanes[1]!.id };
    const all = [...steps, stacked];
    const pains = [
      createPain(journey.id, [stacked.id], { kind: "thundercloud", title: "Queue", severity: 5 }, NOW),
      createPain(journey.id, [steps[1]!.id], { kind: "brightspot", title: "Home", severity: 2 }, NOW),
      createPain(journey.id, [steps[2]!.id], { kind: "blister", title: "Targets", severity: 4 }, NOW),
    ];
    const points = curvePoints(computeBands(journey, all), all, pains);
    expect(points.map((p) => p.customer)).toEqual([-2, 1, 0]);
    expect(points.map((p) => p.staff)).toEqual([0, 0, -2]);
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
  });
});
