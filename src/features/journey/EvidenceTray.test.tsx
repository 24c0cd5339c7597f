import { journeyWith } from "@test/factories";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { EXCERPT_DRAG_TYPE, isExcerpt } from "@/model/evidence";
import type { ExcerptId, SourceId } from "@/model/ids";
import { commands } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { EvidenceTray } from "./EvidenceTray";
import "@/i18n";

const TEXT = "Jag väntade två timmar i kön. Ingen sa vilka papper jag skulle ta med. Handläggaren var bra.";

function code(sourceId: SourceId, quote: string): ExcerptId {
  const start = TEXT.indexOf(quote);
  return commands["excerpt.add"].run({
    sourceId,
    start,
    end: start + quote.length,
    codeIds: [],
    coder: "A",
  })!;
}

let steps: ReturnType<typeof journeyWith>["steps"];
let waiting: ExcerptId;
let papers: ExcerptId;

beforeEach(() => {
  resetStore();
  const journey = journeyWith(2);
  steps = journey.steps;
  commit({ put: [journey.journey, ...journey.steps] });
  const sourceId = commands["source.add"].run({ title: "Intervju P01", respondent: "P01", text: TEXT })!;
  waiting = code(sourceId, "Jag väntade två timmar i kön");
  papers = code(sourceId, "Ingen sa vilka papper jag skulle ta med");
  commands["excerpt.linkStep"].run(papers, steps[1]!.id);
});

const quotes = () => screen.queryAllByRole("blockquote").map((q) => q.textContent);

describe("the excerpt tray beside the map", () => {
  it("lists the excerpts not linked yet, or all of them, and finds them blind to case and diacritics", async () => {
    const user = userEvent.setup();
    render(<EvidenceTray />);
    expect(quotes()).toEqual(["Jag väntade två timmar i kön"]);
    expect(screen.getByText("1 of 1 excerpt")).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Which excerpts"), "All excerpts");
    expect(quotes()).toHaveLength(2);
    await user.type(screen.getByLabelText("Find in excerpts"), "VANTADE");
    expect(quotes()).toEqual(["Jag väntade två timmar i kön"]);
    expect((useStore.getState().records[waiting] as { quote: string }).quote).toBe(quotes()[0]);
  });

  it("links an excerpt to the selected step from the keyboard, as one undoable change", async () => {
    const user = userEvent.setup();
    render(<EvidenceTray />);
    const link = screen.getByRole("button", { name: "Link to the selected step" });
    expect(link).toBeDisabled();
    useStore.setState({ selection: [steps[0]!.id] });
    expect(await screen.findByRole("button", { name: "Link to the selected step" })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: "Link to the selected step" }));
    const excerpt = useStore.getState().records[waiting];
    expect(isExcerpt(excerpt) && excerpt.stepIds).toEqual([steps[0]!.id]);
    expect(
      await screen.findByText("No excerpts here. Code text in a source under Evidence first."),
    ).toBeInTheDocument();
    commands["history.undo"].run();
    const undone = useStore.getState().records[waiting];
    expect(isExcerpt(undone) && undone.stepIds).toEqual([]);
  });

  it("hands the excerpt's id to a drag, for dropping on a step card", () => {
    render(<EvidenceTray />);
    const item = screen.getByRole("listitem");
    const data = new Map<string, string>();
    fireEvent.dragStart(item, {
      dataTransfer: { setData: (type: string, value: string) => data.set(type, value), effectAllowed: "" },
    });
    expect(data.get(EXCERPT_DRAG_TYPE)).toBe(waiting);
    expect(data.get("text/plain")).toBe("Jag väntade två timmar i kön");
    expect(within(item).getByText(/Intervju P01/)).toBeInTheDocument();
  });
});
