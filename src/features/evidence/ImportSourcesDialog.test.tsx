import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { i18n } from "@/i18n";
import { evidenceImport } from "@/i18n/en-evidence-import";
import { readFixture, utf8, utf16le, windows1252 } from "@/io/import/bytes.testkit";
import { importBytes, importBytesAsync } from "@/io/import/pipeline";
import { previewBytes } from "@/io/import/preview";
import type { NewSource } from "@/io/import/types";
import { isSource } from "@/model/evidence";
import type { SourceRecord } from "@/model/types";
import { runCommand } from "@/store/commands";
import { SOURCES_PER_TASK, sourcesImportCommands } from "@/store/commands-sources-import";
import { resetStore, useStore } from "@/store/store";
import { directImport } from "@/ui/import/direct-import.testkit";
import type { StartImport } from "@/ui/import/kit";
import { ImportSourcesDialog } from "./ImportSourcesDialog";

const direct = directImport;

function fileOf(bytes: Uint8Array, name: string, type = "text/csv"): File {
  return new File([bytes.slice().buffer as ArrayBuffer], name, { type });
}

function sources(): SourceRecord[] {
  return Object.values(useStore.getState().records).filter(isSource);
}

function undoDepth(): number {
  return useStore.getState().history.undo.length;
}

function dialog() {
  return screen.getByRole("dialog");
}

function selected(select: HTMLElement): string {
  const element = select as HTMLSelectElement;
  return element.selectedOptions[0]?.textContent ?? "";
}

/** The cells of the preview table's rows, without the line column. */
function previewRows(): string[][] {
  const region = within(dialog()).getByRole("region", { name: "The first rows of the file" });
  return within(region)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole("cell")
        .map((cell) => cell.textContent ?? ""),
    );
}

function previewHeader(): string[] {
  const region = within(dialog()).getByRole("region", { name: "The first rows of the file" });
  return within(region)
    .getAllByRole("columnheader")
    .map((th) => th.textContent ?? "")
    .slice(1);
}

/** Excel's "CSV (semicolon delimited)" on a Swedish Windows: Windows-1252, `;`, commas in the text, CRLF. */
const SWEDISH =
  "respondent;roll;datum;anteckning\r\n" +
  "P01;Arbetssökande;2024-03-04;Jag väntade två timmar, sen fick jag gå hem.\r\n" +
  "P02;Handläggare;2024-03-05;Vi skriver in samma uppgifter två gånger, det tar tid.\r\n" +
  "P03;Arbetsgivare;2024-03-06;Kandidaterna matchar inte, ingen ringer tillbaka – aldrig.\r\n";

async function openSwedish(user: ReturnType<typeof userEvent.setup>, onClose = vi.fn()) {
  render(<ImportSourcesDialog onClose={onClose} start={direct} />);
  await user.click(screen.getByRole("button", { name: "Choose file" }));
  await user.upload(screen.getByLabelText("File to import"), fileOf(windows1252(SWEDISH), "intervjuer.csv"));
  await screen.findByLabelText("Encoding");
  return onClose;
}

beforeAll(() => {
  // The app adds these strings to en.ts; until then (and regardless) the test registers them.
  if (!i18n.exists("evidenceImport.title")) {
    i18n.addResourceBundle("en", "translation", { evidenceImport }, true, false);
  }
});

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  void i18n.changeLanguage("en");
});

describe("the table preview", () => {
  it("reads a Windows-1252 semicolon file with å ä ö, the encoding detected", async () => {
    const user = userEvent.setup();
    await openSwedish(user);
    expect(screen.getByRole("dialog", { name: "Import “intervjuer.csv”" })).toBeInTheDocument();
    const encoding = within(dialog()).getByLabelText("Encoding") as HTMLSelectElement;
    expect(encoding.value).toBe("auto");
    expect(selected(encoding)).toBe("Automatic: Windows-1252 (Excel CSV, Western Europe)");
    expect(selected(within(dialog()).getByLabelText("Delimiter"))).toBe("Automatic: Semicolon (;)");
    expect(previewHeader()).toEqual(["respondent", "roll", "datum", "anteckning"]);
    expect(previewRows()).toEqual([
      ["P01", "Arbetssökande", "2024-03-04", "Jag väntade två timmar, sen fick jag gå hem."],
      ["P02", "Handläggare", "2024-03-05", "Vi skriver in samma uppgifter två gånger, det tar tid."],
      ["P03", "Arbetsgivare", "2024-03-06", "Kandidaterna matchar inte, ingen ringer tillbaka – aldrig."],
    ]);
    expect(within(dialog()).queryByText(/cannot be read in this encoding/)).not.toBeInTheDocument();
    // The first mapping is guessed from the header words.
    expect(selected(within(dialog()).getByLabelText("Text column"))).toBe("anteckning");
    expect(selected(within(dialog()).getByLabelText("Respondent column"))).toBe("respondent");
  });

  it("shows the file again when the encoding or the delimiter is changed", async () => {
    const user = userEvent.setup();
    await openSwedish(user);
    // Read as UTF-8, the Windows-1252 letters are not text: the preview says so.
    await user.selectOptions(within(dialog()).getByLabelText("Encoding"), "UTF-8");
    expect(previewRows()[0]![1]).toBe("Arbetss\ufffdkande");
    expect(within(dialog()).getByText(/cannot be read in this encoding/)).toBeInTheDocument();
    await user.selectOptions(within(dialog()).getByLabelText("Encoding"), "auto");
    expect(previewRows()[0]![1]).toBe("Arbetssökande");

    await user.selectOptions(within(dialog()).getByLabelText("Delimiter"), "Comma (,)");
    expect(previewHeader()[0]).toBe("respondent;roll;datum;anteckning");
    expect(previewRows()[0]![0]).toBe("P01;Arbetssökande;2024-03-04;Jag väntade två timmar");
    await user.selectOptions(within(dialog()).getByLabelText("Delimiter"), "Semicolon (;)");
    expect(previewHeader()).toEqual(["respondent", "roll", "datum", "anteckning"]);
  });

  it("shows what the mapping still lacks at its field", async () => {
    const user = userEvent.setup();
    await openSwedish(user);
    const text = within(dialog()).getByLabelText("Text column");
    await user.selectOptions(text, "None");
    expect(text).toHaveAttribute("aria-invalid", "true");
    expect(text).toHaveAccessibleDescription("Choose the column that holds the text.");
    expect(within(dialog()).getByRole("button", { name: "Import" })).toBeDisabled();
    await user.selectOptions(text, "anteckning");
    expect(text).not.toHaveAttribute("aria-invalid");
    expect(within(dialog()).getByRole("button", { name: "Import" })).toBeEnabled();
  });
});

describe("importing a table", () => {
  it("adds the mapped sources in one commit, which one undo removes", async () => {
    const user = userEvent.setup();
    const onClose = await openSwedish(user);
    await user.selectOptions(within(dialog()).getByLabelText("Text column"), "anteckning");
    await user.selectOptions(within(dialog()).getByLabelText("Respondent column"), "respondent");
    await user.selectOptions(within(dialog()).getByLabelText("Role column"), "roll");
    await user.selectOptions(within(dialog()).getByLabelText("Date column"), "datum");
    await user.click(within(dialog()).getByRole("button", { name: "Import" }));

    const add = await within(dialog()).findByRole("button", { name: "Add 3 sources" });
    expect(within(dialog()).getByText("3 sources are ready to add.")).toBeInTheDocument();
    // Nothing is added before "Add".
    expect(sources()).toHaveLength(0);
    const depth = undoDepth();
    await user.click(add);

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(undoDepth()).toBe(depth + 1);
    const added = sources().sort((a, b) => a.respondent.localeCompare(b.respondent));
    expect(added.map((s) => s.respondent)).toEqual(["P01", "P02", "P03"]);
    expect(added[0]).toMatchObject({
      kind: "interview",
      respondentRole: "job-seeker",
      date: "2024-03-04",
      text: "Jag väntade två timmar, sen fick jag gå hem.",
      tags: ["intervjuer.csv"],
    });
    expect(added[1]!.respondentRole).toBe("counsellor");
    expect(added[2]!.text).toContain("– aldrig");
    expect(new Set(added.map((s) => s.id)).size).toBe(3);
    for (const source of added) {
      expect(source.id).toMatch(/^source:/);
      expect(source.createdAt).toBe(source.updatedAt);
      expect(Number.isNaN(Date.parse(source.createdAt))).toBe(false);
    }
    expect(useStore.getState().notice?.message).toBe("Added 3 sources from intervjuer.csv");

    act(() => runCommand("history.undo"));
    expect(sources()).toHaveLength(0);
  });

  it("lists rows that cannot be read with their line numbers, and imports the rest", async () => {
    const user = userEvent.setup();
    const csv =
      "respondent,role,note\n" +
      "P01,Job-seeker,First note\n" +
      "P02,Counsellor,Second note,stray,fields\n" +
      "P03,Employer,Third note\n" +
      "P04\n" +
      "P05,Job-seeker,Fifth note\n";
    render(
      <ImportSourcesDialog files={[fileOf(utf8(csv), "ragged.csv")]} onClose={vi.fn()} start={direct} />,
    );
    await user.click(await within(dialog()).findByRole("button", { name: "Import" }));
    const add = await within(dialog()).findByRole("button", { name: "Add 3 sources" });
    const errors = within(dialog()).getByRole("region", { name: "Rows that could not be read (2)" });
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Line 3: 5 fields, expected 3.", "Line 5: 1 fields, expected 3."]);
    await user.click(add);
    expect(
      sources()
        .map((s) => s.respondent)
        .sort(),
    ).toEqual(["P01", "P03", "P05"]);
  });

  it("imports the English interview fixture as guessed", async () => {
    const user = userEvent.setup();
    const file = fileOf(readFixture("interviews-en.csv"), "interviews-en.csv");
    render(<ImportSourcesDialog files={[file]} onClose={vi.fn()} start={direct} />);
    expect(selected(await within(dialog()).findByLabelText("Text column"))).toBe("note");
    expect(selected(within(dialog()).getByLabelText("Respondent column"))).toBe("respondent");
    expect(selected(within(dialog()).getByLabelText("Encoding"))).toBe("Automatic: UTF-8");
    expect(selected(within(dialog()).getByLabelText("Delimiter"))).toBe("Automatic: Comma (,)");
    await user.click(within(dialog()).getByRole("button", { name: "Import" }));
    await user.click(await within(dialog()).findByRole("button", { name: "Add 8 sources" }));

    const added = sources();
    expect(added).toHaveLength(8);
    const p07 = added.find((s) => s.respondent === "P07")!;
    expect(p07.text).toBe("The phone queue was 45 minutes.\nThen the call dropped.");
    expect(p07).toMatchObject({
      respondentRole: "job-seeker",
      date: "2024-03-11",
      tags: ["interviews-en.csv"],
    });
    expect(added.find((s) => s.respondent === "P06")!.respondentRole).toBe("partner");
  });

  it("imports survey answers, one source per answer", async () => {
    const user = userEvent.setup();
    const bytes = readFixture("survey-sample.csv");
    const preview = previewBytes(bytes, { fileName: "survey-sample.csv" });
    const expected = importBytes(bytes, { format: "table", mapping: preview.mapping }).sources.length;
    render(
      <ImportSourcesDialog files={[fileOf(bytes, "survey-sample.csv")]} onClose={vi.fn()} start={direct} />,
    );
    const survey = await within(dialog()).findByRole("radio", { name: /A survey response/ });
    expect(survey).toBeChecked();
    expect(within(dialog()).queryByLabelText("Text column")).not.toBeInTheDocument();
    const open = within(dialog()).getByRole("group", { name: "Open-text columns" });
    expect(within(open).getByRole("checkbox", { name: "what_should_we_improve" })).toBeChecked();
    await user.click(within(dialog()).getByRole("button", { name: "Import" }));
    await user.click(await within(dialog()).findByRole("button", { name: `Add ${expected} sources` }));
    expect(sources()).toHaveLength(expected);
    expect(sources().every((s) => s.kind === "survey")).toBe(true);
  });

  it("adds nothing when the import is cancelled", async () => {
    const user = userEvent.setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let cancelled = false;
    const slow: StartImport = (file, request, onProgress) => {
      const controller = new AbortController();
      const result = (async () => {
        onProgress?.({ phase: "parsing", rows: 1200, fraction: 0.25 });
        await gate;
        const bytes = new Uint8Array(await file.arrayBuffer());
        return importBytesAsync(bytes, request, { signal: controller.signal });
      })();
      return {
        result,
        cancel: () => {
          cancelled = true;
          controller.abort();
        },
      };
    };
    const file = fileOf(windows1252(SWEDISH), "intervjuer.csv");
    render(<ImportSourcesDialog files={[file]} onClose={vi.fn()} start={slow} />);
    await user.click(await within(dialog()).findByRole("button", { name: "Import" }));

    const bar = within(dialog()).getByRole("progressbar", { name: "Import progress" });
    expect(bar).toHaveAttribute("value", "0.25");
    expect(within(dialog()).getByText("1,200 rows read")).toBeInTheDocument();
    const cancel = within(dialog()).getByRole("button", { name: "Cancel" });
    expect(cancel).toHaveFocus();
    await user.click(cancel);
    expect(cancelled).toBe(true);
    expect(within(dialog()).getByText("The import was cancelled. Nothing was added.")).toBeInTheDocument();
    // Back at the preview, with the settings as they were.
    expect(within(dialog()).getByLabelText("Encoding")).toBeInTheDocument();

    await act(async () => {
      release();
      await gate;
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(within(dialog()).queryByRole("button", { name: /^Add / })).not.toBeInTheDocument();
    expect(sources()).toHaveLength(0);
    expect(undoDepth()).toBe(0);
  });

  it("closes without adding anything on Cancel after reading", async () => {
    const user = userEvent.setup();
    const onClose = await openSwedish(user);
    await user.click(within(dialog()).getByRole("button", { name: "Import" }));
    await within(dialog()).findByRole("button", { name: "Add 3 sources" });
    await user.click(within(dialog()).getByRole("button", { name: "Cancel" }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(sources()).toHaveLength(0);
  });
});

describe("text files", () => {
  it("makes one source of each text file, straight to the confirmation", async () => {
    const user = userEvent.setup();
    const files = [
      fileOf(
        utf8("# Workshop\r\n\r\nThe queue at the office is the worst part."),
        "Workshop 3.md",
        "text/markdown",
      ),
      fileOf(windows1252("Intervju med P09: väntetiden var lång."), "P09 intervju.txt", "text/plain"),
      fileOf(new Uint8Array(), "empty.txt", "text/plain"),
    ];
    render(<ImportSourcesDialog onClose={vi.fn()} start={direct} />);
    await user.upload(screen.getByLabelText("File to import"), files);
    const add = await within(dialog()).findByRole("button", { name: "Add 2 sources" });
    expect(screen.getByRole("dialog", { name: "Import 3 text files" })).toBeInTheDocument();
    expect(within(dialog()).getByText("“empty.txt”: The file is empty.")).toBeInTheDocument();
    await user.selectOptions(within(dialog()).getByLabelText("Kind of source"), "Workshop note");
    await user.click(add);

    const added = sources().sort((a, b) => a.title.localeCompare(b.title));
    expect(added.map((s) => s.title)).toEqual(["P09 intervju", "Workshop 3"]);
    expect(added[0]).toMatchObject({
      kind: "workshop",
      text: "Intervju med P09: väntetiden var lång.",
      tags: ["P09 intervju.txt"],
    });
    expect(added[1]!.text).toBe("# Workshop\n\nThe queue at the office is the worst part.");
    act(() => runCommand("history.undo"));
    expect(sources()).toHaveLength(0);
  });

  it("reads Excel's Unicode text as a table, or as one text when the user says so", async () => {
    const user = userEvent.setup();
    const tsv = "Respondent\tAnteckning\r\nP01\tKön var lång – två timmar.\r\nP02\tBra bemötande.\r\n";
    const file = fileOf(utf16le(tsv), "export.txt", "text/plain");
    render(<ImportSourcesDialog files={[file]} onClose={vi.fn()} start={direct} />);
    const readAs = await within(dialog()).findByLabelText("Read as");
    expect(readAs).toHaveFocus();
    expect(selected(within(dialog()).getByLabelText("Encoding"))).toBe(
      "Automatic: UTF-16 LE (Excel Unicode text)",
    );
    expect(selected(within(dialog()).getByLabelText("Delimiter"))).toBe("Automatic: Tab");
    expect(previewRows()[0]).toEqual(["P01", "Kön var lång – två timmar."]);

    await user.selectOptions(readAs, "One text: the whole file is one source");
    const add = await within(dialog()).findByRole("button", { name: "Add 1 source" });
    await user.click(add);
    expect(sources()).toHaveLength(1);
    expect(sources()[0]).toMatchObject({
      title: "export",
      text: tsv.replace(/\r\n/g, "\n"),
      tags: ["export.txt"],
    });
  });

  it("refuses files it cannot read, with the reason as text", async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<ImportSourcesDialog onClose={vi.fn()} start={direct} />);
    await user.upload(
      screen.getByLabelText("File to import"),
      fileOf(new Uint8Array([0x50, 0x4b, 3, 4]), "answers.xlsx", "application/octet-stream"),
    );
    await waitFor(() =>
      expect(within(dialog()).getByRole("alert")).toHaveTextContent(/“answers.xlsx” is not a file/),
    );
    expect(within(dialog()).getByRole("button", { name: "Choose file" })).toBeInTheDocument();
  });
});

describe("the sources.import command", () => {
  const source = (i: number): NewSource => ({
    typeName: "source",
    kind: "survey",
    title: i === 0 ? "  " : `Answer ${i}`,
    respondent: `R-${i}`,
    respondentRole: "other",
    date: i === 1 ? "2024-02-30" : "2024-03-04",
    interviewer: "",
    tags: ["survey.csv", "Survey.csv"],
    attributes: { office: "Malmö" },
    text: `Answer number ${i}`,
  });

  it("makes a large import in slices and commits it once", async () => {
    const count = SOURCES_PER_TASK * 2 + 10;
    const all = Array.from({ length: count }, (_, i) => source(i));
    const pending = sourcesImportCommands["sources.import"].run(all, { from: "survey.csv" });
    // Not committed yet: the records are made in slices first.
    expect(sources()).toHaveLength(0);
    const ids = await pending;
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(count);
    expect(sources()).toHaveLength(count);
    expect(undoDepth()).toBe(1);
    const byRespondent = new Map(sources().map((s) => [s.respondent, s]));
    expect(byRespondent.get("R-0")!.title).toBe("Untitled source");
    expect(byRespondent.get("R-1")!.date).toBe("");
    expect(byRespondent.get("R-2")).toMatchObject({
      title: "Answer 2",
      date: "2024-03-04",
      tags: ["survey.csv"],
      attributes: { office: "Malmö" },
    });
    act(() => runCommand("history.undo"));
    expect(sources()).toHaveLength(0);
  });

  it("adds nothing for an empty list", async () => {
    expect(await sourcesImportCommands["sources.import"].run([])).toEqual([]);
    expect(undoDepth()).toBe(0);
  });
});
