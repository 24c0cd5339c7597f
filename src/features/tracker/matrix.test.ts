import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { createPain } from "@/model/painpoints";
import type { Frequency } from "@/model/types";
import {
  cellAt,
  cellOrigin,
  countCells,
  LABELLED_PER_CELL,
  layoutMatrix,
  MATRIX,
  MATRIX_HEIGHT,
  MATRIX_WIDTH,
  neighbourCell,
  truncate,
} from "./matrix";
import { buildRows } from "./rows";

function rowsIn(cells: { severity: number; frequency: Frequency; n: number }[]) {
  const { journey, steps } = journeyWith(1);
  const pains = cells.flatMap(({ severity, frequency, n }) =>
    Array.from({ length: n }, (_, i) =>
      createPain(
        journey.id,
        [steps[0]!.id],
        { kind: "thundercloud", title: `P ${severity}${frequency}${i}`, severity, frequency },
        NOW,
      ),
    ),
  );
  return buildRows(toRecords([journey, ...steps, ...pains]));
}

describe("matrix geometry", () => {
  it("puts severity 5 at the top and always at the right", () => {
    expect(cellOrigin({ severity: 5, frequency: "rare" })).toEqual({ x: MATRIX.left, y: MATRIX.top });
    const corner = cellOrigin({ severity: 1, frequency: "always" });
    expect(corner.x + MATRIX.cellWidth).toBe(MATRIX_WIDTH - MATRIX.right);
    expect(corner.y + MATRIX.cellHeight).toBe(MATRIX_HEIGHT - MATRIX.bottom);
  });

  it("finds the cell under a point, and the nearest cell outside the grid", () => {
    const origin = cellOrigin({ severity: 3, frequency: "often" });
    expect(cellAt({ x: origin.x + 5, y: origin.y + 5 })).toEqual({ severity: 3, frequency: "often" });
    expect(cellAt({ x: -100, y: -100 })).toEqual({ severity: 5, frequency: "rare" });
    expect(cellAt({ x: 10_000, y: 10_000 })).toEqual({ severity: 1, frequency: "always" });
  });

  it("steps one cell with the arrow keys and stops at the edges", () => {
    expect(neighbourCell({ severity: 3, frequency: "often" }, "ArrowUp")).toEqual({
      severity: 4,
      frequency: "often",
    });
    expect(neighbourCell({ severity: 3, frequency: "often" }, "ArrowRight")).toEqual({
      severity: 3,
      frequency: "always",
    });
    expect(neighbourCell({ severity: 5, frequency: "often" }, "ArrowUp")).toBeNull();
    expect(neighbourCell({ severity: 1, frequency: "often" }, "ArrowDown")).toBeNull();
    expect(neighbourCell({ severity: 1, frequency: "rare" }, "ArrowLeft")).toBeNull();
    expect(neighbourCell({ severity: 1, frequency: "always" }, "ArrowRight")).toBeNull();
  });

  it("shortens long titles", () => {
    expect(truncate("short")).toBe("short");
    expect([...truncate("x".repeat(60))]).toHaveLength(29);
  });
});

describe("layoutMatrix", () => {
  it("lists a few pain points with titles, and packs many into the cell without overlap", () => {
    const dots = layoutMatrix(
      rowsIn([
        { severity: 4, frequency: "often", n: LABELLED_PER_CELL },
        { severity: 2, frequency: "rare", n: 60 },
      ]),
    );
    expect(dots).toHaveLength(LABELLED_PER_CELL + 60);
    const labelled = dots.filter((d) => d.row.pain.severity === 4);
    expect(labelled.every((d) => d.label !== null)).toBe(true);
    const packed = dots.filter((d) => d.row.pain.severity === 2);
    expect(packed.every((d) => d.label === null)).toBe(true);
    for (const group of [labelled, packed]) {
      const origin = cellOrigin(group[0]!.row.pain);
      for (const [i, a] of group.entries()) {
        expect(a.x - a.r).toBeGreaterThanOrEqual(origin.x);
        expect(a.x + a.r).toBeLessThanOrEqual(origin.x + MATRIX.cellWidth);
        expect(a.y - a.r).toBeGreaterThanOrEqual(origin.y);
        expect(a.y + a.r).toBeLessThanOrEqual(origin.y + MATRIX.cellHeight);
        for (const b of group.slice(i + 1))
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
  });

  it("orders dots most urgent first", () => {
    const dots = layoutMatrix(
      rowsIn([
        { severity: 2, frequency: "rare", n: 1 },
        { severity: 5, frequency: "sometimes", n: 1 },
        { severity: 5, frequency: "always", n: 1 },
      ]),
    );
    expect(dots.map((d) => [d.row.pain.severity, d.row.pain.frequency])).toEqual([
      [5, "always"],
      [5, "sometimes"],
      [2, "rare"],
    ]);
  });

  it("counts kinds per cell", () => {
    const counts = countCells(rowsIn([{ severity: 3, frequency: "often", n: 4 }]));
    expect([...counts.values()]).toEqual([
      { cell: { severity: 3, frequency: "often" }, counts: { thundercloud: 4, blister: 0, brightspot: 0 } },
    ]);
  });
});
