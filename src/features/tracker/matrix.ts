import { FREQUENCY_WEIGHT, SEVERITY_MAX, SEVERITY_MIN } from "@/model/painpoints";
import { FREQUENCIES, type Frequency, PAIN_KINDS } from "@/model/types";
import type { TrackerRow } from "./rows";

/**
 * Geometry of the priority matrix: frequency (rare → always) left to right, severity (1 → 5)
 * bottom to top, in SVG user units. Pure, so placement is testable without a browser.
 */

export const MATRIX = {
  left: 88,
  top: 16,
  right: 16,
  bottom: 72,
  cellWidth: 240,
  cellHeight: 124,
  padding: 10,
  lineHeight: 18,
} as const;

export const SEVERITIES = [5, 4, 3, 2, 1] as const;
export const MATRIX_WIDTH = MATRIX.left + MATRIX.cellWidth * FREQUENCIES.length + MATRIX.right;
export const MATRIX_HEIGHT = MATRIX.top + MATRIX.cellHeight * SEVERITIES.length + MATRIX.bottom;

/** Above this many dots the matrix shows counts per cell instead of a dot for each pain point. */
export const DOT_LIMIT = 400;

/** Cells with at most this many pain points list them with their titles; fuller cells pack bare dots. */
export const LABELLED_PER_CELL = Math.floor((MATRIX.cellHeight - 2 * MATRIX.padding) / MATRIX.lineHeight);

export interface Cell {
  severity: number;
  frequency: Frequency;
}

export interface Point {
  x: number;
  y: number;
}

/** Top-left corner of a cell. */
export function cellOrigin(cell: Cell): Point {
  const column = FREQUENCIES.indexOf(cell.frequency);
  return {
    x: MATRIX.left + column * MATRIX.cellWidth,
    y: MATRIX.top + (SEVERITY_MAX - cell.severity) * MATRIX.cellHeight,
  };
}

/** The cell under a point; points outside the grid go to the nearest cell. */
export function cellAt(point: Point): Cell {
  const column = Math.floor((point.x - MATRIX.left) / MATRIX.cellWidth);
  const row = Math.floor((point.y - MATRIX.top) / MATRIX.cellHeight);
  const clampedColumn = Math.max(0, Math.min(FREQUENCIES.length - 1, column));
  const clampedRow = Math.max(0, Math.min(SEVERITIES.length - 1, row));
  return { severity: SEVERITY_MAX - clampedRow, frequency: FREQUENCIES[clampedColumn]! };
}

/** One cell further in a direction, or null at the edge: up and down change severity, left and right frequency. */
export function neighbourCell(
  cell: Cell,
  key: "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight",
): Cell | null {
  if (key === "ArrowUp" || key === "ArrowDown") {
    const severity = cell.severity + (key === "ArrowUp" ? 1 : -1);
    return severity >= SEVERITY_MIN && severity <= SEVERITY_MAX ? { ...cell, severity } : null;
  }
  const column = FREQUENCIES.indexOf(cell.frequency) + (key === "ArrowRight" ? 1 : -1);
  const frequency = FREQUENCIES[column];
  return frequency ? { ...cell, frequency } : null;
}

export interface PlacedDot {
  row: TrackerRow;
  /** Centre of the dot. */
  x: number;
  y: number;
  r: number;
  /** Where its title starts; null when the cell is too full for titles. */
  label: { x: number; text: string } | null;
}

/** About what fits beside a dot in a cell at 12px. */
const LABEL_CHARS = 29;

export function truncate(text: string, max = LABEL_CHARS): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/**
 * Most urgent first: by severity, then frequency, then kind and title; this is also the
 * order the dots are drawn and tabbed through.
 */
export function matrixOrder(a: TrackerRow, b: TrackerRow): number {
  return (
    b.pain.severity - a.pain.severity ||
    FREQUENCY_WEIGHT[b.pain.frequency] - FREQUENCY_WEIGHT[a.pain.frequency] ||
    PAIN_KINDS.indexOf(a.pain.kind) - PAIN_KINDS.indexOf(b.pain.kind) ||
    a.pain.title.localeCompare(b.pain.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function cellKey(cell: Cell): string {
  return `${cell.severity}:${cell.frequency}`;
}

/**
 * Places each pain point in its cell so that no two overlap: a list with titles while the
 * cell has room, otherwise a centred grid of smaller dots (with full titles in tooltips and
 * accessible names).
 */
export function layoutMatrix(rows: readonly TrackerRow[]): PlacedDot[] {
  const byCell = new Map<string, TrackerRow[]>();
  const sorted = [...rows].sort(matrixOrder);
  for (const row of sorted) {
    const key = cellKey(clampCell(row.pain));
    let list = byCell.get(key);
    if (!list) {
      list = [];
      byCell.set(key, list);
    }
    list.push(row);
  }
  const placed = new Map<TrackerRow, PlacedDot>();
  const { padding, lineHeight, cellWidth, cellHeight } = MATRIX;
  for (const list of byCell.values()) {
    const origin = cellOrigin(clampCell(list[0]!.pain));
    if (list.length <= LABELLED_PER_CELL) {
      const r = 6;
      list.forEach((row, i) => {
        const x = origin.x + padding + r;
        placed.set(row, {
          row,
          x,
          y: origin.y + padding + i * lineHeight + lineHeight / 2,
          r,
          label: { x: x + r + 6, text: truncate(row.pain.title) },
        });
      });
      continue;
    }
    const width = cellWidth - 2 * padding;
    const height = cellHeight - 2 * padding;
    const columns = Math.max(1, Math.ceil(Math.sqrt((list.length * width) / height)));
    const lines = Math.ceil(list.length / columns);
    const spacing = Math.min(width / columns, height / lines, 22);
    const r = Math.max(2, Math.min(6, spacing * 0.4));
    const startX = origin.x + padding + (width - spacing * columns) / 2 + spacing / 2;
    const startY = origin.y + padding + (height - spacing * lines) / 2 + spacing / 2;
    list.forEach((row, i) => {
      placed.set(row, {
        row,
        x: startX + (i % columns) * spacing,
        y: startY + Math.floor(i / columns) * spacing,
        r,
        label: null,
      });
    });
  }
  return sorted.map((row) => placed.get(row)!);
}

/** Ratings outside the scale (from an old or hand-edited file) are drawn at the nearest cell. */
export function clampCell(pain: Cell): Cell {
  const severity = Math.max(SEVERITY_MIN, Math.min(SEVERITY_MAX, Math.round(pain.severity) || SEVERITY_MIN));
  const frequency = FREQUENCIES.includes(pain.frequency) ? pain.frequency : "sometimes";
  return { severity, frequency };
}

export interface CellCount {
  cell: Cell;
  counts: Record<(typeof PAIN_KINDS)[number], number>;
}

/** Counts per kind in every cell, for a matrix with too many pain points to draw one by one. */
export function countCells(rows: readonly TrackerRow[]): Map<string, CellCount> {
  const counts = new Map<string, CellCount>();
  for (const row of rows) {
    const cell = clampCell(row.pain);
    const key = cellKey(cell);
    let entry = counts.get(key);
    if (!entry) {
      entry = { cell, counts: { thundercloud: 0, blister: 0, brightspot: 0 } };
      counts.set(key, entry);
    }
    entry.counts[row.pain.kind] += 1;
  }
  return counts;
}
