import type { Point } from "@/model/layout";

/**
 * What commands need from the mounted canvas (its viewport), registered by the canvas while it
 * is on screen. Absent in tests without a canvas and on the journey list.
 */
export interface CanvasBridge {
  /** The canvas point at the centre of the visible area. */
  centre(): Point;
  fitView(): void;
  /** Pans the step into view. */
  reveal(id: string): void;
  /** Pans the step into view and moves keyboard focus to it. */
  focusStep(id: string): void;
}

let bridge: CanvasBridge | null = null;

export function setCanvasBridge(next: CanvasBridge | null): void {
  bridge = next;
}

export function canvasBridge(): CanvasBridge | null {
  return bridge;
}
