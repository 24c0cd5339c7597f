import { journeyWith, NOW } from "@test/factories";
import { stubLayout } from "@test/layout";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPain } from "@/model/painpoints";
import { isPain, isStep } from "@/model/records";
import type { PainPointRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { cellOrigin, MATRIX } from "./matrix";
import { ROW_HEIGHT } from "./TrackerTable";
import { TrackerView } from "./TrackerView";
import "@/i18n";

beforeAll(() => {
  stubLayout({ width: 1200, rowHeight: ROW_HEIGHT });
});
afterAll(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});

function pains(): PainPointRecord[] {
  return Object.values(useStore.getState().records).filter(isPain);
}
function painTitled(title: string): PainPointRecord {
  return pains().find((p) => p.title === title)!;
}

function openTracker(tab: "table" | "matrix" = "table") {
  runCommand("view.tracker", tab);
  return render(<TrackerView />);
}

/** Titles of the rendered rows, top to bottom. */
function shownTitles(): string[] {
  return within(screen.getByRole("table"))
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent ?? "");
}

const QUEUE = "Hours of waiting in the Direktservice queue";

describe("TrackerView", () => {
  it("has a heading and tabs that switch the route", async () => {
    runCommand("journey.sample");
    openTracker();
    expect(screen.getByRole("heading", { level: 1, name: "Pain-point tracker" })).toBeInTheDocument();
    const table = screen.getByRole("tab", { name: "Table" });
    expect(table).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Table");
    await userEvent.click(screen.getByRole("tab", { name: "Priority matrix" }));
    expect(useStore.getState().route).toEqual({ view: "tracker", tab: "matrix" });
    expect(screen.getByRole("tab", { name: "Priority matrix" })).toHaveAttribute("aria-selected", "true");
    // Arrow keys move between the tabs.
    await userEvent.keyboard("{ArrowLeft}");
    expect(useStore.getState().route).toEqual({ view: "tracker", tab: "table" });
    expect(screen.getByRole("tab", { name: "Table" })).toHaveFocus();
  });

  it("says when there are no pain points at all", () => {
    openTracker();
    expect(screen.getByText(/No pain points yet/)).toBeInTheDocument();
    expect(screen.getByText("0 pain points")).toBeInTheDocument();
  });
});

describe("tracker table", () => {
  it("shows every pain point with its journey, stage, steps, kind and score", () => {
    runCommand("journey.sample");
    openTracker();
    expect(screen.getByText("8 pain points")).toBeInTheDocument();
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", "9");
    const row = screen
      .getByRole("rowheader", { name: "Not knowing whom you will meet, or when" })
      .closest("tr")!;
    expect(row).toHaveAttribute("aria-rowindex");
    const cells = within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([
      "First meeting with the employment service",
      "Getting a meeting",
      "Walks in to Direktservice, Waits in the Direktservice queue",
      "☁Thundercloud",
    ]);
    expect(cells).toContain("12");
    expect(within(row).getByRole("combobox", { name: /^Status of/ })).toHaveDisplayValue("Confirmed");
    // Sorted by score, highest first: 4 × always (16) before 5 × often (15).
    expect(shownTitles().slice(0, 2)).toEqual([
      "Action plan and job offer demanded at the first meeting",
      QUEUE,
    ]);
  });

  it("shows an unattached pain point with a dash and no way to open it", () => {
    const { journey, steps, edges } = journeyWith(1, "Lonely");
    const orphan = createPain(journey.id, [], { kind: "blister", title: "Lost paperwork" }, NOW);
    commit({ put: [journey, ...steps, ...edges, orphan] });
    openTracker();
    const row = screen.getByRole("rowheader", { name: "Lost paperwork" }).closest("tr")!;
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent)
        .slice(1, 3),
    ).toEqual(["—", "—"]);
    expect(within(row).getByRole("button", { name: "Lost paperwork" })).toBeDisabled();
  });

  it("renders only a window of rows out of 10,000, and follows the scroll", () => {
    const { journey, steps, edges } = journeyWith(3, "Big journey");
    const many = Array.from({ length: 10_000 }, (_, i) =>
      createPain(
        journey.id,
        [steps[i % 3]!.id],
        {
          kind: i % 2 ? "thundercloud" : "blister",
          title: `Pain ${String(i).padStart(5, "0")}`,
          severity: 3,
          frequency: "sometimes",
        },
        NOW,
      ),
    );
    commit({ put: [journey, ...steps, ...edges, ...many] });
    openTracker();
    expect(screen.getByText("10,000 pain points")).toBeInTheDocument();
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("aria-rowcount", "10001");
    const rendered = within(table).getAllByRole("row");
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    // All have the same score, so they are in title order.
    expect(shownTitles()[0]).toBe("Pain 00000");

    const scroller = table.closest(".tracker-scroll")!;
    act(() => {
      scroller.scrollTop = ROW_HEIGHT * 5000;
      fireEvent.scroll(scroller);
    });
    const titles = shownTitles();
    expect(titles).toContain("Pain 05000");
    expect(titles).not.toContain("Pain 00000");
    expect(within(table).getAllByRole("row").length).toBeLessThan(60);
    const row = screen.getByRole("rowheader", { name: "Pain 05000" }).closest("tr")!;
    expect(row).toHaveAttribute("aria-rowindex", "5002");
  });

  it("sorts by a column when its header is clicked, and again the other way", async () => {
    runCommand("journey.sample");
    openTracker();
    const header = screen.getByRole("columnheader", { name: "Pain point" });
    expect(header).not.toHaveAttribute("aria-sort");
    await userEvent.click(within(header).getByRole("button", { name: "Pain point" }));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    const ascending = shownTitles();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    expect(ascending[0]).toBe("Action plan and job offer demanded at the first meeting");
    await userEvent.click(within(header).getByRole("button", { name: "Pain point" }));
    expect(header).toHaveAttribute("aria-sort", "descending");
    expect(shownTitles()).toEqual([...ascending].reverse());

    await userEvent.click(screen.getByRole("button", { name: "Severity" }));
    expect(screen.getByRole("columnheader", { name: "Severity" })).toHaveAttribute("aria-sort", "descending");
    expect(header).not.toHaveAttribute("aria-sort");
    expect(shownTitles().at(-1)).toBe("Doubt that job-seekers fill in their details correctly");
  });

  it("edits the status inline through the store, and undo puts it back", async () => {
    runCommand("journey.sample");
    openTracker();
    const status = screen.getByRole("combobox", { name: `Status of ${QUEUE}` });
    await userEvent.selectOptions(status, "Resolved");
    expect(painTitled(QUEUE).status).toBe("resolved");
    expect(status).toHaveDisplayValue("Resolved");
    act(() => runCommand("history.undo"));
    expect(painTitled(QUEUE).status).toBe("prioritised");
    expect(screen.getByRole("combobox", { name: `Status of ${QUEUE}` })).toHaveDisplayValue("Prioritised");
  });

  it("edits severity and owner inline; Escape abandons an owner edit", async () => {
    runCommand("journey.sample");
    openTracker();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: `Severity of ${QUEUE}` }), "2");
    expect(painTitled(QUEUE).severity).toBe(2);
    const owner = screen.getByRole("textbox", { name: `Owner of ${QUEUE}` });
    await userEvent.clear(owner);
    await userEvent.type(owner, "Unit manager Malmö");
    // Nothing is saved while typing.
    expect(painTitled(QUEUE).owner).toBe("Office manager");
    await userEvent.keyboard("{Enter}");
    expect(painTitled(QUEUE).owner).toBe("Unit manager Malmö");
    await userEvent.type(owner, " and more{Escape}");
    expect(owner).toHaveValue("Unit manager Malmö");
    await userEvent.tab();
    expect(painTitled(QUEUE).owner).toBe("Unit manager Malmö");
    act(() => runCommand("history.undo"));
    expect(painTitled(QUEUE).owner).toBe("Office manager");
  });

  it("opens the pain point's first step on the map", async () => {
    runCommand("journey.sample");
    openTracker();
    await userEvent.click(screen.getByRole("button", { name: "Not knowing whom you will meet, or when" }));
    const { route, selection, records } = useStore.getState();
    const pain = painTitled("Not knowing whom you will meet, or when");
    const step = records[pain.stepIds[0]!];
    expect(isStep(step) && step.title).toBe("Walks in to Direktservice");
    expect(route).toEqual({ view: "journey", journeyId: pain.journeyId });
    expect(selection).toEqual([pain.stepIds[0]]);
  });

  it("searches without caring about diacritics, filters, and says when nothing matches", async () => {
    runCommand("journey.sample");
    openTracker();
    const search = screen.getByRole("searchbox", { name: "Search" });
    await userEvent.type(search, "pinnjäkt");
    expect(await screen.findByText("1 of 8 pain points")).toBeInTheDocument();
    expect(shownTitles()).toEqual(["Action plan and job offer demanded at the first meeting"]);
    await userEvent.clear(search);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Bright spots");
    expect(await screen.findByText("2 of 8 pain points")).toBeInTheDocument();
    await userEvent.type(search, "zzzz");
    expect(await screen.findByText("No pain points match")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(await screen.findByText("8 pain points")).toBeInTheDocument();
    expect(search).toHaveValue("");
  });

  it("groups rows under headers with counts, and a group folds away", async () => {
    runCommand("journey.sample");
    openTracker();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Group by" }), "Kind");
    const blisters = screen.getByRole("button", { name: /Blister.*3 pain points/ });
    expect(blisters).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: /Thundercloud.*3 pain points/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Bright spot.*2 pain points/ })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveAttribute("aria-rowcount", String(8 + 3 + 1));
    await userEvent.click(blisters);
    expect(blisters).toHaveAttribute("aria-expanded", "false");
    expect(shownTitles()).toHaveLength(5);
  });
});

describe("priority matrix", () => {
  function dot(name: RegExp) {
    return screen.getByRole("button", { name });
  }

  it("draws each pain point as a named dot, with a legend", () => {
    runCommand("journey.sample");
    openTracker("matrix");
    expect(
      dot(/^Thundercloud: Hours of waiting in the Direktservice queue, severity 5, often$/),
    ).toHaveAttribute("tabindex", "0");
    expect(screen.getAllByRole("button", { name: /severity \d/ })).toHaveLength(8);
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(within(legend).getByText("Blister")).toBeInTheDocument();
  });

  it("re-rates the focused dot with the arrow keys, and undo restores it", async () => {
    runCommand("journey.sample");
    openTracker("matrix");
    const title = "The first meeting feels rushed";
    const depth = useStore.getState().history.undo.length;
    dot(/The first meeting feels rushed/).focus();
    await userEvent.keyboard("{ArrowUp}");
    expect(painTitled(title)).toMatchObject({ severity: 5, frequency: "often" });
    expect(dot(/The first meeting feels rushed/)).toHaveFocus();
    expect(dot(/The first meeting feels rushed/)).toHaveAccessibleName(
      `Thundercloud: ${title}, severity 5, often`,
    );
    await userEvent.keyboard("{ArrowRight}");
    expect(painTitled(title)).toMatchObject({ severity: 5, frequency: "always" });
    // At the edge nothing changes.
    await userEvent.keyboard("{ArrowUp}{ArrowRight}");
    expect(painTitled(title)).toMatchObject({ severity: 5, frequency: "always" });
    await userEvent.keyboard("{ArrowDown}{ArrowLeft}{ArrowLeft}");
    expect(painTitled(title)).toMatchObject({ severity: 4, frequency: "sometimes" });
    act(() => runCommand("history.undo"));
    expect(painTitled(title)).toMatchObject({ severity: 4, frequency: "always" });
    act(() => {
      while (useStore.getState().history.undo.length > depth) runCommand("history.undo");
    });
    expect(painTitled(title)).toMatchObject({ severity: 4, frequency: "often" });
  });

  it("opens a dot on the map with Enter", async () => {
    runCommand("journey.sample");
    openTracker("matrix");
    dot(/Counsellors stressed by the long queue/).focus();
    await userEvent.keyboard("{Enter}");
    const pain = painTitled("Counsellors stressed by the long queue");
    expect(useStore.getState().route).toEqual({ view: "journey", journeyId: pain.journeyId });
    expect(useStore.getState().selection).toEqual([pain.stepIds[0]]);
  });

  it("re-rates a dragged dot once, on drop, as one undoable change", () => {
    runCommand("journey.sample");
    openTracker("matrix");
    const title = "Doubt that job-seekers fill in their details correctly";
    const target = dot(new RegExp(title));
    const undoDepth = useStore.getState().history.undo.length;
    // The SVG is drawn at its natural size at 0,0 (getBoundingClientRect is mocked above).
    const svg = target.closest("svg")!;
    vi.spyOn(svg, "getBoundingClientRect").mockReturnValue(
      DOMRect.fromRect({
        x: 0,
        y: 0,
        width: Number(svg.getAttribute("width")),
        height: Number(svg.getAttribute("height")),
      }),
    );
    const [x, y] = target
      .getAttribute("transform")!
      .match(/[\d.]+/g)!
      .map(Number) as [number, number];
    // Severity 5, always: the top right cell.
    const corner = cellOrigin({ severity: 5, frequency: "always" });
    const to = { x: corner.x + MATRIX.cellWidth / 2, y: corner.y + MATRIX.cellHeight / 2 };
    fireEvent.pointerDown(target, { clientX: x, clientY: y, pointerId: 1, button: 0 });
    fireEvent.pointerMove(target, { clientX: (x + to.x) / 2, clientY: (y + to.y) / 2, pointerId: 1 });
    fireEvent.pointerMove(target, { clientX: to.x, clientY: to.y, pointerId: 1 });
    expect(painTitled(title)).toMatchObject({ severity: 2, frequency: "sometimes" });
    expect(useStore.getState().history.undo.length).toBe(undoDepth);
    fireEvent.pointerUp(target, { clientX: to.x, clientY: to.y, pointerId: 1 });
    fireEvent.click(target);
    expect(painTitled(title)).toMatchObject({ severity: 5, frequency: "always" });
    expect(useStore.getState().history.undo.length).toBe(undoDepth + 1);
    // The click that ends a drag does not open the map.
    expect(useStore.getState().route.view).toBe("tracker");
    act(() => runCommand("history.undo"));
    expect(painTitled(title)).toMatchObject({ severity: 2, frequency: "sometimes" });
  });

  it("filters by kind", async () => {
    runCommand("journey.sample");
    openTracker("matrix");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Blisters");
    expect(screen.getAllByRole("button", { name: /severity \d/ })).toHaveLength(3);
    expect(screen.getByText("3 pain points")).toBeInTheDocument();
  });
});
