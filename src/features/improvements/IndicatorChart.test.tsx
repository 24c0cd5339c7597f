import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import "@/i18n";
import { createIndicator } from "@/model/improvements";
import type { IndicatorRecord } from "@/model/types";
import { canDrawCharts, IndicatorChart } from "./IndicatorChart";

/**
 * Where a canvas exists the chart is drawn with uPlot, loaded on demand. jsdom has no canvas,
 * so these tests give it the few browser APIs uPlot's loader checks for and replace uPlot
 * with a recorder: what matters here is what the chart asks uPlot to draw, that it cleans up,
 * and that the text alternative is there either way.
 */
const drawn = vi.hoisted(() => ({
  charts: [] as { opts: Record<string, unknown>; data: unknown[][]; destroyed: boolean }[],
}));

vi.mock("uplot", () => ({
  default: class {
    width: number;
    record: (typeof drawn.charts)[number];
    constructor(opts: { width: number }, data: unknown[][], target: HTMLElement) {
      this.width = opts.width;
      this.record = { opts, data, destroyed: false };
      drawn.charts.push(this.record);
      target.appendChild(document.createElement("canvas"));
    }
    setSize() {}
    destroy() {
      this.record.destroyed = true;
    }
  },
}));
vi.mock("uplot/dist/uPlot.min.css", () => ({}));

beforeAll(() => {
  vi.stubGlobal("matchMedia", () => ({ matches: false, addEventListener() {}, removeEventListener() {} }));
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue({} as never);
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function waiting(): IndicatorRecord {
  return createIndicator(
    "journey:j",
    { name: "Waiting time (minutes)", unit: "minutes", better: "lower", target: 30 },
    "2026-01-01T00:00:00.000Z",
    [
      { id: "a", date: "2013-03-15", value: 180, note: "" },
      { id: "b", date: "2015-03-15", value: 25, note: "After" },
    ],
  );
}

describe("IndicatorChart where a canvas exists", () => {
  it("draws the series, the baseline and the target with uPlot, and destroys it when it goes", async () => {
    expect(canDrawCharts()).toBe(true);
    const markers = [
      {
        improvementId: "improvement:i" as const,
        title: "Booking",
        date: "2013-09-01",
        edge: "start" as const,
      },
    ];
    const view = render(<IndicatorChart indicator={waiting()} markers={markers} />);
    await waitFor(() => expect(drawn.charts).toHaveLength(1));
    const chart = drawn.charts[0]!;
    expect(chart.data.slice(1)).toEqual([
      [180, 25],
      [180, 180],
      [30, 30],
    ]);
    expect((chart.opts.series as unknown[]).length).toBe(4);
    expect(
      screen.getByRole("figure", { name: /^Waiting time \(minutes\): 2 measurements/ }),
    ).toBeInTheDocument();
    // The legend says in words what each line is.
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(within(legend).getByText("Baseline: 180 minutes")).toBeInTheDocument();
    expect(within(legend).getByText("Target: 30 minutes")).toBeInTheDocument();
    expect(screen.getByText("1: “Booking” starts 1 Sept 2013")).toBeInTheDocument();
    view.unmount();
    expect(chart.destroyed).toBe(true);
  });

  it("keeps the numbers in a table that is always read out and shown on request", async () => {
    render(<IndicatorChart indicator={waiting()} markers={[]} />);
    const toggle = screen.getByRole("button", { name: "Show the numbers as a table" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    // Visually hidden until asked for, but still in the accessibility tree.
    const table = screen.getByRole("table", { name: "Waiting time (minutes): measurements" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    await userEvent.click(toggle);
    expect(screen.getByRole("button", { name: "Hide the table" })).toHaveAttribute("aria-expanded", "true");
    expect(table.parentElement).toHaveClass("chart-table-wrap");
    await act(async () => undefined);
  });
});

describe("uPlot under a strict Content-Security-Policy", () => {
  it("ships code that styles only through element.style, never a <style> element or a style attribute", () => {
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve("uplot/dist/uPlot.esm.js"), "utf8");
    expect(source).not.toMatch(/createElement\(\s*["']style["']\s*\)/);
    expect(source).not.toMatch(/setAttribute\(\s*["']style["']/);
    expect(source).not.toMatch(/insertRule|adoptedStyleSheets|cssText/);
  });
});
