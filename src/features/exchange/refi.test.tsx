import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strToU8 } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { codedWorkspace } from "@/io/refi-qda/refi.testkit";
import { isCode, isExcerpt, isSource } from "@/model/evidence";
import type { Records } from "@/model/types";
import { commands, runCommand } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { ExportMenu } from "./ExportMenu";
import { ImportButton } from "./ImportButton";

function records(): Records {
  return useStore.getState().records;
}

/** Downloads are caught: their names and blobs. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return "blob:test";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** Picks the file with the Import button; resolves with the dialog once it has read the file. */
async function upload(bytes: Uint8Array, name: string, outcome: "ready" | "failed" = "ready") {
  render(<ImportButton />);
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  await userEvent.upload(screen.getByTestId("import-file-input"), file);
  const title = outcome === "ready" ? `Import “${name}”` : `“${name}” cannot be imported`;
  return screen.findByRole("dialog", { name: title }, { timeout: 5000 });
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});
afterEach(() => vi.restoreAllMocks());

describe("REFI-QDA in the Export menu", () => {
  it("downloads the project as a .qdpx zip and the codebook as a .qdc", async () => {
    const { list, journey } = codedWorkspace();
    commit({ put: list });
    const { blobs, names } = catchDownloads();
    render(<ExportMenu journeyIds={[journey.id]} />);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("menuitem", { name: "Project (REFI-QDA)" }));
    await waitFor(() => expect(names).toEqual(["Rich journey.qdpx"]));
    const zip = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([zip[0], zip[1]]).toEqual([0x50, 0x4b]);
    await userEvent.click(screen.getByRole("button", { name: "Export" }));
    await userEvent.click(screen.getByRole("menuitem", { name: "Codebook (REFI-QDA)" }));
    await waitFor(() => expect(names).toHaveLength(2));
    expect(names[1]).toMatch(/^codebook-\d{4}-\d{2}-\d{2}\.qdc$/);
    expect(await blobs[1]!.text()).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  });

  it("disables what there is nothing to export, and says why", async () => {
    const { blobs } = catchDownloads();
    const { emojiSource, described } = codedWorkspace();
    render(<ExportMenu />);
    const items = async () => {
      await userEvent.click(screen.getByRole("button", { name: "Export" }));
      const codebook = screen.getByRole("menuitem", { name: "Codebook (REFI-QDA)" });
      const project = screen.getByRole("menuitem", { name: "Project (REFI-QDA)" });
      return { codebook, project };
    };

    let { codebook, project } = await items();
    expect(codebook).toHaveAttribute("aria-disabled", "true");
    expect(codebook).toHaveAccessibleDescription("There are no codes to export yet.");
    expect(project).toHaveAttribute("aria-disabled", "true");
    expect(project).toHaveAccessibleDescription("There are no sources or codes to export yet.");
    await userEvent.click(project);
    expect(screen.getByRole("menu")).toBeInTheDocument(); // a disabled item does nothing
    await userEvent.keyboard("{Escape}");

    commit({ put: [emojiSource] });
    ({ codebook, project } = await items());
    expect(codebook).toHaveAttribute("aria-disabled", "true");
    expect(project).not.toHaveAttribute("aria-disabled");
    expect(project).not.toHaveAccessibleDescription();
    await userEvent.keyboard("{Escape}");

    commit({ put: [described] });
    ({ codebook, project } = await items());
    expect(codebook).not.toHaveAttribute("aria-disabled");
    await userEvent.click(codebook);
    await waitFor(() => expect(blobs).toHaveLength(1));
  });
});

describe("importing a REFI-QDA file", () => {
  it("shows what a .qdpx adds, then adds it as one undoable step", async () => {
    commit({ put: codedWorkspace().list });
    const file = (await commands["refi.exportProject"].run())!;
    resetStore();
    useStore.setState({ loaded: true });

    const dialog = await upload(file.bytes, "pilot.qdpx");
    const adds = await within(dialog).findByRole("list", { name: "Importing adds:" }, { timeout: 5000 });
    expect(
      within(adds)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["3 new codes", "2 sources", "4 coded excerpts"]);
    expect(within(dialog).getByText(/3 codes of the file are already in your codebook/)).toBeInTheDocument();
    expect(records()).toEqual({});

    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(Object.values(records()).filter(isExcerpt)).toHaveLength(4));
    expect(Object.values(records()).filter(isSource)).toHaveLength(2);
    expect(Object.values(records()).filter(isCode)).toHaveLength(4); // three new, and the thundercloud used
    expect(useStore.getState().history.undo).toHaveLength(1);
    runCommand("history.undo");
    expect(records()).toEqual({});
  });

  it("says what the workspace already has, and adds nothing when it has everything", async () => {
    const { list, excerpts } = codedWorkspace();
    commit({ put: list });
    const file = (await commands["refi.exportProject"].run())!;
    const before = records();

    let dialog = await upload(file.bytes, "again.qdpx");
    await within(dialog).findByText(
      "Nothing will be added: this workspace already has everything in the file.",
      {},
      { timeout: 5000 },
    );
    expect(
      within(dialog).getByText("2 sources are already in the workspace and are skipped."),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText("4 coded excerpts are already there and are skipped."),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Import" })).toBeDisabled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(records()).toBe(before);

    // One excerpt deleted since: only it comes back, onto the source already there.
    commit({ put: [], remove: [excerpts[0]!.id] });
    cleanup();
    dialog = await upload(file.bytes, "again.qdpx");
    const adds = await within(dialog).findByRole("list", { name: "Importing adds:" }, { timeout: 5000 });
    expect(
      within(adds)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["0 new codes", "0 sources", "1 coded excerpt"]);
    expect(
      within(dialog).getByText("3 coded excerpts are already there and are skipped."),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(Object.values(records()).filter(isExcerpt)).toHaveLength(4));
    expect(Object.values(records()).filter(isSource)).toHaveLength(2);
  });

  it("says a codebook brought codes, and nothing of sources", async () => {
    commit({ put: codedWorkspace().list });
    const file = (await commands["refi.exportCodebook"].run())!;
    resetStore();
    useStore.setState({ loaded: true });

    const dialog = await upload(file.bytes, file.fileName);
    await within(dialog).findByRole("list", { name: "Importing adds:" }, { timeout: 5000 });
    await userEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(useStore.getState().notice?.message).toBe("Imported 3 new codes"));
  });

  it("lists the selections it cannot place", async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Elsewhere" origin="QualCoder 3.6">
  <Sources>
    <TextSource guid="4D5E0000-0000-4000-8000-000000000002" name="R-0042">
      <PlainTextContent>Nobody told me what happens next.</PlainTextContent>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000003" name="what happens" startPosition="15" endPosition="27"/>
      <PlainTextSelection guid="5E6F0000-0000-4000-8000-000000000004" name="a quote from another text" startPosition="0" endPosition="5"/>
    </TextSource>
  </Sources>
</Project>`;
    const dialog = await upload(strToU8(xml), "elsewhere.qde");
    expect(within(dialog).getByText(/“Elsewhere”/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Made with QualCoder 3\.6/)).toBeInTheDocument();
    const unplaced = await within(dialog).findByRole("list", { name: "1 selection cannot be placed" });
    expect(unplaced).toHaveTextContent("“a quote from another text” in “R-0042”");
  });

  it.each([
    ["broken.qdpx", strToU8("not a zip at all"), /is a zip archive, and this file is not one/],
    ["codebook.qdc", strToU8("<CodeBook><Codes>"), /The XML in this file is damaged/],
    ["picture.qdc", strToU8('<svg xmlns="http://www.w3.org/2000/svg"/>'), /This XML is a “svg” document/],
    [
      "evil.qdc",
      strToU8('<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "aaaa">]><CodeBook>&a;</CodeBook>'),
      /declares a DOCTYPE/,
    ],
  ])("refuses %s with a clear message and changes nothing", async (name, bytes, message) => {
    commit({ put: codedWorkspace().list });
    const before = records();
    const dialog = await upload(bytes, name, "failed");
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(message);
    expect(within(dialog).getByText("Nothing in your workspace was changed.")).toBeInTheDocument();
    expect(records()).toBe(before);
  });
});
