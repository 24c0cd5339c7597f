import { vi } from "vitest";

/**
 * jsdom has no layout: give every element a size so a virtualised list (@tanstack/react-virtual)
 * sees a scroll box `height` pixels high and rows `rowHeight` high, as its docs suggest for tests.
 * Undo with vi.restoreAllMocks().
 */
export function stubLayout({
  width,
  height = 600,
  rowHeight,
}: {
  width: number;
  height?: number;
  rowHeight: number;
}) {
  vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(height);
  vi.spyOn(Element.prototype, "clientWidth", "get").mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(rowHeight);
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width, height }),
  );
}
