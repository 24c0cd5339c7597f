import { journeyWith, NOW } from "@test/factories";
import { stubLayout } from "@test/layout";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSource, EXCERPT_DRAG_TYPE, isExcerpt, isSource } from "@/model/evidence";
import type { CodeId, ExcerptId, SourceId } from "@/model/ids";
import type { ExcerptRecord, SourceRecord } from "@/model/types";
import { commands, runCommand } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { CODER_STORAGE_KEY, setCoder } from "./coder";
import { EvidenceView } from "./EvidenceView";
import { ESTIMATED_ROW_HEIGHT } from "./SourcesTab";
import { selectCodePoints } from "./text";
import "@/i18n";

const TEXT =
  "Jag väntade två timmar i kön på Direktservice. Ingen sa vilka papper jag skulle ta med. " +
  "Försäkringskassan och Arbetsförmedlingen skickade mig fram och tillbaka. Handläggaren Anna var bra.";

function records() {
  return useStore.getState().records;
}
function excerpts(): ExcerptRecord[] {
  return Object.values(records()).filter(isExcerpt);
}
function sources(): SourceRecord[] {
  return Object.values(records()).filter(isSource);
}
function addSource(details: Partial<SourceRecord> = {}): SourceId {
  return commands["source.add"].run({ title: "Intervju P01", respondent: "P01", text: TEXT, ...details })!;
}
function code(sourceId: SourceId, quote: string, codeIds: CodeId[], coder = "Anna"): ExcerptId {
  const text = (records()[sourceId] as SourceRecord).text;
  const start = text.indexOf(quote);
  return commands["excerpt.add"].run({ sourceId, start, end: start + quote.length, codeIds, coder })!;
}
function textRegion() {
  return screen.getByRole("region", { name: /^Text of / });
}
/** Selects the first occurrence of `quote` in the reading view, as a mouse drag would. */
function select(quote: string) {
  const region = textRegion();
  const start = TEXT.indexOf(quote);
  act(() => selectCodePoints(region, TEXT, start, start + quote.length));
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  localStorage.clear();
  setCoder("");
  document.getSelection()?.removeAllRanges();
});

describe("sources", () => {
  beforeAll(() => {
    stubLayout({ width: 300, rowHeight: ESTIMATED_ROW_HEIGHT });
    // A scroll box is as high as the list inside it (the virtualiser clamps its scrolling to this).
    vi.spyOn(Element.prototype, "scrollHeight", "get").mockImplementation(function (this: Element) {
      return Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? "") || 0;
    });
    // jsdom does not scroll: scrolling to a row sets the offset and tells the list, as a browser does.
    Element.prototype.scrollTo = function (this: Element, to?: ScrollToOptions | number) {
      if (typeof to === "object" && to.top !== undefined) this.scrollTop = to.top;
      this.dispatchEvent(new Event("scroll"));
    };
  });
  afterAll(() => {
    vi.restoreAllMocks();
    delete (Element.prototype as Partial<Element>).scrollTo;
  });

  /** 10,000 sources titled "Answer 00000" … "Answer 09999", committed in shuffled order. */
  function manySources(): SourceRecord[] {
    const list = Array.from({ length: 10_000 }, (_, i) =>
      createSource(
        {
          title: `Answer ${String(i).padStart(5, "0")}`,
          respondent: `R${i}`,
          tags: [i % 2 ? "odd" : "even"],
        },
        NOW,
        "survey",
      ),
    );
    commit({ put: [...list].sort((a, b) => (a.id < b.id ? 1 : -1)) });
    return list;
  }
  function sourceList() {
    return screen.getByRole("list", { name: "Sources" });
  }
  /** Titles of the rows in the DOM, top to bottom. */
  function shownTitles(): string[] {
    return within(sourceList())
      .getAllByRole("button")
      .map((b) => b.querySelector(".source-item-title")?.textContent ?? "");
  }
  function row(title: string) {
    return within(sourceList()).getByRole("button", { name: new RegExp(`^${title}\\D`) });
  }

  it("renders only a window of 10,000 sources, gives their position, and follows the scroll", () => {
    manySources();
    runCommand("view.evidence", { sourceId: undefined });
    render(<EvidenceView />);
    expect(screen.getByText("10,000 sources")).toBeInTheDocument();
    const items = within(sourceList()).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(40);
    expect(items[0]).toHaveAttribute("aria-setsize", "10000");
    expect(items[0]).toHaveAttribute("aria-posinset", "1");
    expect(shownTitles()[0]).toBe("Answer 00000");
    expect(screen.queryByRole("button", { name: /Show .* more/ })).not.toBeInTheDocument();

    const scroller = sourceList().parentElement!;
    act(() => {
      scroller.scrollTop = ESTIMATED_ROW_HEIGHT * 7000;
      fireEvent.scroll(scroller);
    });
    expect(shownTitles()).toContain("Answer 07000");
    expect(row("Answer 07000").closest("li")).toHaveAttribute("aria-posinset", "7001");
    // The first row stays rendered only because it holds the list's place in the tab order.
    expect(shownTitles()).not.toContain("Answer 00001");
    expect(within(sourceList()).getAllByRole("listitem").length).toBeLessThan(40);
  });

  it("is one stop in the tab order; arrows, Home and End move through all 10,000 and Enter opens", async () => {
    const user = userEvent.setup();
    manySources();
    runCommand("view.evidence", { sourceId: undefined });
    render(<EvidenceView />);
    act(() => screen.getByRole("combobox", { name: "Tag" }).focus());
    await user.tab();
    expect(row("Answer 00000")).toHaveFocus();
    expect(
      within(sourceList())
        .getAllByRole("button")
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(1);

    await user.keyboard("{End}");
    expect(row("Answer 09999")).toHaveFocus();
    expect(row("Answer 09999").closest("li")).toHaveAttribute("aria-posinset", "10000");
    expect(shownTitles()).not.toContain("Answer 00005");
    await user.keyboard("{ArrowUp}");
    expect(row("Answer 09998")).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(useStore.getState().route).toMatchObject({ view: "evidence", tab: "sources" });
    expect(screen.getByRole("heading", { level: 2, name: "Answer 09998" })).toBeInTheDocument();
    expect(row("Answer 09998")).toHaveAttribute("aria-current", "true");

    await user.keyboard("{Home}");
    expect(row("Answer 00000")).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}{PageDown}");
    expect(row("Answer 00010")).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(row("Answer 00009")).toHaveFocus();
    expect(row("Answer 00009")).not.toHaveAttribute("aria-current");
    // The open source is still highlighted when the list comes back to it.
    await user.keyboard("{End}{ArrowUp}");
    expect(row("Answer 09998")).toHaveFocus();
    expect(row("Answer 09998")).toHaveAttribute("aria-current", "true");
    // Tab leaves the list rather than walking through its rows.
    await user.tab();
    expect(sourceList()).not.toContainElement(document.activeElement as HTMLElement);
  });

  it("shows the open source when the list first appears, and the first match after a filter", async () => {
    const user = userEvent.setup();
    const list = manySources();
    runCommand("view.evidence", { sourceId: list[8000]!.id });
    render(<EvidenceView />);
    expect(row("Answer 08000")).toHaveAttribute("aria-current", "true");
    expect(shownTitles()).not.toContain("Answer 00001");

    await user.selectOptions(screen.getByRole("combobox", { name: "Tag" }), "odd");
    expect(await screen.findByText("5,000 of 10,000 sources")).toBeInTheDocument();
    expect(sourceList().parentElement!.scrollTop).toBe(0);
    expect(shownTitles()[0]).toBe("Answer 00001");
    expect(row("Answer 00001")).toHaveAttribute("tabindex", "0");
    expect(row("Answer 00001").closest("li")).toHaveAttribute("aria-setsize", "5000");
  });

  it("adds a source by pasting its text, and opens it", async () => {
    const user = userEvent.setup();
    runCommand("view.evidence");
    render(<EvidenceView />);
    expect(screen.getByText(/No sources yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add source" }));
    const dialog = screen.getByRole("dialog", { name: "Add source" });
    // A title is required.
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(within(dialog).getByText("Give the source a title.")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText("Title"), "Intervju P01");
    await user.selectOptions(within(dialog).getByLabelText("Kind"), "Interview");
    await user.type(within(dialog).getByLabelText("Respondent (pseudonym)"), "P01");
    await user.selectOptions(within(dialog).getByLabelText("Role"), "Job-seeker");
    fireEvent.change(within(dialog).getByLabelText("Date"), { target: { value: "2024-03-04" } });
    await user.type(within(dialog).getByLabelText("Interviewer"), "Bo");
    await user.type(within(dialog).getByLabelText("Tags"), "queue, first meeting");
    await user.type(within(dialog).getByLabelText("Respondent attributes"), "office: Malmö");
    await user.click(within(dialog).getByLabelText("Text"));
    await user.paste(TEXT);
    await user.click(within(dialog).getByRole("button", { name: "Add" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const [source] = sources();
    expect(source).toMatchObject({
      title: "Intervju P01",
      kind: "interview",
      respondent: "P01",
      respondentRole: "job-seeker",
      date: "2024-03-04",
      interviewer: "Bo",
      tags: ["queue", "first meeting"],
      attributes: { office: "Malmö" },
      text: TEXT,
    });
    expect(screen.getByRole("heading", { level: 2, name: "Intervju P01" })).toBeInTheDocument();
    expect(textRegion()).toHaveTextContent(TEXT);
    expect(screen.getByRole("button", { name: /Intervju P01/ })).toHaveAttribute("aria-current", "true");
  });

  it("filters the list by words, kind, role and tag", async () => {
    const user = userEvent.setup();
    addSource({ title: "Intervju P01", respondentRole: "job-seeker", tags: ["Malmö"] });
    addSource({ title: "Enkätsvar 17", kind: "survey", respondentRole: "employer", tags: ["Åland"] });
    runCommand("view.evidence", { sourceId: undefined });
    render(<EvidenceView />);
    expect(screen.getByText("2 sources")).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Search sources" }), "enkatsvar");
    expect(await screen.findByText("1 of 2 sources")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "Survey answer");
    expect(screen.getByRole("button", { name: /Enkätsvar 17/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Intervju P01/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind" }), "All kinds");
    await user.selectOptions(screen.getByRole("combobox", { name: "Role" }), "Job-seeker");
    expect(screen.getByText("1 of 2 sources")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Role" }), "All roles");
    await user.selectOptions(screen.getByRole("combobox", { name: "Tag" }), "Åland");
    expect(screen.getByRole("button", { name: /Enkätsvar 17/ })).toBeInTheDocument();
    expect(screen.getByText("1 of 2 sources")).toBeInTheDocument();
  });

  it("finds again what a shorter search matches after keys are taken back", async () => {
    const user = userEvent.setup();
    addSource({ title: "Intervju P01" });
    addSource({ title: "Intervju P02", respondent: "P02" });
    runCommand("view.evidence", { sourceId: undefined });
    render(<EvidenceView />);
    const search = screen.getByRole("searchbox", { name: "Search sources" });
    await user.type(search, "intervju p01");
    expect(await screen.findByText("1 of 2 sources")).toBeInTheDocument();
    await user.type(search, "{Backspace}");
    expect(await screen.findByText("2 of 2 sources")).toBeInTheDocument();
    await user.type(search, "2");
    expect(await screen.findByText("1 of 2 sources")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Intervju P02/ })).toBeInTheDocument();
  });

  it("searches an edited source by its new details, not its old ones", async () => {
    const user = userEvent.setup();
    const id = addSource({ title: "Intervju P01", tags: ["Malmö"] });
    addSource({ title: "Enkätsvar 17", tags: ["Åland"] });
    runCommand("view.evidence", { sourceId: undefined });
    render(<EvidenceView />);
    const search = screen.getByRole("searchbox", { name: "Search sources" });
    await user.type(search, "malmo");
    expect(await screen.findByText("1 of 2 sources")).toBeInTheDocument();
    act(() => runCommand("source.update", id, { title: "Uppföljning P01", tags: ["Göteborg"] }));
    expect(await screen.findByText("0 of 2 sources")).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, "goteborg uppfoljning");
    expect(await screen.findByRole("button", { name: /Uppföljning P01/ })).toBeInTheDocument();
    expect(screen.getByText("1 of 2 sources")).toBeInTheDocument();
    act(() => runCommand("history.undo"));
    expect(await screen.findByText("0 of 2 sources")).toBeInTheDocument();
  });

  it("deletes a source after confirmation, with its excerpts, and undo brings them back", async () => {
    const user = userEvent.setup();
    const id = addSource();
    code(id, "Ingen sa", ["code:thundercloud"]);
    render(<EvidenceView />);
    await user.click(screen.getByRole("button", { name: "Delete source" }));
    const dialog = screen.getByRole("dialog", { name: "Delete “Intervju P01”?" });
    expect(dialog).toHaveTextContent("The source and its 1 excerpt are deleted.");
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(sources()).toHaveLength(0);
    expect(excerpts()).toHaveLength(0);
    act(() => runCommand("history.undo"));
    expect(sources()).toHaveLength(1);
    expect(excerpts()).toHaveLength(1);
  });

  it("shows the Import button only when the app gives it something to do", async () => {
    const onImport = vi.fn();
    const { rerender } = render(<EvidenceView />);
    expect(screen.queryByRole("button", { name: "Import" })).not.toBeInTheDocument();
    rerender(<EvidenceView onImport={onImport} />);
    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(onImport).toHaveBeenCalledOnce();
  });
});

describe("coding in the reading view", () => {
  it("codes a selected passage; it is highlighted in the text and listed beside it", async () => {
    const user = userEvent.setup();
    addSource();
    render(<EvidenceView />);
    await user.type(screen.getByLabelText("Coder name"), "Anna");
    expect(localStorage.getItem(CODER_STORAGE_KEY)).toBe("Anna");

    select("Ingen sa vilka papper jag skulle ta med.");
    await user.selectOptions(screen.getByRole("combobox", { name: "Code" }), "Blister");
    await user.click(screen.getByRole("button", { name: "Code selection" }));

    const [excerpt] = excerpts();
    expect(excerpt).toMatchObject({
      quote: "Ingen sa vilka papper jag skulle ta med.",
      codeIds: ["code:blister"],
      coder: "Anna",
    });
    expect(screen.getByRole("status")).toHaveTextContent(
      "Coded “Ingen sa vilka papper jag skulle ta med.” as Blister.",
    );
    // Highlighted in the text, with the code named on hover.
    const marked = textRegion().querySelector(".coded")!;
    expect(marked).toHaveTextContent("Ingen sa vilka papper jag skulle ta med.");
    expect(marked).toHaveAttribute("title", "Blister (Anna)");
    // Listed beside the text with its code and coder.
    const list = screen.getByRole("heading", { name: "1 excerpt" }).closest("section")!;
    const card = within(list).getByRole("listitem", { name: "Ingen sa vilka papper jag skulle ta med." });
    expect(within(card).getByText("Blister")).toBeInTheDocument();
    expect(within(card).getByText("Coded by Anna")).toBeInTheDocument();
    expect(card).toHaveAttribute("draggable", "true");
    // The text region is whole again: its text is still exactly the source's text.
    expect(textRegion().textContent).toBe(TEXT);
  });

  it("shows overlapping codings as nested runs with both names", async () => {
    const id = addSource();
    code(id, "Försäkringskassan och Arbetsförmedlingen", ["code:thundercloud"], "Anna");
    code(id, "Arbetsförmedlingen skickade mig", ["code:blister"], "Bo");
    render(<EvidenceView />);
    const overlap = textRegion().querySelector(".coded.overlap")!;
    expect(overlap).toHaveTextContent("Arbetsförmedlingen");
    expect(overlap.getAttribute("title")).toBe("Thundercloud (Anna)\nBlister (Bo)");
    expect(textRegion().textContent).toBe(TEXT);
  });

  it("selects with Shift and the arrow keys, and Enter codes the selection", async () => {
    const user = userEvent.setup();
    addSource();
    render(<EvidenceView />);
    const region = textRegion();
    region.focus();
    await user.keyboard("{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}");
    expect(screen.getByText("3 characters selected")).toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(excerpts()[0]).toMatchObject({ quote: "Jag", start: 0, end: 3, codeIds: ["code:thundercloud"] });
  });

  it("asks for a selection first", async () => {
    addSource();
    render(<EvidenceView />);
    await userEvent.click(screen.getByRole("button", { name: "Code selection" }));
    expect(screen.getByRole("status")).toHaveTextContent("Select a passage of the text first.");
    expect(excerpts()).toHaveLength(0);
  });

  it("links an excerpt to a step, a hand-off and a pain point through the dialog", async () => {
    const user = userEvent.setup();
    const { journey, steps, edges } = journeyWith(2, "Första mötet");
    commit({ put: [journey, ...steps, ...edges] });
    runCommand("pain.add", steps[0]!.id, { kind: "thundercloud", title: "Lång kö" });
    const id = addSource();
    const e = code(id, "Ingen sa", ["code:thundercloud"]);
    runCommand("view.evidence", { sourceId: id });
    render(<EvidenceView />);
    await user.click(screen.getByRole("button", { name: "Link to step" }));
    const dialog = screen.getByRole("dialog", { name: "Link excerpt to the journey" });
    expect(within(dialog).getByRole("combobox", { name: "Journey" })).toHaveDisplayValue("Första mötet");
    await user.click(within(dialog).getByRole("checkbox", { name: "Step 2" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Step 1 → Step 2" }));
    await user.click(within(dialog).getByRole("checkbox", { name: /Lång kö/ }));
    await user.click(within(dialog).getByRole("button", { name: "Done" }));
    const excerpt = records()[e] as ExcerptRecord;
    expect(excerpt.stepIds).toEqual([steps[1]!.id]);
    expect(excerpt.edgeIds).toEqual([edges[0]!.id]);
    expect(excerpt.painPointIds).toHaveLength(1);
    const links = screen.getByRole("list", { name: "Linked to" });
    expect(within(links).getByText("Step: Step 2 (Första mötet)")).toBeInTheDocument();
    expect(within(links).getByText("Hand-off: Step 1 → Step 2")).toBeInTheDocument();
    expect(within(links).getByText("Thundercloud: Lång kö")).toBeInTheDocument();
    await user.click(within(links).getByRole("button", { name: "Remove link: Step: Step 2 (Första mötet)" }));
    expect((records()[e] as ExcerptRecord).stepIds).toEqual([]);
  });

  it("marks an excerpt whose passage left the text, and places it on a new selection", async () => {
    const user = userEvent.setup();
    const id = addSource();
    const e = code(id, "Ingen sa", ["code:thundercloud"]);
    act(() => runCommand("source.update", id, { text: TEXT.replace("Ingen sa", "Ingen berättade") }));
    render(<EvidenceView />);
    expect(screen.getByText(/no longer in the text/)).toBeInTheDocument();
    expect(textRegion().querySelector(".coded")).toBeNull();
    const region = textRegion();
    const text = (records()[id] as SourceRecord).text;
    const start = text.indexOf("Ingen berättade");
    act(() => selectCodePoints(region, text, start, start + "Ingen berättade".length));
    await user.click(screen.getByRole("button", { name: "Place on the selection" }));
    expect((records()[e] as ExcerptRecord).quote).toBe("Ingen berättade");
    expect(screen.queryByText(/no longer in the text/)).not.toBeInTheDocument();
    expect(textRegion().querySelector(".coded")).toHaveTextContent("Ingen berättade");
  });

  it("puts the excerpt id on the drag under the map's type", () => {
    const id = addSource();
    const e = code(id, "Ingen sa", ["code:thundercloud"]);
    render(<EvidenceView />);
    const card = screen.getByRole("listitem", { name: "Ingen sa" });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (type: string, value: string) => data.set(type, value),
      effectAllowed: "",
    };
    fireEvent.dragStart(card, { dataTransfer });
    expect(data.get(EXCERPT_DRAG_TYPE)).toBe(e);
    expect(data.get("text/plain")).toBe("Ingen sa");
  });

  it("adds and removes codes of an excerpt", async () => {
    const user = userEvent.setup();
    const id = addSource();
    const e = code(id, "Ingen sa", ["code:thundercloud"]);
    render(<EvidenceView />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Add code" }), "Bright spot");
    expect((records()[e] as ExcerptRecord).codeIds).toEqual(["code:thundercloud", "code:brightspot"]);
    await user.click(screen.getByRole("button", { name: "Remove code Thundercloud" }));
    expect((records()[e] as ExcerptRecord).codeIds).toEqual(["code:brightspot"]);
  });

  it("pseudonymises with a preview, moving excerpts along, undoably", async () => {
    const user = userEvent.setup();
    const id = addSource({ text: `${TEXT} Ring 070-123 45 67.` });
    code(id, "Handläggaren Anna var bra.", ["code:brightspot"]);
    render(<EvidenceView />);
    await user.click(screen.getByRole("button", { name: "Pseudonymise" }));
    const dialog = screen.getByRole("dialog", { name: "Pseudonymise “Intervju P01”" });
    expect(within(dialog).getByLabelText("Replace names with")).toHaveValue("P01");
    expect(within(dialog).getByRole("status")).toHaveTextContent("1 replacement");
    await user.type(within(dialog).getByLabelText("Names to replace"), "anna");
    expect(await within(dialog).findByText("2 replacements")).toBeInTheDocument();
    expect(within(dialog).getByText("070-123 45 67")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Replace 2" }));
    const source = sources()[0]!;
    expect(source.text.endsWith("Handläggaren P01 var bra. Ring [phone].")).toBe(true);
    expect(excerpts()[0]!.quote).toBe("Handläggaren P01 var bra.");
    act(() => runCommand("history.undo"));
    expect(sources()[0]!.text).toBe(`${TEXT} Ring 070-123 45 67.`);
  });
});

describe("codebook", () => {
  it("adds codes and merges one into another, with counts of excerpts and respondents", async () => {
    const user = userEvent.setup();
    runCommand("view.evidence", { tab: "sources" });
    render(<EvidenceView />);
    await user.click(screen.getByRole("button", { name: "Codebook" }));
    expect(useStore.getState().route).toMatchObject({ view: "evidence", tab: "codebook" });
    const form = screen.getByRole("form", { name: "New code" });
    await user.type(within(form).getByLabelText("Name"), "Väntan");
    await user.click(within(form).getByRole("button", { name: "Add code" }));
    await user.type(within(form).getByLabelText("Name"), "Telefonkö");
    await user.click(within(form).getByRole("button", { name: "Add code" }));
    const codes = Object.values(records()).filter((r) => r.typeName === "code");
    const waiting = codes.find((c) => c.typeName === "code" && c.name === "Väntan")!.id as CodeId;
    const phone = codes.find((c) => c.typeName === "code" && c.name === "Telefonkö")!.id as CodeId;

    act(() => {
      const p1 = addSource({ respondent: "P01" });
      const p2 = addSource({ respondent: "P02", title: "Intervju P02" });
      code(p1, "väntade två timmar", [waiting]);
      code(p2, "väntade två timmar", [phone]);
      code(p2, "Ingen sa", [phone, waiting]);
      runCommand("view.evidence", { tab: "codebook" });
    });
    const row = (name: string) =>
      screen.getByText(name, { selector: ".code-name" }).closest(".code-row") as HTMLElement;
    expect(row("Väntan")).toHaveTextContent("2 excerpts · 2 respondents");
    expect(row("Telefonkö")).toHaveTextContent("2 excerpts · 1 respondent");

    await user.click(screen.getByRole("button", { name: "Merge code Telefonkö into another" }));
    const dialog = screen.getByRole("dialog", { name: "Merge “Telefonkö” into another code" });
    await user.selectOptions(within(dialog).getByLabelText("Merge into"), "Väntan");
    await user.click(within(dialog).getByRole("button", { name: "Merge" }));
    expect(records()[phone]).toBeUndefined();
    expect(screen.queryByText("Telefonkö", { selector: ".code-name" })).not.toBeInTheDocument();
    expect(row("Väntan")).toHaveTextContent("3 excerpts · 2 respondents");
    expect(excerpts().every((e) => e.codeIds.filter((c) => c === waiting).length === 1)).toBe(true);
    act(() => runCommand("history.undo"));
    expect(row("Telefonkö")).toHaveTextContent("2 excerpts · 1 respondent");
  });

  it("edits a code's parent, refusing a cycle", async () => {
    const user = userEvent.setup();
    const parent = commands["code.add"].run({ name: "Väntan" })!;
    commands["code.add"].run({ name: "Telefonkö", parentId: parent });
    runCommand("view.evidence", { tab: "codebook" });
    render(<EvidenceView />);
    // The child is nested under its parent.
    const parentItem = screen.getByText("Väntan", { selector: ".code-name" }).closest("li")!;
    expect(within(parentItem).getByText("Telefonkö", { selector: ".code-name" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Edit code Väntan" }));
    const form = screen.getByRole("form", { name: "Edit code Väntan" });
    // Its own sub-code is not offered as a parent.
    const options = within(within(form).getByLabelText("Parent"))
      .getAllByRole("option")
      .map((o) => o.textContent?.trim());
    expect(options).not.toContain("Telefonkö");
    expect(options).toContain("Thundercloud");
    await user.selectOptions(within(form).getByLabelText("Parent"), "Thundercloud");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(records()[parent]).toMatchObject({ parentId: "code:thundercloud" });
    expect(records()["code:thundercloud"]).toMatchObject({ typeName: "code" });
  });
});

describe("search", () => {
  it("finds hits without caring about case or diacritics and marks them, grouped by source", async () => {
    const user = userEvent.setup();
    const id = addSource();
    code(id, "Försäkringskassan och Arbetsförmedlingen", ["code:thundercloud"]);
    addSource({ title: "Ålands AMS", text: "Kunderna på Åland svarade på enkäten." });
    runCommand("view.evidence", { tab: "search" });
    render(<EvidenceView />);
    await user.type(
      screen.getByRole("searchbox", { name: "Search sources and excerpts" }),
      "forsakringskassan",
    );
    expect(await screen.findByText("2 hits in 1 source")).toBeInTheDocument();
    const marks = screen.getAllByText("Försäkringskassan", { selector: "mark" });
    expect(marks).toHaveLength(2);
    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "aland");
    expect(await screen.findByText("1 hit in 1 source")).toBeInTheDocument();
    expect(screen.getByText("Åland", { selector: "mark" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ålands AMS" }));
    expect(useStore.getState().route).toMatchObject({ view: "evidence", tab: "sources" });
  });
});

describe("agreement", () => {
  it("shows per-code percent agreement and kappa for two coders, with the unit", async () => {
    const id = addSource({ text: "0123456789".repeat(5) });
    const range = (start: number, end: number, codeIds: CodeId[], coder: string) =>
      commands["excerpt.add"].run({ sourceId: id, start, end, codeIds, coder });
    range(0, 25, ["code:thundercloud"], "Anna");
    range(5, 35, ["code:thundercloud"], "Bo");
    range(0, 50, ["code:blister"], "Anna");
    range(0, 50, ["code:blister"], "Bo");
    runCommand("view.evidence", { tab: "agreement" });
    render(<EvidenceView />);
    const table = screen.getByRole("table", { name: /Agreement between Anna and Bo, per code/ });
    expect(table).toHaveTextContent("Unit: one character of the source text (50 characters).");
    const cloud = within(table).getByRole("row", { name: /Thundercloud/ });
    expect(
      within(cloud)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["20", "5", "10", "15", "70%", "0.40"]);
    const blister = within(table).getByRole("row", { name: /Blister/ });
    expect(within(blister).getAllByRole("cell").at(-1)).toHaveTextContent(/^n\/a \(no variation/);
  });

  it("explains when no source has two coders", () => {
    runCommand("view.evidence", { tab: "agreement" });
    render(<EvidenceView />);
    expect(screen.getByText(/No source has been coded by two people yet/)).toBeInTheDocument();
  });
});
