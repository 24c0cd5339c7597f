import { journeyWith, NOW } from "@test/factories";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "@/i18n";
import { exchange } from "@/i18n/en-exchange";
import { parseWorkspaceFile, serializeWorkspace } from "@/io/workspace-file";
import { createExcerpt, createSource } from "@/model/evidence";
import { createPain } from "@/model/painpoints";
import { listJourneys } from "@/model/records";
import type { Records } from "@/model/types";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { CSV_DELIMITER_STORAGE_KEY } from "./csv-delimiter";
import { DropZone } from "./DropZone";
import { ExportMenu } from "./ExportMenu";
import { ImportButton } from "./ImportButton";
import { ImportDialog } from "./ImportDialog";
import { flowFrom, type ImportFlow } from "./read-file";

// Until en.ts carries the exchange strings, register them for these tests.
i18n.addResourceBundle("en", "translation", { exchange }, true, true);

function records(): Records {
  return useStore.getState().records;
}

function workspaceText(list: Records) {
  return serializeWorkspace(list, { appVersion: "0.1.0", now: NOW });
}

function readyFlow(text: string, fileName = "team.journeymap.json"): ImportFlow {
  return flowFrom(fileName, parseWorkspaceFile(new TextEncoder().encode(text), records(), { now: NOW }));
}

function jsonFile(text: string, name = "team.journeymap.json") {
  return new File([text], name, { type: "application/json" });
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});
afterEach(() => vi.restoreAllMocks());

describe("ImportDialog", () => {
  it("shows what the file holds and what importing will do; Import adds it in one undoable step", async () => {
    const source = journeyWith(3, "From the other laptop");
    const onClose = vi.fn();
    render(<ImportDialog flow={readyFlow(workspaceText(source.records))} onClose={onClose} />);
    const dialog = screen.getByRole("dialog", { name: "Import “team.journeymap.json”" });
    expect(within(dialog).getByText("The file holds 1 journey, 3 steps, 2 connections.")).toBeInTheDocument();
    expect(within(dialog).getByText("From the other laptop")).toBeInTheDocument();
    expect(within(dialog).getByText("Will add 1 journey, 3 steps, 2 connections.")).toBeInTheDocument();
    expect(within(dialog).getByRole("radio", { name: "Merge into this workspace" })).toBeChecked();
    expect(records()).toEqual({});
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    expect(records()).toEqual(source.records);
    expect(onClose).toHaveBeenCalled();
    expect(useStore.getState().history.undo).toHaveLength(1);
  });

  it("Cancel changes nothing", async () => {
    const source = journeyWith(2);
    const onClose = vi.fn();
    render(<ImportDialog flow={readyFlow(workspaceText(source.records))} onClose={onClose} />);
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onClose).toHaveBeenCalled();
    expect(records()).toEqual({});
    expect(useStore.getState().history.undo).toHaveLength(0);
  });

  it("lets the user choose: merge adds nothing already here; import as new adds a renamed copy", async () => {
    const mine = journeyWith(2, "Mine");
    commit({ put: Object.values(mine.records) });
    const before = records();
    const onClose = vi.fn();
    render(<ImportDialog flow={readyFlow(workspaceText(mine.records))} onClose={onClose} />);
    expect(screen.getByText("4 records are already here, unchanged.")).toBeInTheDocument();
    expect(
      screen.getByText("Nothing will be added: this workspace already has everything in the file."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
    await userEvent.click(screen.getByRole("radio", { name: "Import as new" }));
    expect(screen.getByText("Will add 1 journey, 2 steps, 1 connection.")).toBeInTheDocument();
    expect(screen.getByText("“Mine” will be named “Mine (imported)”.")).toBeInTheDocument();
    expect(
      screen.getByRole("checkbox", { name: "Replace existing records with the file's version" }),
    ).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(
      listJourneys(records())
        .map((j) => j.name)
        .sort(),
    ).toEqual(["Mine", "Mine (imported)"]);
    for (const [id, record] of Object.entries(before)) expect(records()[id]).toBe(record);
  });

  it("merge keeps differing records as copies unless “Replace” is ticked", async () => {
    const mine = journeyWith(1, "Mine");
    commit({ put: Object.values(mine.records) });
    const theirs = { ...mine.records, [mine.steps[0]!.id]: { ...mine.steps[0]!, title: "Theirs" } };
    render(<ImportDialog flow={readyFlow(workspaceText(theirs))} onClose={() => {}} />);
    expect(
      screen.getByText("1 record in the file is already in this workspace with different content."),
    ).toBeInTheDocument();
    expect(
      screen.getByText("1 record that differs from the one here comes in as a copy."),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Replace existing records with the file's version" }),
    );
    expect(screen.getByText("1 record here will be replaced with the file's version.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(records()[mine.steps[0]!.id]).toMatchObject({ title: "Theirs" });
    expect(Object.keys(records())).toHaveLength(Object.keys(mine.records).length);
  });

  it("says why a file cannot be imported, and where", async () => {
    const onClose = vi.fn();
    const flow = readyFlow('{\n  "type": "journey-mapper/workspace",\n  "records": [1,,2]\n}', "broken.json");
    render(<ImportDialog flow={flow} onClose={onClose} />);
    const dialog = screen.getByRole("dialog", { name: "“broken.json” cannot be imported" });
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "The file is damaged or not complete: it is not valid JSON at line 3, column 17. Expected a value, found “,”.",
    );
    expect(within(dialog).getByText("Line 3, column 17")).toBeInTheDocument();
    expect(within(dialog).getByText("Nothing in your workspace was changed.")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the repairs restore made", () => {
    const { journey, steps } = journeyWith(1, "Broken");
    const text = JSON.stringify({
      type: "journey-mapper/workspace",
      formatVersion: 1,
      records: [journey, { ...steps[0]!, x: "left" }],
    });
    render(<ImportDialog flow={readyFlow(text)} onClose={() => {}} />);
    expect(screen.getByText("Some records in the file needed repair")).toBeInTheDocument();
    expect(screen.getByText("Broken: repaired (step: x reset)")).toBeInTheDocument();
  });
});

describe("ImportButton", () => {
  it("opens the picker from a real button and imports the chosen file", async () => {
    const source = journeyWith(2, "Picked");
    render(<ImportButton />);
    const input = screen.getByTestId("import-file-input") as HTMLInputElement;
    expect(input.accept).toBe(
      ".json,.journeymap.json,application/json,.qdc,.qdpx,.qde,.svg,image/svg+xml,.png,image/png",
    );
    const click = vi.spyOn(input, "click");
    await userEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(click).toHaveBeenCalled();
    await userEvent.upload(input, jsonFile(workspaceText(source.records)));
    const dialog = await screen.findByRole("dialog", { name: "Import “team.journeymap.json”" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    expect(records()).toEqual(source.records);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("refuses a PNG renamed .json that carries no journey, changing nothing", async () => {
    render(<ImportButton />);
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], "map.json");
    await userEvent.upload(screen.getByTestId("import-file-input"), png, { applyAccept: false });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This PNG picture holds no Journey Mapper journey.",
    );
    expect(records()).toEqual({});
  });

  it("refuses a file of 50 MB or more by its size, without reading it", async () => {
    render(<ImportButton />);
    const big = jsonFile("{}", "huge.journeymap.json");
    Object.defineProperty(big, "size", { value: 63_200_000 });
    const read = vi.spyOn(big, "arrayBuffer");
    await userEvent.upload(screen.getByTestId("import-file-input"), big);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This file is 63 MB. Journey Mapper opens workspace files smaller than 50 MB.",
    );
    expect(read).not.toHaveBeenCalled();
  });

  it("shows that it is reading, and Cancel discards the result", async () => {
    const source = journeyWith(1);
    const file = jsonFile(workspaceText(source.records));
    let finish: (buffer: ArrayBuffer) => void = () => {};
    vi.spyOn(file, "arrayBuffer").mockReturnValue(
      new Promise((resolve) => {
        finish = resolve;
      }),
    );
    render(<ImportButton />);
    await userEvent.upload(screen.getByTestId("import-file-input"), file);
    const dialog = screen.getByRole("dialog", { name: "Reading “team.journeymap.json”" });
    expect(within(dialog).getByRole("progressbar")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await act(async () => {
      finish(new TextEncoder().encode(workspaceText(source.records)).buffer as ArrayBuffer);
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(records()).toEqual({});
  });
});

describe("DropZone", () => {
  const drag = (type: "dragEnter" | "dragOver" | "dragLeave" | "drop", files: File[], types = ["Files"]) =>
    fireEvent[type](window, { dataTransfer: { types, files, dropEffect: "none" } });

  it("shows “Drop to import” while a file is dragged over the window, and opens the dialog on drop", async () => {
    const source = journeyWith(2, "Dropped");
    render(
      <DropZone>
        <p>The app</p>
      </DropZone>,
    );
    expect(screen.getByText("The app")).toBeInTheDocument();
    drag("dragEnter", []);
    expect(screen.getByText("Drop to import")).toBeInTheDocument();
    drag("dragLeave", []);
    expect(screen.queryByText("Drop to import")).not.toBeInTheDocument();
    drag("dragEnter", []);
    drag("dragOver", []);
    drag("drop", [jsonFile(workspaceText(source.records), "dropped.journeymap.json")]);
    expect(screen.queryByText("Drop to import")).not.toBeInTheDocument();
    const dialog = await screen.findByRole("dialog", { name: "Import “dropped.journeymap.json”" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    expect(records()).toEqual(source.records);
  });

  it("shows an error for a bad file and changes nothing", async () => {
    render(<DropZone />);
    drag("drop", [jsonFile("", "empty.json")]);
    const dialog = await screen.findByRole("dialog", { name: "“empty.json” cannot be imported" });
    expect(within(dialog).getByRole("alert")).toHaveTextContent("The file is empty.");
    expect(records()).toEqual({});
  });

  it("ignores drags that carry no files", () => {
    render(<DropZone />);
    drag("dragEnter", [], ["text/plain"]);
    expect(screen.queryByText("Drop to import")).not.toBeInTheDocument();
  });
});

describe("ExportMenu", () => {
  it("opens a menu on “Workspace file”, moves with arrows and closes with Escape", async () => {
    commit({ put: Object.values(journeyWith(1).records) });
    const other = vi.fn();
    render(<ExportMenu items={[{ id: "svg", label: "SVG image", onSelect: other }]} />);
    const button = screen.getByRole("button", { name: "Export" });
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    await userEvent.click(button);
    const menu = screen.getByRole("menu", { name: "Export" });
    const items = within(menu).getAllByRole("menuitem");
    expect(items.map((i) => i.textContent)).toEqual([
      "Workspace file",
      "SVG image",
      "Codebook (REFI-QDA)",
      "Project (REFI-QDA)",
      "Pain points (CSV)",
      "Excerpts (CSV)",
      "Steps (CSV)",
      "Improvements (CSV)",
      "Measurements (CSV)",
    ]);
    const separators = within(menu).getAllByRole("menuitemradio");
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    expect(items[1]).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}{ArrowUp}");
    expect(separators[1]).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    expect(items[0]).toHaveFocus();
    await userEvent.keyboard("{End}");
    expect(separators[1]).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getAllByRole("menuitem")[1]).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(other).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("“Workspace file” downloads a .journeymap.json of the chosen journeys", async () => {
    const a = journeyWith(2, "Alpha");
    const b = journeyWith(1, "Beta");
    commit({ put: [...Object.values(a.records), ...Object.values(b.records)] });
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:test";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<ExportMenu journeyIds={[a.journey.id]} />);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("menuitem", { name: "Workspace file" }));
    expect(names).toEqual(["Alpha.journeymap.json"]);
    const data = JSON.parse(await blobs[0]!.text());
    expect(data.records).toHaveLength(Object.keys(a.records).length);
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
  });

  it("downloads a table of the open journey with the remembered separator", async () => {
    const a = journeyWith(2, "Alpha");
    const b = journeyWith(1, "Beta");
    commit({ put: [...Object.values(a.records), ...Object.values(b.records)] });
    useStore.setState({ route: { view: "journey", journeyId: a.journey.id } });
    localStorage.removeItem(CSV_DELIMITER_STORAGE_KEY);
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:test";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    const semicolon = screen.getByRole("menuitemradio", { name: /Semicolon/ });
    expect(semicolon).toHaveAttribute("aria-checked", "true");
    await userEvent.click(screen.getByRole("menuitem", { name: "Steps (CSV)" }));
    await waitFor(() => expect(names).toEqual(["Alpha - steps.csv"]));
    const steps = await blobs[0]!.text();
    expect(steps.startsWith("Journey;Stage;Lane;Step;")).toBe(true);
    expect(steps.split("\r\n").filter(Boolean)).toHaveLength(3);

    // The choice of comma stays in the open menu and is remembered for the next download.
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("menuitemradio", { name: /Comma/ }));
    expect(screen.getByRole("menuitemradio", { name: /Comma/ })).toHaveAttribute("aria-checked", "true");
    expect(localStorage.getItem(CSV_DELIMITER_STORAGE_KEY)).toBe(",");
    await userEvent.click(screen.getByRole("menuitem", { name: "Steps (CSV)" }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect((await blobs[1]!.text()).startsWith("Journey,Stage,Lane,Step,")).toBe(true);
    localStorage.removeItem(CSV_DELIMITER_STORAGE_KEY);
  });

  it("offers nothing to export from an empty workspace, and each item says why", async () => {
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    const reasons = {
      "Workspace file": "There is nothing in this workspace to export yet.",
      "Codebook (REFI-QDA)": "There are no codes to export yet.",
      "Project (REFI-QDA)": "There are no sources or codes to export yet.",
      "Pain points (CSV)": "There are no pain points to export yet.",
      "Excerpts (CSV)": "There are no excerpts to export yet.",
      "Steps (CSV)": "There are no steps to export yet.",
      "Improvements (CSV)": "There are no improvements to export yet.",
      "Measurements (CSV)": "There are no indicators to export yet.",
    };
    expect(screen.getAllByRole("menuitem").map((entry) => entry.textContent)).toEqual(Object.keys(reasons));
    for (const [name, reason] of Object.entries(reasons)) {
      const entry = screen.getByRole("menuitem", { name });
      expect(entry).toHaveAttribute("aria-disabled", "true");
      expect(entry).toHaveAccessibleDescription(reason);
    }
    const item = screen.getByRole("menuitem", { name: "Workspace file" });
    expect(item).toHaveFocus();
    const table = screen.getByRole("menuitem", { name: "Pain points (CSV)" });
    const created = vi.spyOn(URL, "createObjectURL");
    await userEvent.click(item);
    await userEvent.click(table);
    // An item that runs closes the menu; these do nothing.
    expect(screen.getByRole("menu")).toBeInTheDocument();
    expect(created).not.toHaveBeenCalled();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });

  it("offers each table that has rows where it is asked for: in a journey, that journey's", async () => {
    const a = journeyWith(2, "Alpha");
    const b = journeyWith(1, "Beta");
    const pain = createPain(
      b.journey.id,
      [b.steps[0]!.id],
      { kind: "thundercloud", title: "Long queue" },
      NOW,
    );
    const source = { ...createSource({ title: "Interview P07" }, NOW), text: "I queued for three hours." };
    const excerpt = createExcerpt(source, { start: 2, end: 8, codeIds: [], coder: "" }, NOW)!;
    const linkedToBeta = { ...excerpt, stepIds: [b.steps[0]!.id] };
    commit({ put: [...Object.values(a.records), ...Object.values(b.records), pain, source, linkedToBeta] });
    /** Each table's reason for being disabled, or null when it is offered. */
    const expectTables = (reasons: Record<string, string | null>) => {
      for (const [name, reason] of Object.entries(reasons)) {
        const entry = screen.getByRole("menuitem", { name });
        if (reason === null) {
          expect(entry).not.toHaveAttribute("aria-disabled");
          expect(entry).not.toHaveAccessibleDescription();
        } else {
          expect(entry).toHaveAttribute("aria-disabled", "true");
          expect(entry).toHaveAccessibleDescription(reason);
        }
      }
    };
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    expectTables({
      "Pain points (CSV)": null,
      "Excerpts (CSV)": null,
      "Steps (CSV)": null,
      "Improvements (CSV)": "There are no improvements to export yet.",
      "Measurements (CSV)": "There are no indicators to export yet.",
    });
    await userEvent.keyboard("{Escape}");

    act(() => useStore.setState({ route: { view: "journey", journeyId: a.journey.id } }));
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    expectTables({
      "Pain points (CSV)": "This journey has no pain points yet.",
      "Excerpts (CSV)": "No excerpts are linked to this journey yet.",
      "Steps (CSV)": null,
      "Improvements (CSV)": "This journey has no improvements yet.",
      "Measurements (CSV)": "This journey has no indicators yet.",
    });
    expect(screen.getByRole("menuitem", { name: "Workspace file" })).not.toHaveAccessibleDescription();

    // The open menu follows the workspace.
    const alphaPain = createPain(
      a.journey.id,
      [a.steps[0]!.id],
      { kind: "blister", title: "Re-keying" },
      NOW,
    );
    act(() => commit({ put: [alphaPain] }));
    expectTables({ "Pain points (CSV)": null });
  });

  it("closes when clicking elsewhere", async () => {
    render(
      <>
        <ExportMenu />
        <button type="button">Elsewhere</button>
      </>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    expect(screen.getByRole("menu")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});
