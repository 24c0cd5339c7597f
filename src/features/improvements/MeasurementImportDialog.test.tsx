import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import "@/i18n";
import { utf8, windows1252 } from "@/io/import/bytes.testkit";
import type { IndicatorId } from "@/model/ids";
import { isIndicator } from "@/model/improvements";
import { listJourneys } from "@/model/records";
import type { IndicatorRecord } from "@/model/types";
import { commands, runCommand } from "@/store/commands";
import { resetStore, useStore } from "@/store/store";
import { directImport } from "@/ui/import/direct-import.testkit";
import type { StartImport } from "@/ui/import/kit";
import { MeasurementImportDialog } from "./MeasurementImportDialog";

/** Excel's "CSV (semicolon delimited)" on a Swedish Windows: Windows-1252, `;`, decimal commas, CRLF. */
const SWEDISH =
  "Datum;Väntetid;Kommentar\r\n" +
  "2016-03-15;20,5;Efter – digital bokning\r\n" +
  "15.3.2017;18;\r\n" +
  ";12;saknar datum\r\n" +
  "2018-03-15;ca 15;inte ett tal\r\n" +
  "31.2.2019;14;omöjligt datum\r\n" +
  "2020-03-15;;\r\n" +
  "2021-03-15;-3,5;under noll\r\n";

let indicatorId: IndicatorId;

function indicator(): IndicatorRecord {
  const record = useStore.getState().records[indicatorId];
  if (!isIndicator(record)) throw new Error("no indicator");
  return record;
}

function dialog() {
  return screen.getByRole("dialog");
}

function selected(label: string): string {
  return (within(dialog()).getByLabelText(label) as HTMLSelectElement).selectedOptions[0]?.textContent ?? "";
}

async function open(bytes: Uint8Array, name = "mätningar.csv") {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const view = render(
    <MeasurementImportDialog indicator={indicator()} onClose={onClose} start={directImport} />,
  );
  expect(
    screen.getByRole("dialog", { name: "Import measurements into “Waiting (min)”" }),
  ).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Choose file" }));
  await user.upload(
    screen.getByLabelText("File to import"),
    new File([bytes.slice()], name, { type: "text/csv" }),
  );
  await screen.findByLabelText("Encoding");
  return { user, onClose, unmount: view.unmount };
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
  runCommand("journey.sample");
  const journeyId = listJourneys(useStore.getState().records)[0]!.id;
  indicatorId = commands["indicator.add"].run(journeyId, {
    name: "Waiting (min)",
    unit: "min",
    better: "lower",
  })!;
  runCommand("measurement.add", indicatorId, { date: "2015-03-15", value: 25 });
});

describe("importing measurements", () => {
  it("previews a Windows-1252 semicolon file, lists the rows it cannot read and imports the rest as one undoable change", async () => {
    const { user, onClose } = await open(windows1252(SWEDISH));
    expect(selected("Encoding")).toBe("Automatic: Windows-1252 (Excel CSV, Western Europe)");
    expect(selected("Delimiter")).toBe("Automatic: Semicolon (;)");
    const preview = within(dialog()).getByRole("region", { name: "The first rows of the file" });
    expect(within(preview).getByRole("cell", { name: "Efter – digital bokning" })).toBeInTheDocument();
    // The columns are guessed from the header words.
    expect(selected("Date column")).toBe("Datum");
    expect(selected("Value column")).toBe("Väntetid");
    expect(selected("Note column")).toBe("Kommentar");
    const before = useStore.getState().records;

    await user.click(within(dialog()).getByRole("button", { name: "Check the rows" }));
    expect(await within(dialog()).findByText("3 measurements can be imported.")).toBeInTheDocument();
    const errors = within(dialog()).getByRole("region", { name: "Rows that cannot be read (4)" });
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Line 4: no date (column “Datum”)",
      "Line 5: “ca 15” is not a number (column “Väntetid”)",
      "Line 6: “31.2.2019” is not a date (column “Datum”)",
      "Line 7: no value (column “Väntetid”)",
    ]);
    // The first and the last readable row, dated in the interface's language.
    expect(
      within(dialog())
        .getAllByRole("listitem")
        .slice(0, 2)
        .map((li) => li.textContent),
    ).toEqual(["15 Mar 2016: 20.5 min (Efter – digital bokning)", "15 Mar 2021: −3.5 min (under noll)"]);
    // Nothing is stored before Import.
    expect(useStore.getState().records).toBe(before);

    const depth = useStore.getState().history.undo.length;
    await user.click(within(dialog()).getByRole("button", { name: "Import 3 measurements" }));
    expect(onClose).toHaveBeenCalled();
    expect(indicator().measurements.map((m) => [m.date, m.value, m.note])).toEqual([
      ["2015-03-15", 25, ""],
      ["2016-03-15", 20.5, "Efter – digital bokning"],
      ["2017-03-15", 18, ""],
      ["2021-03-15", -3.5, "under noll"],
    ]);
    expect(useStore.getState().history.undo.length).toBe(depth + 1);
    runCommand("history.undo");
    expect(indicator().measurements.map((m) => m.value)).toEqual([25]);
  });

  describe("rows on a date that already has a measurement", () => {
    const REPEATS = "date;value\r\n2015-03-15;24\r\n2016-03-15;20\r\n2016-03-15;21\r\n2017-03-15;18\r\n";

    async function readRepeats() {
      const opened = await open(utf8(REPEATS));
      await opened.user.click(within(dialog()).getByRole("button", { name: "Check the rows" }));
      await within(dialog()).findByText("4 measurements can be imported.");
      return opened;
    }

    it("are listed by line, and Import waits for the choice between replacing and keeping both", async () => {
      const { user, onClose } = await readRepeats();
      const warnings = within(dialog()).getByRole("region", {
        name: "Rows on a date that already has a measurement (2)",
      });
      expect(
        within(warnings)
          .getAllByRole("listitem")
          .map((li) => li.textContent),
      ).toEqual([
        "Line 2: 15 Mar 2015 already has a measurement in this indicator",
        "Line 4: 15 Mar 2016 is also on an earlier row",
      ]);
      const before = useStore.getState().records;
      await user.click(within(dialog()).getByRole("button", { name: "Import 4 measurements" }));
      expect(useStore.getState().records).toBe(before);
      expect(onClose).not.toHaveBeenCalled();
      const replace = within(dialog()).getByRole("radio", {
        name: "Replace the earlier measurement (the last row for a date wins)",
      });
      expect(replace).toHaveFocus();
      expect(within(dialog()).getByRole("alert")).toHaveTextContent(
        "Choose whether to replace the earlier measurements or keep both.",
      );
      expect(
        within(dialog()).getByRole("group", { name: "Rows on a date that already has a measurement" }),
      ).toHaveAccessibleDescription("Choose whether to replace the earlier measurements or keep both.");

      // By keyboard: Space picks the focused choice.
      await user.keyboard(" ");
      expect(replace).toBeChecked();
      expect(within(dialog()).queryByRole("alert")).toBeNull();
      await user.click(within(dialog()).getByRole("button", { name: "Import 3 measurements" }));
      expect(onClose).toHaveBeenCalled();
      expect(indicator().measurements.map((m) => [m.date, m.value])).toEqual([
        ["2015-03-15", 24],
        ["2016-03-15", 21],
        ["2017-03-15", 18],
      ]);
      runCommand("history.undo");
      expect(indicator().measurements.map((m) => m.value)).toEqual([25]);
    });

    it("are all imported beside the earlier ones when the user keeps both", async () => {
      const { user } = await readRepeats();
      await user.click(within(dialog()).getByRole("radio", { name: "Keep both" }));
      await user.click(within(dialog()).getByRole("button", { name: "Import 4 measurements" }));
      expect(indicator().measurements.map((m) => [m.date, m.value])).toEqual([
        ["2015-03-15", 25],
        ["2015-03-15", 24],
        ["2016-03-15", 20],
        ["2016-03-15", 21],
        ["2017-03-15", 18],
      ]);
    });
  });

  it("changes nothing on Cancel, at the preview or after the rows were read", async () => {
    const before = useStore.getState().records;
    const first = await open(utf8("date,value\r\n2016-01-01,3\r\n"));
    await first.user.click(within(dialog()).getByRole("button", { name: "Cancel" }));
    expect(first.onClose).toHaveBeenCalled();
    first.unmount();

    const second = await open(utf8("date,value\r\n2016-01-01,3\r\n"));
    await second.user.click(within(dialog()).getByRole("button", { name: "Check the rows" }));
    await within(dialog()).findByText("1 measurement can be imported.");
    await second.user.click(within(dialog()).getByRole("button", { name: "Cancel" }));
    expect(second.onClose).toHaveBeenCalled();
    expect(useStore.getState().records).toBe(before);
  });

  it("stops reading on Cancel while the rows are read, and goes back to the preview", async () => {
    const user = userEvent.setup();
    const cancel = vi.fn();
    // A worker that never answers until it is cancelled.
    const stalled: StartImport = () => ({ result: new Promise(() => {}), cancel });
    render(<MeasurementImportDialog indicator={indicator()} onClose={vi.fn()} start={stalled} />);
    await user.click(screen.getByRole("button", { name: "Choose file" }));
    await user.upload(
      screen.getByLabelText("File to import"),
      new File(["date;value\r\n2016-01-01;3\r\n"], "a.csv"),
    );
    await user.click(await within(dialog()).findByRole("button", { name: "Check the rows" }));
    expect(within(dialog()).getByRole("progressbar", { name: "Import progress" })).toBeInTheDocument();
    await user.click(within(dialog()).getByRole("button", { name: "Cancel" }));
    expect(cancel).toHaveBeenCalled();
    expect(within(dialog()).getByText("The import was cancelled. Nothing was added.")).toBeInTheDocument();
    expect(within(dialog()).getByLabelText("Date column")).toBeInTheDocument();
  });

  it("asks for a date and a value column, in different columns, before reading the rows", async () => {
    const { user } = await open(utf8("when;how many;why\r\n2016-01-01;3;x\r\n"));
    const check = within(dialog()).getByRole("button", { name: "Check the rows" });
    expect(check).toBeEnabled();
    await user.selectOptions(within(dialog()).getByLabelText("Value column"), "when");
    expect(check).toBeDisabled();
    expect(
      within(dialog()).getByText("The date and the value must be in different columns."),
    ).toBeInTheDocument();
    await user.selectOptions(within(dialog()).getByLabelText("Date column"), "None");
    expect(within(dialog()).getByLabelText("Date column")).toHaveAccessibleDescription(
      "Choose the column that holds the date.",
    );
    await user.selectOptions(within(dialog()).getByLabelText("Date column"), "when");
    await user.selectOptions(within(dialog()).getByLabelText("Value column"), "how many");
    expect(check).toBeEnabled();
  });
});
