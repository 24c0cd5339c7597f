import { NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { createImprovement, createIndicator } from "@/model/improvements";
import { createJourney } from "@/model/journey";
import { listJourneys } from "@/model/records";
import { buildSampleJourney } from "@/model/sample";
import { parseExport } from "./csv-writer.testkit";
import {
  IMPROVEMENT_COLUMNS,
  improvementsCsv,
  MEASUREMENT_COLUMNS,
  measurementsCsv,
} from "./improvements-csv";

const parse = parseExport;

describe("improvements and measurements as CSV", () => {
  const records = toRecords(buildSampleJourney(NOW));

  it("lists the sample's improvement with its pain points, steps and indicators", () => {
    const rows = parse(improvementsCsv(records, { delimiter: ";" }), ";");
    expect(rows[0]).toEqual([...IMPROVEMENT_COLUMNS]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(IMPROVEMENT_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      Journey: "First meeting with the employment service",
      Improvement: "Digital booking of the first meeting",
      Status: "evaluated",
      "Start date": "2013-09-01",
    });
    expect(row["Pain points"]).toContain("Hours of waiting in the Direktservice queue");
    expect(row["Pain points"]!.split(" | ")).toHaveLength(3);
    expect(row.Indicators).toContain("Trust in the agency (%)");
  });

  it("lists every measurement by indicator and date, in either delimiter", () => {
    for (const delimiter of [";", ","] as const) {
      const rows = parse(measurementsCsv(records, { delimiter }), delimiter);
      expect(rows[0]).toEqual([...MEASUREMENT_COLUMNS]);
      const waiting = rows.filter((r) => r[1] === "Waiting time for the first meeting (minutes)");
      expect(waiting.map((r) => [r[6], r[7]])).toEqual([
        ["2013-03-15", "180"],
        ["2014-03-15", "60"],
        ["2015-03-15", "25"],
      ]);
      expect(waiting[0]![3]).toBe("lower");
      expect(waiting[0]![5]).toBe("Improvement: Digital booking of the first meeting");
      expect(waiting.every((r) => r[8]!.startsWith("Illustrative figures"))).toBe(true);
    }
  });

  it("neutralises hostile titles and notes, and keeps an indicator without measurements", () => {
    const journey = createJourney({ name: "=cmd|' /C calc'!A0", stageNames: ["S"], laneNames: ["L"] }, NOW);
    const improvement = createImprovement(journey.id, { title: "@SUM(1+1)", description: "+1" }, NOW);
    const indicator = createIndicator(journey.id, { name: "-2+3", target: 1.5 }, NOW, [
      { id: "m1", date: "2020-01-01", value: -4.25, note: "=1+1" },
    ]);
    const empty = createIndicator(journey.id, { name: "Not measured yet" }, NOW);
    const hostile = toRecords([journey, improvement, indicator, empty]);
    const rows = parse(improvementsCsv(hostile, { delimiter: ";" }), ";");
    expect(rows[1]!.slice(0, 3)).toEqual(["'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+1"]);
    const measured = parse(measurementsCsv(hostile, { delimiter: ";" }), ";");
    const row = measured.find((r) => r[1] === "'-2+3")!;
    expect(row.slice(4, 9)).toEqual(["1,5", "Journey", "2020-01-01", "-4,25", "'=1+1"]);
    expect(measured.find((r) => r[1] === "Not measured yet")!.slice(6, 8)).toEqual(["", ""]);
  });

  it("keeps to one journey when asked", () => {
    const other = toRecords([...buildSampleJourney(NOW), ...Object.values(records)]);
    const journeys = listJourneys(other);
    expect(journeys).toHaveLength(2);
    const rows = parse(improvementsCsv(other, { delimiter: ",", journeyId: journeys[0]!.id }), ",");
    expect(rows).toHaveLength(2);
    expect(parse(improvementsCsv(other, { delimiter: "," }), ",")).toHaveLength(3);
  });
});
