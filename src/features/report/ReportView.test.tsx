import { journeyWith, NOW, toRecords } from "@test/factories";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { builtinCodeId, createExcerpt, createSource } from "@/model/evidence";
import { createPain } from "@/model/painpoints";
import type { ExcerptRecord, SourceRecord } from "@/model/types";
import { resetStore, useStore } from "@/store/store";
import { ReportView } from "./ReportView";

function excerptOf(source: SourceRecord, quote: string, links: Partial<ExcerptRecord>): ExcerptRecord {
  const start = [...source.text].length - [...source.text.slice(source.text.indexOf(quote))].length;
  const excerpt = createExcerpt(
    source,
    { start, end: start + [...quote].length, codeIds: [], coder: "AL" },
    NOW,
  )!;
  return { ...excerpt, ...links };
}

function workspace() {
  const { journey, steps, records } = journeyWith(3, "First meeting");
  const queue = createPain(
    journey.id,
    [steps[0]!.id],
    { kind: "thundercloud", title: "Hours in the queue", severity: 5, frequency: "always" },
    NOW,
  );
  const targets = createPain(
    journey.id,
    [steps[1]!.id],
    { kind: "blister", title: "Action-plan targets", severity: 3, frequency: "often" },
    NOW,
  );
  const bright = createPain(journey.id, [steps[2]!.id], { kind: "brightspot", title: "Booked time" }, NOW);
  const closed = createPain(
    journey.id,
    [steps[2]!.id],
    { kind: "thundercloud", title: "Lost letter", severity: 5, frequency: "always", status: "resolved" },
    NOW,
  );
  const anna = createSource(
    {
      title: "Interview 1",
      respondent: "Anna",
      respondentRole: "job-seeker",
      date: "2026-10-01",
      text: "I sat there for three hours. Nobody told me anything. The form was fine.",
    },
    NOW,
  );
  const berit = createSource(
    {
      title: "Interview 2",
      respondent: "",
      respondentRole: "counsellor",
      text: "We have to hit the targets.",
    },
    NOW,
  );
  const excerpts = [
    // Linked to the step only: ranks after the one linked to the pain point itself.
    excerptOf(anna, "Nobody told me anything.", { stepIds: [steps[0]!.id] }),
    excerptOf(anna, "I sat there for three hours.", {
      painPointIds: [queue.id],
      codeIds: [builtinCodeId("thundercloud")],
    }),
    excerptOf(berit, "We have to hit the targets.", { painPointIds: [targets.id] }),
  ];
  return {
    journey,
    records: { ...records, ...toRecords([queue, targets, bright, closed, anna, berit, ...excerpts]) },
  };
}

beforeEach(() => {
  resetStore();
  // jsdom has no object URLs; the map image needs one.
  URL.createObjectURL = vi.fn(() => "blob:map");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe("ReportView", () => {
  it("shows the map, the open pain points by score with their best quotes, and the sources behind them", async () => {
    const { journey, records } = workspace();
    useStore.setState({ loaded: true, records, route: { view: "report", journeyId: journey.id } });
    render(<ReportView journeyId={journey.id} />);

    expect(screen.getByRole("heading", { level: 1, name: "First meeting" })).toBeInTheDocument();
    const map = await screen.findByRole("img", {
      name: "Journey map of “First meeting”: 3 stages, 3 lanes, 3 steps",
    });
    expect(map).toHaveAttribute("src", "blob:map");

    const pains = within(screen.getByRole("region", { name: "Top pain points by priority score" }));
    const items = pains.getAllByRole("listitem").filter((li) => li.classList.contains("report-pain"));
    // Score 20 before 9; the resolved one and the bright spot are left out.
    expect(items.map((li) => within(li).getByRole("heading", { level: 3 }).textContent)).toEqual([
      " Thundercloud: Hours in the queue",
      " Blister: Action-plan targets",
    ]);
    expect(items[0]).toHaveTextContent("Priority score 20 of 20");
    expect(items[0]).toHaveTextContent("Severity 5 of 5 · Always · New");
    expect(items[0]).toHaveTextContent("On steps: Step 1");
    const quotes = within(items[0]!)
      .getAllByRole("blockquote")
      .map((q) => q.textContent);
    expect(quotes).toEqual(["I sat there for three hours.", "Nobody told me anything."]);
    expect(items[0]).toHaveTextContent("— Anna (Job-seeker), Interview 1");
    expect(items[1]).toHaveTextContent("— Counsellor, Interview 2");

    const sources = within(screen.getByRole("table"));
    const rows = sources.getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "Interview 1InterviewAnnaJob-seeker2026-10-012",
      "Interview 2InterviewCounsellor1",
    ]);
  });

  it("says when there is no pain point yet, and when a pain point has no evidence", async () => {
    const { journey, steps, records } = journeyWith(2, "Quiet");
    useStore.setState({ loaded: true, records, route: { view: "report", journeyId: journey.id } });
    const { unmount } = render(<ReportView journeyId={journey.id} />);
    expect(screen.getByText("This journey has no open thunderclouds or blisters yet.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    unmount();

    const pain = createPain(journey.id, [steps[0]!.id], { kind: "blister", title: "Double entry" }, NOW);
    useStore.setState({ records: { ...records, [pain.id]: pain } });
    render(<ReportView journeyId={journey.id} />);
    expect(
      screen.getByText("No evidence is linked yet: this pain point is an assumption."),
    ).toBeInTheDocument();
    expect(screen.getByText("No source speaks to these pain points yet.")).toBeInTheDocument();
    await screen.findByRole("img");
  });

  it("prints with the browser's print dialog and goes back to the map", async () => {
    const { journey, records } = workspace();
    useStore.setState({ loaded: true, records, route: { view: "report", journeyId: journey.id } });
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    render(<ReportView journeyId={journey.id} />);
    await screen.findByRole("img");
    await userEvent.click(screen.getByRole("button", { name: "Print / Save as PDF" }));
    expect(print).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Back to the map" }));
    expect(useStore.getState().route).toEqual({ view: "journey", journeyId: journey.id });
  });
});
