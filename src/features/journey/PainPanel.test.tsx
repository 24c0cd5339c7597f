import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { JourneyId } from "@/model/ids";
import { isPain, stepsOf } from "@/model/records";
import type { PainPointRecord, StepRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { resetStore, useStore } from "@/store/store";
import { Inspector } from "./Inspector";
import "@/i18n";

let journeyId: JourneyId;
let step: StepRecord;

function pains(): PainPointRecord[] {
  return Object.values(useStore.getState().records).filter(isPain);
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
  useStore.setState({ selection: [step.id] });
});

describe("pain-point form", () => {
  it("refuses an empty title and a severity outside 1–5 with a message at the field", async () => {
    render(<Inspector journeyId={journeyId} />);
    await userEvent.click(screen.getByRole("button", { name: "Add pain point" }));
    const severity = screen.getByLabelText("Severity");
    await userEvent.clear(severity);
    await userEvent.type(severity, "7");
    expect(screen.getByText("Severity is a whole number from 1 to 5.")).toBeInTheDocument();
    expect(severity).toHaveAttribute("aria-invalid", "true");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(screen.getByText("Give the pain point a title.")).toBeInTheDocument();
    expect(screen.getByLabelText("Title")).toHaveFocus();
    expect(pains()).toHaveLength(0);
  });

  it("adds a thundercloud with its fields to the step, undoably", async () => {
    render(<Inspector journeyId={journeyId} />);
    await userEvent.click(screen.getByRole("button", { name: "Add pain point" }));
    await userEvent.selectOptions(screen.getByLabelText("Kind"), "Thundercloud");
    await userEvent.type(screen.getByLabelText("Title"), "Hours in the queue");
    await userEvent.clear(screen.getByLabelText("Severity"));
    await userEvent.type(screen.getByLabelText("Severity"), "5");
    await userEvent.selectOptions(screen.getByLabelText("Frequency"), "Often");
    await userEvent.selectOptions(screen.getByLabelText("Status"), "Confirmed");
    await userEvent.type(screen.getByLabelText("Owner"), "Office manager");
    await userEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(pains()).toEqual([
      expect.objectContaining({
        kind: "thundercloud",
        title: "Hours in the queue",
        severity: 5,
        frequency: "often",
        status: "confirmed",
        owner: "Office manager",
        stepIds: [step.id],
      }),
    ]);
    runCommand("history.undo");
    expect(pains()).toHaveLength(0);
  });

  it("edits an existing pain point in place and keeps an invalid edit out of the record", async () => {
    runCommand("pain.add", step.id, { kind: "blister", title: "Targets", severity: 4 });
    const id = pains()[0]!.id;
    render(<Inspector journeyId={journeyId} />);
    const title = screen.getByLabelText("Title");
    await userEvent.clear(title);
    expect(screen.getByText("Give the pain point a title.")).toBeInTheDocument();
    expect(pains()[0]!.title).toBe("Targets");
    await userEvent.type(title, "Box-ticking targets");
    expect(pains()[0]!.title).toBe("Box-ticking targets");
    expect(useStore.getState().editingPain).toBe(id);
  });

  it("links a blister to the thundercloud it causes", async () => {
    runCommand("pain.add", step.id, { kind: "thundercloud", title: "Rushed meeting" });
    runCommand("pain.add", step.id, { kind: "blister", title: "Targets" });
    const [cloud, blister] = pains() as [PainPointRecord, PainPointRecord];
    render(<Inspector journeyId={journeyId} />);
    await userEvent.selectOptions(screen.getByLabelText("Add a thundercloud it causes"), "Rushed meeting");
    expect((useStore.getState().records[blister.id] as PainPointRecord).causes).toEqual([cloud.id]);
    await userEvent.click(screen.getByRole("button", { name: "Rushed meeting" }));
    expect(screen.getByRole("group", { name: "Caused by" })).toHaveTextContent("Targets");
  });
});
