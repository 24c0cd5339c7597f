import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strToU8 } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RefiContents } from "@/io/refi-qda/parse";
import { codedWorkspace } from "@/io/refi-qda/refi.testkit";
import { commands } from "@/store/commands";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { ExportMenu } from "./ExportMenu";
import { ImportButton } from "./ImportButton";
import { RefiImportDialog } from "./RefiImportDialog";

// The planning and export code fail to load, as after an update removed this version's files.
vi.mock("@/io/refi-qda/plan", () =>
  Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/plan.js")),
);
vi.mock("@/io/refi-qda/export", () =>
  Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/export.js")),
);

const NOT_LOADED = "The REFI-QDA part of Journey Mapper could not be loaded. Reload the page and try again.";

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  commit({ put: codedWorkspace().list });
});
afterEach(() => vi.restoreAllMocks());

describe("when the REFI-QDA code cannot be loaded", () => {
  it("the import dialog says so instead of reading for ever, offers no Import, and changes nothing", async () => {
    const before = useStore.getState().records;
    render(<ImportButton />);
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0E3A5C71-2B4D-4F6E-8A9B-1C2D3E4F5A60" name="New code" isCodable="true"/></Codes></CodeBook>`;
    await userEvent.upload(screen.getByTestId("import-file-input"), new File([strToU8(xml)], "codes.qdc"));
    const dialog = await screen.findByRole("dialog", { name: "Import “codes.qdc”" }, { timeout: 5000 });
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(NOT_LOADED);
    expect(within(dialog).getByText("Nothing in your workspace was changed.")).toBeInTheDocument();
    expect(within(dialog).queryByText("Reading the file…")).not.toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Import" })).toBeDisabled();
    expect(useStore.getState().records).toBe(before);
  });

  it("the import command says nothing was imported, and why", async () => {
    const before = useStore.getState().records;
    const contents: RefiContents = {
      kind: "codebook",
      name: "",
      origin: "",
      codes: [],
      sources: [],
      skippedSources: [],
    };
    expect(await commands["refi.import"].run({ contents })).toBeUndefined();
    expect(useStore.getState().notice?.message).toBe(`Nothing was imported. ${NOT_LOADED}`);
    expect(useStore.getState().records).toBe(before);
  });

  it("a file whose reader could not be loaded gets the same words (see read-file.test.ts)", async () => {
    const error = { code: "not-loaded", message: "The REFI-QDA reader could not be loaded" } as const;
    render(<RefiImportDialog fileName="codes.qdc" result={{ ok: false, error }} onClose={() => {}} />);
    const dialog = screen.getByRole("dialog", { name: "“codes.qdc” cannot be imported" });
    expect(within(dialog).getByRole("alert")).toHaveTextContent(NOT_LOADED);
    expect(within(dialog).getByText("Nothing in your workspace was changed.")).toBeInTheDocument();
  });

  it("the Export menu's items say nothing was exported, and why", async () => {
    const saved = vi.spyOn(URL, "createObjectURL");
    render(<ExportMenu />);
    for (const item of ["Codebook (REFI-QDA)", "Project (REFI-QDA)"]) {
      useStore.setState({ notice: null });
      await userEvent.click(screen.getByRole("button", { name: "Export" }));
      await userEvent.click(screen.getByRole("menuitem", { name: item }));
      await waitFor(() =>
        expect(useStore.getState().notice?.message).toBe(`Nothing was exported. ${NOT_LOADED}`),
      );
    }
    expect(saved).not.toHaveBeenCalled();
  });
});
