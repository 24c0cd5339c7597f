import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import "@/i18n";
import { createExcerpt, createSource } from "@/model/evidence";
import type { ImprovementId, JourneyId, PainPointId } from "@/model/ids";
import { isImprovement, isIndicator, painHistory } from "@/model/improvements";
import { isPain, listJourneys } from "@/model/records";
import type { ImprovementRecord, IndicatorRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { DashboardView } from "./DashboardView";
import { ImprovementsView } from "./ImprovementsView";

const NOW = "2026-11-23T10:00:00.000Z";
const BOOKING = "Digital booking of the first meeting";
const QUEUE = "Hours of waiting in the Direktservice queue";

let journeyId: JourneyId;

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  runCommand("journey.sample");
  journeyId = listJourneys(useStore.getState().records)[0]!.id;
});

function records() {
  return useStore.getState().records;
}
function improvements(): ImprovementRecord[] {
  return Object.values(records()).filter(isImprovement);
}
function indicators(): IndicatorRecord[] {
  return Object.values(records()).filter(isIndicator);
}
function booking(): ImprovementRecord {
  return improvements().find((i) => i.title === BOOKING)!;
}

/** The view as App renders it for the current route. */
function Routed() {
  const route = useStore((s) => s.route);
  if (route.view === "improvements")
    return <ImprovementsView journeyId={route.journeyId} improvementId={route.improvementId} />;
  if (route.view === "dashboard") return <DashboardView journeyId={route.journeyId} />;
  return <p>elsewhere</p>;
}

function openBoard() {
  runCommand("view.improvements", journeyId);
  return render(<Routed />);
}

function openImprovement(id: ImprovementId) {
  runCommand("view.improvements", journeyId, id);
  return render(<Routed />);
}

/** A board column; its name is the status and how many improvements it holds. */
function column(status: string) {
  return screen.getByRole("region", { name: new RegExp(`^${status}, \\d+ improvements?$`) });
}

describe("improvements board", () => {
  it("shows the sample's improvement in the Evaluated column, and links to the dashboard", async () => {
    openBoard();
    expect(
      screen.getByRole("heading", { level: 1, name: /^Improvements: First meeting/ }),
    ).toBeInTheDocument();
    for (const status of ["Idea", "Planned", "In progress", "Done", "Evaluated"])
      expect(column(status)).toBeInTheDocument();
    expect(within(column("Evaluated")).getByRole("button", { name: BOOKING })).toBeInTheDocument();
    expect(within(column("Idea")).getByText("None")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Dashboard" }));
    expect(useStore.getState().route).toEqual({ view: "dashboard", journeyId });
  });

  it("adds an improvement and opens its page with the title ready to type", async () => {
    openBoard();
    await userEvent.click(screen.getByRole("button", { name: "Add improvement" }));
    const added = improvements().find((i) => i.title === "New improvement")!;
    expect(added.status).toBe("idea");
    expect(useStore.getState().route).toEqual({ view: "improvements", journeyId, improvementId: added.id });
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(title).toHaveFocus();
    await userEvent.keyboard("Text message reminders");
    expect(improvements().find((i) => i.id === added.id)!.title).toBe("Text message reminders");
    expect(screen.getByRole("heading", { level: 2, name: "Text message reminders" })).toBeInTheDocument();
    // Back on the board, the new improvement is an idea, and has the focus.
    await userEvent.click(screen.getByRole("button", { name: /All improvements/ }));
    const card = within(column("Idea")).getByRole("button", { name: "Text message reminders" });
    expect(card).toHaveFocus();
  });

  it("moves a card along the flow with the keyboard, the focus following it; undo moves it back", async () => {
    runCommand("improvement.add", journeyId, { title: "Reminders" });
    openBoard();
    const on = screen.getByRole("button", { name: "Move “Reminders” on to Planned" });
    on.focus();
    await userEvent.keyboard("{Enter}");
    expect(within(column("Planned")).getByText("Reminders")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Move “Reminders” on to In progress" })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("“Reminders” is now Planned.");
    await userEvent.keyboard("{Enter}");
    expect(within(column("In progress")).getByText("Reminders")).toBeInTheDocument();
    // The sample's evaluated improvement can only go back to done.
    expect(screen.getByRole("button", { name: `Move “${BOOKING}” back to Done` })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: new RegExp(`Move “${BOOKING}” on`) })).toBeNull();
    act(() => runCommand("history.undo"));
    expect(within(column("Planned")).getByText("Reminders")).toBeInTheDocument();
  });
});

describe("an improvement's page", () => {
  it("lists the pain points it addresses with their description, steps and evidence", () => {
    openImprovement(booking().id);
    const pains = screen.getByRole("region", { name: "Pain points it addresses" });
    const queue = within(pains).getByRole("article", { name: `Thundercloud: ${QUEUE}` });
    expect(within(queue).getByText(/could take several hours/)).toBeInTheDocument();
    expect(within(queue).getByText("On steps: Waits in the Direktservice queue")).toBeInTheDocument();
    expect(within(queue).getByText(/No coded excerpts are linked/)).toBeInTheDocument();
    expect(within(pains).getAllByRole("article")).toHaveLength(3);
  });

  it("quotes the evidence of each pain point with its source, role and date", async () => {
    const queue = Object.values(records()).find((r) => isPain(r) && r.title === QUEUE)!;
    const text =
      "I queued for three hours. Nobody told me why. I left. The next day I came back. Same again.";
    const source = {
      ...createSource({ title: "Interview P07", respondent: "P07", respondentRole: "job-seeker" }, NOW),
      date: "2013-05-14",
      text,
    };
    const sentences = ["I queued for three hours.", "Nobody told me why.", "I left.", "Same again."];
    const excerpts = sentences.map((sentence) => {
      const start = text.indexOf(sentence);
      const excerpt = createExcerpt(
        source,
        { start, end: start + sentence.length, codeIds: [], coder: "" },
        NOW,
      )!;
      return { ...excerpt, painPointIds: [queue.id as PainPointId] };
    });
    commit({ put: [source, ...excerpts] });
    openImprovement(booking().id);
    const article = screen.getByRole("article", { name: `Thundercloud: ${QUEUE}` });
    const evidence = within(article).getByRole("region", { name: "Evidence" });
    expect(within(evidence).getByText("4 coded excerpts are linked to this pain point.")).toBeInTheDocument();
    const quote = within(evidence).getByText("I queued for three hours.");
    expect(quote.tagName).toBe("BLOCKQUOTE");
    expect(quote.nextElementSibling).toHaveTextContent("Interview P07 · Job-seeker · 14 May 2013");
    expect(within(evidence).queryByText("Same again.")).not.toBeVisible();
    await userEvent.click(within(evidence).getByText("Show 1 more quote"));
    expect(within(evidence).getByText("Same again.")).toBeVisible();
    await userEvent.click(within(evidence).getAllByRole("button", { name: "Open the source" })[0]!);
    expect(useStore.getState().route).toEqual({ view: "evidence", tab: "sources", sourceId: source.id });
  });

  it("links and unlinks a pain point of the journey", async () => {
    openImprovement(booking().id);
    const pains = screen.getByRole("region", { name: "Pain points it addresses" });
    await userEvent.selectOptions(
      within(pains).getByRole("combobox", { name: "Link a pain point" }),
      within(pains).getByRole("option", { name: /The first meeting feels rushed/ }),
    );
    await userEvent.click(within(pains).getByRole("button", { name: "Link" }));
    expect(within(pains).getAllByRole("article")).toHaveLength(4);
    await userEvent.click(
      within(pains).getByRole("button", { name: "Remove the link to “The first meeting feels rushed”" }),
    );
    expect(within(pains).getAllByRole("article")).toHaveLength(3);
    expect(booking().painPointIds).toHaveLength(3);
  });

  it("resolves a pain point through the improvement, keeping who, when and which improvement", async () => {
    openImprovement(booking().id);
    const queue = screen.getByRole("article", { name: `Thundercloud: ${QUEUE}` });
    await userEvent.click(within(queue).getByRole("button", { name: "Resolve pain point" }));
    const dialog = screen.getByRole("dialog", { name: `Resolve “${QUEUE}”?` });
    const by = within(dialog).getByRole("textbox", { name: "Resolved by" });
    expect(by).toHaveValue("Office manager");
    await userEvent.clear(by);
    await userEvent.click(within(dialog).getByRole("button", { name: "Resolve" }));
    expect(within(dialog).getByText(/Say who resolves it/)).toBeInTheDocument();
    await userEvent.type(by, "Anna Berg");
    await userEvent.click(within(dialog).getByRole("button", { name: "Resolve" }));
    const pain = Object.values(records()).find((r) => isPain(r) && r.title === QUEUE)!;
    expect(isPain(pain) && pain.status).toBe("resolved");
    expect(isPain(pain) && painHistory(pain)).toEqual([
      expect.objectContaining({ by: "Anna Berg", status: "resolved", improvementId: booking().id }),
    ]);
    const after = screen.getByRole("article", { name: `Thundercloud: ${QUEUE}` });
    expect(
      within(after).getByText(/Resolved by Anna Berg, through “Digital booking of the first meeting”/),
    ).toBeInTheDocument();
    expect(within(after).queryByRole("button", { name: "Resolve pain point" })).toBeNull();
  });

  it("refuses an end date before the start date at the field", async () => {
    openImprovement(booking().id);
    const end = screen.getByLabelText("End date");
    fireEvent.change(end, { target: { value: "2012-01-01" } });
    expect(end).toHaveAttribute("aria-invalid", "true");
    expect(end).toHaveAccessibleDescription(/cannot be before the start date/);
    expect(booking().endDate).toBe("2014-06-30");
  });

  it("offers only the statuses the flow allows", () => {
    openImprovement(booking().id);
    const status = screen.getByRole("combobox", { name: "Status" });
    expect(
      within(status)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Done", "Evaluated"]);
  });
});

describe("indicators and measurements", () => {
  async function newImprovementPage() {
    runCommand("improvement.add", journeyId, { title: "Callback service" });
    const id = improvements().find((i) => i.title === "Callback service")!.id;
    openImprovement(id);
    return id;
  }

  async function addIndicator() {
    await userEvent.click(screen.getByRole("button", { name: "Add indicator" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Name" }), "Waiting time (minutes)");
    await userEvent.type(screen.getByRole("textbox", { name: "Unit" }), "minutes");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Better when it is" }), "Lower");
    await userEvent.type(screen.getByRole("textbox", { name: /^Target/ }), "30");
    await userEvent.click(screen.getByRole("button", { name: "Add indicator" }));
    return screen.getByRole("article", { name: "Waiting time (minutes)" });
  }

  async function measure(card: HTMLElement, date: string, value: string) {
    const form = within(card).getByRole("form", { name: "New measurement" });
    const dateField = within(form).getByLabelText("Date");
    await userEvent.clear(dateField);
    if (date) await userEvent.type(dateField, date);
    const valueField = within(form).getByRole("textbox", { name: /^Value/ });
    await userEvent.clear(valueField);
    if (value) await userEvent.type(valueField, value);
    await userEvent.click(within(form).getByRole("button", { name: "Add measurement" }));
  }

  it("adds an indicator and two measurements through the form, and says how it changed", async () => {
    const id = await newImprovementPage();
    const card = await addIndicator();
    expect(within(card).getByRole("heading", { name: "Waiting time (minutes)" })).toHaveFocus();
    expect(indicators().find((i) => i.name === "Waiting time (minutes)")).toMatchObject({
      unit: "minutes",
      better: "lower",
      target: 30,
      attachedTo: id,
    });
    expect(
      within(card).getByText("Lower is better · target 30 minutes · measures Improvement: Callback service"),
    ).toBeInTheDocument();
    await measure(card, "2013-03-15", "180");
    expect(
      within(card).getByText(/baseline 180 minutes on 15 Mar 2013; no follow-up yet/),
    ).toBeInTheDocument();
    await measure(card, "2015-09-15", "25");
    const sentence = within(card).getByText("Waiting time fell from 180 to 25 minutes (−86 %): better");
    expect(sentence.closest(".change")).toHaveClass("change-better");
    expect(within(card).getByText("Target 30 minutes: met.")).toBeInTheDocument();
    const indicator = indicators().find((i) => i.name === "Waiting time (minutes)")!;
    expect(indicator.measurements.map((m) => [m.date, m.value])).toEqual([
      ["2013-03-15", 180],
      ["2015-09-15", 25],
    ]);
  });

  it("says so in words and colour when an indicator moves the wrong way", async () => {
    await newImprovementPage();
    const card = await addIndicator();
    await measure(card, "2013-03-15", "25");
    await measure(card, "2014-03-15", "60,5");
    const sentence = within(card).getByText("Waiting time rose from 25 to 60.5 minutes (+142 %): worse");
    expect(sentence.closest(".change")).toHaveClass("change-worse");
    expect(within(card).getByText("Target 30 minutes: not met yet.")).toBeInTheDocument();
  });

  it("refuses a measurement without a date or a number, at the field", async () => {
    await newImprovementPage();
    const card = await addIndicator();
    const before = records();
    await measure(card, "", "");
    const date = within(card).getByLabelText("Date");
    const value = within(card).getByRole("textbox", { name: /^Value/ });
    expect(date).toHaveAttribute("aria-invalid", "true");
    expect(date).toHaveAccessibleDescription(/Enter the date of the measurement/);
    expect(value).toHaveAttribute("aria-invalid", "true");
    expect(value).toHaveAccessibleDescription(/Enter the measured value as a number/);
    expect(date).toHaveFocus();
    expect(records()).toBe(before);

    await measure(card, "2013-03-15", "");
    expect(date).not.toHaveAttribute("aria-invalid");
    expect(value).toHaveFocus();
    expect(records()).toBe(before);

    await measure(card, "2013-03-15", "many");
    expect(value).toHaveAccessibleDescription(/Enter a number, such as 25 or 12.5/);
    expect(records()).toBe(before);

    await measure(card, "2013-03-15", "180");
    expect(value).not.toHaveAttribute("aria-invalid");
    expect(records()).not.toBe(before);
  });

  it("asks before adding a second measurement on a date: replace it or keep both, by keyboard, undoably", async () => {
    await newImprovementPage();
    const card = await addIndicator();
    const values = () => indicators().find((i) => i.name === "Waiting time (minutes)")!.measurements;
    await measure(card, "2013-03-15", "180");

    await measure(card, "2013-03-15", "150");
    const question = within(card).getByRole("group", {
      name: "15 Mar 2013 already has a measurement: 180 minutes. Replace it with the new one, or keep both?",
    });
    // Nothing is saved until the user answers; the answer has the focus.
    expect(values().map((m) => m.value)).toEqual([180]);
    expect(within(question).getByRole("button", { name: "Replace it" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(values().map((m) => [m.date, m.value])).toEqual([["2013-03-15", 150]]);
    expect(within(card).getByRole("status")).toHaveTextContent(
      "Replaced the measurement of 15 Mar 2013 with 150 minutes",
    );
    expect(within(card).queryByRole("group", { name: /already has/ })).toBeNull();
    act(() => runCommand("history.undo"));
    expect(values().map((m) => m.value)).toEqual([180]);

    await measure(card, "2013-03-15", "170");
    await userEvent.tab();
    expect(within(card).getByRole("button", { name: "Keep both" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(values().map((m) => m.value)).toEqual([180, 170]);

    // With two there, the question says so; changing the input withdraws it.
    await measure(card, "2013-03-15", "160");
    expect(
      within(card).getByRole("group", {
        name: "15 Mar 2013 already has 2 measurements: 180 minutes, 170 minutes. Replace them with the new one, or keep them all?",
      }),
    ).toBeInTheDocument();
    await userEvent.type(within(card).getByRole("textbox", { name: /^Value/ }), "5");
    expect(within(card).queryByRole("group", { name: /already has/ })).toBeNull();
    expect(values()).toHaveLength(2);
  });

  /** Opens the 15 Mar 2014 waiting-time measurement for editing and moves it to 15 Mar 2013, which has one. */
  async function editMeasurementOntoTakenDate() {
    openImprovement(booking().id);
    const card = screen.getByRole("article", { name: "Waiting time for the first meeting (minutes)" });
    await userEvent.click(within(card).getByRole("button", { name: "Edit the measurement of 15 Mar 2014" }));
    const form = within(card).getByRole("form", { name: "Edit the measurement of 15 Mar 2014" });
    const date = within(form).getByLabelText("Date");
    await userEvent.clear(date);
    await userEvent.type(date, "2013-03-15");
    return form;
  }

  it("asks too when an edit moves a measurement onto a date that has one", async () => {
    const form = await editMeasurementOntoTakenDate();
    await userEvent.click(within(form).getByRole("button", { name: "Save measurement" }));
    await userEvent.click(within(form).getByRole("button", { name: "Replace it" }));
    const wait = indicators().find((i) => i.name.startsWith("Waiting"))!;
    expect(wait.measurements.map((m) => [m.date, m.value])).toEqual([
      ["2013-03-15", 60],
      ["2015-03-15", 25],
    ]);
  });

  it("Escape withdraws the question unanswered and returns to the Save button, changing nothing", async () => {
    const form = await editMeasurementOntoTakenDate();
    const save = within(form).getByRole("button", { name: "Save measurement" });
    await userEvent.click(save);
    const before = records();
    expect(within(form).getByRole("button", { name: "Replace it" })).toHaveFocus();

    await userEvent.keyboard("{Escape}");
    expect(within(form).queryByRole("group", { name: /already has/ })).toBeNull();
    expect(save).toHaveFocus();
    expect(records()).toBe(before);
    // Still editing, with the input as typed, so the date can be corrected or the question asked again.
    expect(within(form).getByLabelText("Date")).toHaveValue("2013-03-15");
    await userEvent.keyboard("{Enter}");
    expect(within(form).getByRole("button", { name: "Keep both" })).toBeInTheDocument();
    expect(records()).toBe(before);
  });

  it("edits and removes a measurement from the chart's table", async () => {
    openImprovement(booking().id);
    const card = screen.getByRole("article", { name: "Waiting time for the first meeting (minutes)" });
    await userEvent.click(within(card).getByRole("button", { name: "Edit the measurement of 15 Mar 2014" }));
    const form = within(card).getByRole("form", { name: "Edit the measurement of 15 Mar 2014" });
    const value = within(form).getByRole("textbox", { name: /^Value/ });
    expect(value).toHaveValue("60");
    await userEvent.clear(value);
    await userEvent.type(value, "55");
    await userEvent.click(within(form).getByRole("button", { name: "Save measurement" }));
    const wait = () => indicators().find((i) => i.name.startsWith("Waiting"))!;
    expect(wait().measurements.map((m) => m.value)).toEqual([180, 55, 25]);
    await userEvent.click(
      within(card).getByRole("button", { name: "Remove the measurement of 15 Mar 2014" }),
    );
    expect(wait().measurements.map((m) => m.value)).toEqual([180, 25]);
    act(() => runCommand("history.undo"));
    expect(wait().measurements.map((m) => m.value)).toEqual([180, 55, 25]);
  });
});

describe("charts", () => {
  it("have a one-sentence summary as their name and a table of the same numbers", () => {
    openImprovement(booking().id);
    const figure = screen.getByRole("figure", {
      name: /^Waiting time for the first meeting \(minutes\): 3 measurements from 15 Mar 2013 to 15 Mar 2015\. Waiting time for the first meeting fell from 180 to 25 minutes \(−86 %\): better\. Target 30 minutes: met\.$/,
    });
    const table = within(figure).getByRole("table", {
      name: "Waiting time for the first meeting (minutes): measurements",
    });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.querySelectorAll("th, td")].slice(0, 3).map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ["15 Mar 2013 baseline", "180 minutes", "—"],
      ["15 Mar 2014", "60 minutes", "−120 minutes (−67 %)"],
      ["15 Mar 2015 latest", "25 minutes", "−155 minutes (−86 %)"],
    ]);
    // The improvement's dates are marked, in words too.
    expect(within(figure).getByText(`1: “${BOOKING}” starts 1 Sept 2013`)).toBeInTheDocument();
    expect(within(figure).getByText(`2: “${BOOKING}” ends 30 Jun 2014`)).toBeInTheDocument();
    // A change of a percentage is in percentage points.
    const trust = screen.getByRole("table", { name: "Trust in the agency (%): measurements" });
    expect(within(trust).getByText("+8 percentage points (+29 %)")).toBeInTheDocument();
    // jsdom cannot draw: no canvas is attempted, the table stands alone.
    expect(figure.querySelector("canvas")).toBeNull();
    expect(figure.querySelector(".chart-area")).toBeNull();
  });

  it("adds no <style> element to the page", () => {
    const before = document.querySelectorAll("style").length;
    openImprovement(booking().id);
    expect(document.querySelectorAll("style").length).toBe(before);
  });
});

describe("dashboard", () => {
  function openDashboard() {
    runCommand("view.dashboard", journeyId);
    return render(<Routed />);
  }

  it("counts pain points by kind and status in a table", () => {
    openDashboard();
    expect(screen.getByRole("heading", { level: 1, name: /^Dashboard: First meeting/ })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Pain points by kind (rows) and status (columns)" });
    const blister = within(table).getByRole("row", { name: /Blister/ });
    const cells = within(blister)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    // new, confirmed, prioritised, in progress, resolved, won't fix, total
    expect(cells).toEqual(["1", "1", "1", "0", "0", "0", "3"]);
  });

  it("shows the share of steps with evidence, none before excerpts are coded", () => {
    openDashboard();
    expect(screen.getByText("0 of 15 steps (0 %) have coded evidence linked to them.")).toBeInTheDocument();
  });

  it("lists the top pain points by score, with kind, score and status", () => {
    openDashboard();
    const table = screen.getByRole("table", { name: /highest priority score/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(6);
    expect(within(rows[0]!).getByRole("rowheader")).toHaveTextContent(
      "Action plan and job offer demanded at the first meeting",
    );
    expect(rows[0]).toHaveTextContent(/Blister.*16.*Prioritised/);
    expect(rows[1]).toHaveTextContent(QUEUE);
  });

  it("lists improvements in progress and indicators by the way they move", async () => {
    runCommand("improvement.add", journeyId, { title: "Callback service", status: "in-progress" });
    openDashboard();
    const section = screen.getByRole("region", { name: "Improvements" });
    expect(within(section).getByRole("button", { name: "Callback service" })).toBeInTheDocument();
    const indicatorsSection = screen.getByRole("region", { name: "Indicators" });
    expect(
      within(indicatorsSection).getByRole("heading", { name: "Moving the right way (3)" }),
    ).toBeInTheDocument();
    expect(within(indicatorsSection).queryByRole("heading", { name: /Moving the wrong way/ })).toBeNull();
    expect(
      within(indicatorsSection).getByText("Trust in the agency rose from 28 to 36 % (+29 %): better"),
    ).toBeInTheDocument();
    await userEvent.click(
      within(indicatorsSection).getByRole("button", { name: "Waiting time for the first meeting (minutes)" }),
    );
    expect(useStore.getState().route).toEqual({
      view: "improvements",
      journeyId,
      improvementId: booking().id,
    });
  });
});
