import { NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { codersOfSource, cohensKappa, sourceAgreement, sourcesWithTwoCoders, tableFor } from "./agreement";
import { createExcerpt, createSource } from "./evidence";
import type { CodeId } from "./ids";
import type { ExcerptRecord, SourceRecord } from "./types";

describe("Cohen's kappa", () => {
  it("matches the textbook 2×2 example: 50 items, po 0.70, pe 0.50, κ 0.40", () => {
    // Both yes 20, A yes B no 5, A no B yes 10, both no 15.
    const result = cohensKappa({ both: 20, onlyA: 5, onlyB: 10, neither: 15 });
    expect(result.n).toBe(50);
    expect(result.po).toBeCloseTo(0.7, 10);
    expect(result.pe).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
    expect(result.reason).toBeUndefined();
  });

  it("is 1 for perfect agreement with variation", () => {
    expect(cohensKappa({ both: 7, onlyA: 0, onlyB: 0, neither: 13 })).toMatchObject({ po: 1, kappa: 1 });
  });

  it("is undefined when there is no variation, with the reason", () => {
    expect(cohensKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 30 })).toMatchObject({
      po: 1,
      pe: 1,
      kappa: null,
      reason: "noVariation",
    });
    expect(cohensKappa({ both: 30, onlyA: 0, onlyB: 0, neither: 0 })).toMatchObject({
      kappa: null,
      reason: "noVariation",
    });
    expect(cohensKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toMatchObject({
      n: 0,
      po: null,
      kappa: null,
      reason: "noUnits",
    });
  });

  it("is 0 when agreement is no better than chance, and negative when worse", () => {
    // A codes everything, B nothing: pe = 0, po = 0.
    expect(cohensKappa({ both: 0, onlyA: 10, onlyB: 0, neither: 0 }).kappa).toBe(0);
    expect(cohensKappa({ both: 0, onlyA: 5, onlyB: 5, neither: 0 }).kappa).toBeCloseTo(-1, 10);
  });
});

describe("per-code agreement on a source, unit = one character", () => {
  const text = "0123456789".repeat(5); // 50 characters
  const source: SourceRecord = createSource({ title: "S", text }, NOW);
  const cloud = "code:thundercloud" as CodeId;
  const blister = "code:blister" as CodeId;
  function ex(start: number, end: number, codeIds: CodeId[], coder: string): ExcerptRecord {
    return createExcerpt(source, { start, end, codeIds, coder }, NOW)!;
  }

  it("builds the 2×2 table from each coder's ranges, overlaps merged", () => {
    expect(
      tableFor(
        [
          [0, 25],
          [10, 20],
        ],
        [[5, 35]],
        50,
      ),
    ).toEqual({ both: 20, onlyA: 5, onlyB: 10, neither: 15 });
  });

  it("reproduces the textbook example from excerpts", () => {
    // A codes 0–25, B codes 5–35: both 20 (5–25), A only 5, B only 10, neither 15.
    const records = toRecords([
      source,
      ex(0, 12, [cloud], "Anna"),
      ex(10, 25, [cloud], "Anna"),
      ex(5, 35, [cloud, blister], "Bo"),
      ex(40, 45, [cloud], "Cecilia"),
    ]);
    expect(codersOfSource(records, source.id)).toEqual(["Anna", "Bo", "Cecilia"]);
    expect(sourcesWithTwoCoders(records)).toEqual([source.id]);
    const result = sourceAgreement(records, source.id, "Anna", "Bo");
    expect(result.unit).toBe("character");
    expect(result.units).toBe(50);
    const row = result.codes.find((c) => c.codeId === cloud)!;
    expect(row.table).toEqual({ both: 20, onlyA: 5, onlyB: 10, neither: 15 });
    expect(row.po).toBeCloseTo(0.7);
    expect(row.kappa).toBeCloseTo(0.4);
    // Only Bo used "blister": Anna coded no character with it.
    const b = result.codes.find((c) => c.codeId === blister)!;
    expect(b.table).toEqual({ both: 0, onlyA: 0, onlyB: 30, neither: 20 });
    expect(b.kappa).toBe(0);
  });

  it("gives n/a for a source that nobody coded with variation", () => {
    const records = toRecords([source, ex(0, 50, [cloud], "Anna"), ex(0, 50, [cloud], "Bo")]);
    const [row] = sourceAgreement(records, source.id, "Anna", "Bo").codes;
    expect(row).toMatchObject({ po: 1, kappa: null, reason: "noVariation" });
  });

  it("does not count a source with one coder as coded by two", () => {
    const records = toRecords([source, ex(0, 5, [cloud], "Anna"), ex(6, 9, [cloud], " ")]);
    expect(sourcesWithTwoCoders(records)).toEqual([]);
  });
});
