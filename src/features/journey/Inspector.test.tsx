import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { JourneyId } from "@/model/ids";
import { getJourney, isStep, stepsOf } from "@/model/records";
import type { StepRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { resetStore, useStore } from "@/store/store";
import { Inspector } from "./Inspector";
import "@/i18n";

let journeyId: JourneyId;
let step: StepRecord;

function current(id: string): StepRecord {
  const record = useStore.getState().records[id];
  if (!isStep(record)) throw new Error("gone");
  return record;
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  runCommand("journey.create");
  const route = useStore.getState().route;
  if (route.view !== "journey") throw new Error("the new journey should be open");
  journeyId = route.journeyId;
  runCommand("step.add");
  step = stepsOf(useStore.getState().records, journeyId)[0]!;
});

describe("Inspector", () => {
  it("edits the selected step's fields", async () => {
    render(<Inspector journeyId={journeyId} />);
    const title = screen.getByLabelText("Title");
    await userEvent.clear(title);
    await userEvent.type(title, "Waits in the queue");
    await userEvent.type(screen.getByLabelText("Description"), "Hours of waiting");
    await userEvent.selectOptions(screen.getByLabelText("Channel"), "Phone");
    await userEvent.type(screen.getByLabelText("Responsible role"), "Job-seeker");
    expect(current(step.id)).toMatchObject({
      title: "Waits in the queue",
      description: "Hours of waiting",
      channel: "phone",
      role: "Job-seeker",
    });
  });

  it("typing a title undoes in one step", async () => {
    render(<Inspector journeyId={journeyId} />);
    await userEvent.type(screen.getByLabelText("Title"), " here");
    expect(current(step.id).title).toBe("New step here");
    runCommand("history.undo");
    expect(current(step.id).title).toBe("New step");
  });

  it("moves the step to the chosen stage and lane", async () => {
    render(<Inspector journeyId={journeyId} />);
    const journey = getJourney(useStore.getState().records, journeyId)!;
    await userEvent.selectOptions(screen.getByLabelText("Stage"), "After");
    await userEvent.selectOptions(screen.getByLabelText("Lane"), "IT systems");
    expect(current(step.id)).toMatchObject({ stageId: journey.stages[2]!.id, laneId: journey.lanes[3]!.id });
  });

  it("connects to another step and lists and removes the connection", async () => {
    runCommand("step.add");
    const other = stepsOf(useStore.getState().records, journeyId).find((s) => s.id !== step.id)!;
    runCommand("step.update", other.id, { title: "Second" });
    useStore.setState({ selection: [step.id] });
    render(<Inspector journeyId={journeyId} />);
    await userEvent.selectOptions(screen.getByLabelText("Connect to"), "Second");
    expect(screen.getByText("No connections yet.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Connect" }));
    expect(screen.getByRole("button", { name: "To Second" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove connection To Second" }));
    expect(screen.getByText("No connections yet.")).toBeInTheDocument();
    expect(useStore.getState().selection).toEqual([step.id]);
  });

  it("shows the journey with its stages and lanes when nothing is selected", async () => {
    useStore.setState({ selection: [] });
    render(<Inspector journeyId={journeyId} />);
    await userEvent.clear(screen.getByLabelText("Customer group or persona"));
    await userEvent.type(screen.getByLabelText("Customer group or persona"), "Young job-seekers");
    await userEvent.click(screen.getByRole("button", { name: "Add stage" }));
    await userEvent.click(screen.getByRole("button", { name: "Move Stage 4 left" }));
    const journey = getJourney(useStore.getState().records, journeyId)!;
    expect(journey.persona).toBe("Young job-seekers");
    expect(journey.stages.map((s) => s.name)).toEqual(["Before", "During", "Stage 4", "After"]);
    await userEvent.click(screen.getByRole("button", { name: "Remove Stage 4" }));
    expect(getJourney(useStore.getState().records, journeyId)!.stages).toHaveLength(3);
  });
});
