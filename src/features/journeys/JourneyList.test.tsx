import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { en } from "@/i18n/en";
import { listJourneys } from "@/model/records";
import { TEMPLATE_IDS } from "@/model/templates";
import { runCommand } from "@/store/commands";
import { resetStore, useStore } from "@/store/store";
import { JourneyList } from "./JourneyList";
import "@/i18n";

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});

function names() {
  return listJourneys(useStore.getState().records)
    .map((j) => j.name)
    .sort();
}

describe("JourneyList", () => {
  it("offers a new journey and the sample when the workspace is empty", async () => {
    render(<JourneyList />);
    expect(screen.getByText(/No journeys yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Open sample journey" }));
    expect(names()).toEqual(["First meeting with the employment service"]);
    expect(useStore.getState().route.view).toBe("journey");
  });

  it("offers every template under its own name", () => {
    render(<JourneyList />);
    const picker = screen.getByRole("region", { name: "Start from a template" });
    const offered = within(picker)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(offered).toEqual(TEMPLATE_IDS.map((id) => en.workshop.templates[id].name));
  });

  it("starts a journey from each template and opens it", async () => {
    const user = userEvent.setup();
    render(<JourneyList />);
    const picker = screen.getByRole("region", { name: "Start from a template" });
    await user.click(within(picker).getByRole("button", { name: "Employer recruiting through the service" }));
    expect(names()).toEqual(["An employer recruits through the employment service"]);
    expect(useStore.getState().route.view).toBe("journey");
    await user.click(within(picker).getByRole("button", { name: "Empty service blueprint" }));
    const blueprint = listJourneys(useStore.getState().records).find((j) => j.name === "Service blueprint")!;
    expect(blueprint.lanes.map((l) => l.name)).toContain("Front stage");
    expect(
      within(picker).getByRole("button", { name: "Customer whose responsible worker changes" }),
    ).toHaveAccessibleDescription(/change of worker/);
  });

  it("lists journeys with their step counts and opens one", async () => {
    runCommand("journey.sample");
    runCommand("journey.close");
    render(<JourneyList />);
    const card = within(screen.getByRole("list", { name: "Journeys" })).getByRole("listitem");
    expect(within(card).getByText(/15 steps/)).toBeInTheDocument();
    await userEvent.click(
      within(card).getByRole("button", { name: "First meeting with the employment service" }),
    );
    expect(useStore.getState().route.view).toBe("journey");
  });

  it("renames a journey, and Escape cancels a rename", async () => {
    runCommand("journey.create", { name: "Draft" });
    runCommand("journey.close");
    render(<JourneyList />);
    await userEvent.click(screen.getByRole("button", { name: "Rename Draft" }));
    const field = screen.getByRole("textbox", { name: "Name of Draft" });
    await userEvent.clear(field);
    await userEvent.type(field, "Employer recruiting{Enter}");
    expect(names()).toEqual(["Employer recruiting"]);
    await userEvent.click(screen.getByRole("button", { name: "Rename Employer recruiting" }));
    await userEvent.type(screen.getByRole("textbox"), " changed{Escape}");
    expect(names()).toEqual(["Employer recruiting"]);
  });

  it("duplicates a journey", async () => {
    runCommand("journey.create", { name: "Draft" });
    runCommand("journey.close");
    render(<JourneyList />);
    await userEvent.click(screen.getByRole("button", { name: "Duplicate Draft" }));
    expect(names()).toEqual(["Draft", "Draft (copy)"]);
  });

  it("asks before deleting, and Cancel keeps the journey", async () => {
    runCommand("journey.create", { name: "Draft" });
    runCommand("journey.close");
    render(<JourneyList />);
    await userEvent.click(screen.getByRole("button", { name: "Delete Draft" }));
    const dialog = screen.getByRole("dialog", { name: "Delete “Draft”?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(names()).toEqual(["Draft"]);
    await userEvent.click(screen.getByRole("button", { name: "Delete Draft" }));
    await userEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete" }));
    expect(names()).toEqual([]);
    expect(useStore.getState().notice?.undoDepth).toBe(useStore.getState().history.undo.length);
  });

  it("reports stored data that needed repair, by journey name", () => {
    useStore.setState({
      loadProblems: [
        { journeyName: "Broken map", action: "dropped", message: "connection to a missing step" },
      ],
    });
    render(<JourneyList />);
    expect(screen.getByRole("alert")).toHaveTextContent("Broken map: could not be read and was left out");
  });
});
