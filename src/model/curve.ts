import { type BandLayout, STEP_WIDTH, stepPosition } from "./layout";
import { customerEmotion, staffEmotion } from "./painpoints";
import type { PainPointRecord, StepRecord } from "./types";

/** The emotion curve under the lanes: shared by the canvas and the exported map pictures. */

/** Gap between the last lane and the curve band, and the band's height, in canvas units. */
export const CURVE_GAP = 24;
export const CURVE_HEIGHT = 180;

export interface CurvePoint {
  x: number;
  customer: number;
  staff: number;
}

/**
 * One point per column of steps, left to right. Steps whose centres fall in the same column
 * (within half a step's width) are lanes stacked above each other; the column shows its
 * strongest feeling (the worse one on a tie), so a thundercloud is not averaged away.
 */
export function curvePoints(
  layout: BandLayout,
  steps: readonly StepRecord[],
  pains: readonly PainPointRecord[],
): CurvePoint[] {
  const placed = steps
    .map((step) => ({ step, at: stepPosition(layout, step) }))
    .filter((p): p is { step: StepRecord; at: { x: number; y: number } } => p.at !== undefined)
    .sort((a, b) => a.at.x - b.at.x);
  const columns: { x: number; customer: number[]; staff: number[] }[] = [];
  for (const { step, at } of placed) {
    const centre = at.x + STEP_WIDTH / 2;
    const last = columns.at(-1);
    const target = last && centre - last.x < STEP_WIDTH / 2 ? last : undefined;
    const column = target ?? { x: centre, customer: [], staff: [] };
    column.customer.push(customerEmotion(step, pains));
    column.staff.push(staffEmotion(step, pains));
    if (!target) columns.push(column);
  }
  const strongest = (values: number[]) =>
    values.reduce((a, b) => (Math.abs(b) > Math.abs(a) || (Math.abs(b) === Math.abs(a) && b < a) ? b : a));
  return columns.map((c) => ({ x: c.x, customer: strongest(c.customer), staff: strongest(c.staff) }));
}

/** The height inside the curve band of a feeling from −2 (bottom) to +2 (top). */
export function curveY(value: number): number {
  return CURVE_HEIGHT / 2 - (value / 2) * (CURVE_HEIGHT / 2 - 16);
}
