import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExcerpt, createSource } from "@/model/evidence";
import type { JourneyId } from "@/model/ids";
import { createImprovement } from "@/model/improvements";
import { listJourneys } from "@/model/records";
import type { PainPointRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { Presentation } from "./Presentation";
import { buildSlides, fixedThrough } from "./slides";
import "@/i18n";

const NOW = "2026-11-23T10:00:00.000Z";
const QUOTE = "I sat there for three hours and nobody told me anything";

let journeyId: JourneyId;

/** The sample journey, with one interview quote linked to the queue's thundercloud. */
function setUp() {
  resetStore();
  useStore.setState({ loaded: true });
  runCommand("journey.sample");
  journeyId = listJourneys(useStore.getState().records)[0]!.id;
  const queue = Object.values(useStore.getState().records).find(
    (r): r is PainPointRecord => r.typeName === "painpoint" && r.title.startsWith("Hours of waiting"),
  )!;
  const text = `Interviewer: How was it? ${QUOTE}.`;
  const source = createSource(
    { title: "Interview 3", respondent: "Anna", respondentRole: "job-seeker", text },
    NOW,
  );
  const start = text.indexOf(QUOTE);
  const excerpt = createExcerpt(source, { start, end: start + QUOTE.length, codeIds: [], coder: "" }, NOW)!;
  commit({ put: [source, { ...excerpt, painPointIds: [queue.id] }] });
  runCommand("view.present");
}

beforeEach(setUp);
afterEach(() => vi.restoreAllMocks());

function painTitled(start: string): PainPointRecord {
  return Object.values(useStore.getState().records).find(
    (r): r is PainPointRecord => r.typeName === "painpoint" && r.title.startsWith(start),
  )!;
}

function counter() {
  return screen.getByText(/^Stage \d of \d/);
}

describe("Presentation", () => {
  it("walks the stages with the arrow keys, Page Up/Down, Space, Home and End", async () => {
    const user = userEvent.setup();
    render(<Presentation journeyId={journeyId} />);
    const dialog = screen.getByRole("dialog", { name: "Deciding to register" });
    expect(counter()).toHaveTextContent("Stage 1 of 4");
    expect(counter()).toHaveAttribute("aria-live", "polite");
    expect(dialog).toHaveFocus();

    await user.keyboard("{ArrowRight}");
    expect(counter()).toHaveTextContent("Stage 2 of 4");
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Getting a meeting");
    await user.keyboard("{PageDown}");
    expect(counter()).toHaveTextContent("Stage 3 of 4");
    await user.keyboard(" ");
    expect(counter()).toHaveTextContent("Stage 4 of 4");
    await user.keyboard(" ");
    expect(counter()).toHaveTextContent("Stage 4 of 4");
    expect(screen.getByRole("button", { name: /Next stage/ })).toBeDisabled();
    await user.keyboard("{PageUp}");
    expect(counter()).toHaveTextContent("Stage 3 of 4");
    await user.keyboard("{ArrowLeft}");
    expect(counter()).toHaveTextContent("Stage 2 of 4");
    await user.keyboard("{Home}");
    expect(counter()).toHaveTextContent("Stage 1 of 4");
    await user.keyboard("{End}");
    expect(counter()).toHaveTextContent("Stage 4 of 4");
  });

  it("shows a stage's steps by lane, its pains highest score first, and the quotes behind them", async () => {
    const user = userEvent.setup();
    render(<Presentation journeyId={journeyId} />);
    await user.click(screen.getByRole("button", { name: /Next stage/ }));
    const clouds = within(screen.getByRole("heading", { name: "Thunderclouds" }).parentElement!);
    const titles = clouds.getAllByRole("listitem").map((li) => li.textContent);
    expect(titles[0]).toMatch(/^Hours of waiting in the Direktservice queue \(score 15 of 20\)/);
    expect(titles[1]).toMatch(/^Not knowing whom you will meet, or when \(score 12 of 20\)/);
    const blisters = within(screen.getByRole("heading", { name: "Blisters" }).parentElement!);
    expect(blisters.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Counsellors stressed by the long queue (score 12 of 20)",
      "Doubt that job-seekers fill in their details correctly (score 4 of 20)",
    ]);
    expect(screen.getByRole("heading", { name: "Job-seeker", level: 4 })).toBeInTheDocument();
    expect(screen.getByText("Waits in the Direktservice queue")).toBeInTheDocument();
    expect(screen.getByText(`“${QUOTE}”`)).toBeInTheDocument();
    expect(screen.getByText("Anna · Job-seeker")).toBeInTheDocument();
  });

  it("shows what works in a stage, and the pains fixed through an improvement, by name", async () => {
    const user = userEvent.setup();
    const queue = painTitled("Hours of waiting");
    const doubt = painTitled("Doubt that job-seekers");
    const booking = createImprovement(journeyId, { title: "Book the first meeting online" }, NOW);
    commit({ put: [booking] });
    runCommand("improvement.resolvePain", booking.id, queue.id, "Anna");
    // Resolved by hand, with no improvement behind it: not "fixed" on the slide.
    runCommand("pain.update", doubt.id, { status: "resolved" });
    render(<Presentation journeyId={journeyId} />);
    await user.click(screen.getByRole("button", { name: /Next stage/ }));

    const works = within(screen.getByRole("heading", { name: "What works" }).parentElement!);
    expect(works.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Filling in the background at home, in peace and quiet",
      "Knowing whom you will meet and when",
    ]);
    const fixed = within(screen.getByRole("heading", { name: "Fixed" }).parentElement!);
    expect(fixed.getAllByRole("listitem").map((li) => li.textContent?.trim())).toEqual([
      "Thundercloud: Hours of waiting in the Direktservice queue through “Book the first meeting online”",
    ]);
    // Neither is open any more.
    const clouds = within(screen.getByRole("heading", { name: "Thunderclouds" }).parentElement!);
    expect(clouds.queryByText(/Hours of waiting/)).toBeNull();
    const blisters = within(screen.getByRole("heading", { name: "Blisters" }).parentElement!);
    expect(blisters.queryByText(/Doubt that job-seekers/)).toBeNull();

    // The first stage has neither: no empty sections.
    await user.keyboard("{Home}");
    expect(screen.queryByRole("heading", { name: "What works" })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Fixed" })).toBeNull();
  });

  it("counts a resolved pain as fixed through a done improvement that addresses it", () => {
    const records = useStore.getState().records;
    const doubt = painTitled("Doubt that job-seekers");
    const journey = listJourneys(records)[0]!;
    const resolved = { ...doubt, status: "resolved" as const };
    const improvement = createImprovement(journey.id, { title: "Text reminders", status: "done" }, NOW, {
      painPointIds: [doubt.id],
    });
    expect(fixedThrough(resolved, [improvement])?.title).toBe("Text reminders");
    expect(fixedThrough(resolved, [{ ...improvement, status: "in-progress" }])).toBeUndefined();
    expect(fixedThrough(doubt, [improvement])).toBeUndefined();
    const slide = buildSlides(
      { ...records, [doubt.id]: resolved, [improvement.id]: improvement },
      journey,
    )[1]!;
    expect(slide.fixed.map((f) => f.improvement.title)).toEqual(["Text reminders"]);
  });

  it("closes on Escape, and with the Exit button", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Presentation journeyId={journeyId} />);
    await user.keyboard("{Escape}");
    expect(useStore.getState().presenting).toBeNull();
    unmount();
    runCommand("view.present");
    render(<Presentation journeyId={journeyId} />);
    await user.click(screen.getByRole("button", { name: "Exit presentation" }));
    expect(useStore.getState().presenting).toBeNull();
  });

  it("goes full screen where it can, and leaving full screen ends the presentation", async () => {
    let fullscreen: Element | null = null;
    // jsdom has no Fullscreen API: give the document one for this test.
    Object.defineProperty(document, "fullscreenElement", { configurable: true, get: () => fullscreen });
    const request = vi.fn(async () => {
      fullscreen = document.documentElement;
    });
    document.documentElement.requestFullscreen = request;
    render(<Presentation journeyId={journeyId} />);
    expect(request).toHaveBeenCalled();
    await act(async () => undefined);
    expect(useStore.getState().presenting).toBe(journeyId);
    fullscreen = null;
    fireEvent(document, new Event("fullscreenchange"));
    expect(useStore.getState().presenting).toBeNull();
    delete (document.documentElement as Partial<HTMLElement>).requestFullscreen;
    Reflect.deleteProperty(document, "fullscreenElement");
  });
});
