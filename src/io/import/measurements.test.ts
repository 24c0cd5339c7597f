// @vitest-environment node
import { describe, expect, it } from "vitest";
import { utf8, windows1252 } from "./bytes.testkit";
import { parseCsv } from "./csv";
import {
  guessMeasurementColumns,
  mapMeasurements,
  measurementColumnProblems,
  sameDateIssues,
} from "./measurements";
import { importBytes, importBytesAsync, type MeasurementImportRequest } from "./pipeline";
import { previewBytes } from "./preview";

/** Excel's "CSV (semicolon delimited)" on a Swedish Windows: Windows-1252, `;`, decimal commas, CRLF. */
const SWEDISH =
  "Mätdatum;Väntetid (minuter);Anteckning\r\n" +
  "2013-03-15;180;Före – manuell kö\r\n" +
  "15.3.2014;60,5;\r\n" +
  ";45;saknar datum\r\n" +
  "2015-03-15;;inget värde\r\n" +
  "31.2.2015;30;omöjligt datum\r\n" +
  "2016-03-15;ca 25;inte ett tal\r\n" +
  "2017-03-15;1 200;tusental med mellanslag\r\n";

const request = (extra: Partial<MeasurementImportRequest> = {}): MeasurementImportRequest => ({
  format: "measurements",
  columns: { date: 0, value: 1, note: 2 },
  ...extra,
});

describe("measurements from a table", () => {
  it("reads dates and numbers with decimal commas, and lists each row it cannot read with its line", () => {
    const outcome = importBytes(windows1252(SWEDISH), request());
    expect(outcome.encoding).toBe("windows-1252");
    expect(outcome.delimiter).toBe(";");
    expect(outcome.header).toEqual(["Mätdatum", "Väntetid (minuter)", "Anteckning"]);
    expect(outcome.sources).toEqual([]);
    expect(outcome.measurements).toEqual([
      { date: "2013-03-15", value: 180, note: "Före – manuell kö", line: 2 },
      { date: "2014-03-15", value: 60.5, note: "", line: 3 },
      { date: "2017-03-15", value: 1200, note: "tusental med mellanslag", line: 8 },
    ]);
    expect(outcome.errors.map((e) => [e.line, e.code, e.column, e.value])).toEqual([
      [4, "empty-date", "Mätdatum", undefined],
      [5, "empty-value", "Väntetid (minuter)", undefined],
      [6, "bad-date", "Mätdatum", "31.2.2015"],
      [7, "bad-number", "Väntetid (minuter)", "ca 25"],
    ]);
    expect(outcome.errors[3]!.reason).toBe('Line 7: "ca 25" is not a number.');
    expect(outcome.rows).toBe(7);
  });

  it("gives the same outcome slice by slice, as the worker runs it", async () => {
    const bytes = windows1252(SWEDISH);
    const { detected: _a, ...sync } = importBytes(bytes, request());
    const { detected: _b, ...async } = await importBytesAsync(bytes, request());
    expect(async).toEqual(sync);
  });

  it("refuses a row with neither date nor value once for each, and warns about a month-first date", () => {
    const { records } = parseCsv("date,value,note\r\n,,only a note\r\n3/14/2024,2,\r\n", ",");
    const result = mapMeasurements(["date", "value", "note"], records.slice(1), {
      date: 0,
      value: 1,
      note: null,
    });
    expect(result.errors.map((e) => e.code)).toEqual(["empty-date", "empty-value"]);
    expect(result.measurements).toEqual([{ date: "2024-03-14", value: 2, note: "", line: 3 }]);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[3, "us-date"]]);
  });

  it("lists rows on a date already measured in the indicator or earlier in the file, by line", () => {
    const outcome = importBytes(
      utf8(
        "date,value\r\n2024-01-15,150\r\n2024-02-15,140\r\n2024-03-15,130\r\n2024-02-15,141\r\n2024-01-15,151\r\n",
      ),
      request({ columns: { date: 0, value: 1, note: null } }),
    );
    const issues = sameDateIssues([{ date: "2024-01-15" }, { date: "2025-01-15" }], outcome.measurements);
    expect(issues.map((i) => [i.line, i.code, i.value])).toEqual([
      [2, "date-measured", "2024-01-15"],
      [5, "date-repeated", "2024-02-15"],
      [6, "date-measured", "2024-01-15"],
    ]);
    expect(issues[1]!.reason).toBe("Line 5: 2024-02-15 is also on line 3.");
    expect(sameDateIssues([], outcome.measurements.slice(0, 3))).toEqual([]);
  });

  it("needs a date and a value column, and not the same one", () => {
    expect(measurementColumnProblems({ date: null, value: null, note: null }, 2)).toEqual(["date", "value"]);
    expect(measurementColumnProblems({ date: 1, value: 1, note: null }, 2)).toEqual(["same"]);
    expect(measurementColumnProblems({ date: 0, value: 2, note: null }, 2)).toEqual(["value"]);
    expect(measurementColumnProblems({ date: 0, value: 1, note: null }, 2)).toEqual([]);
    expect(() => mapMeasurements(["a"], [], { date: 0, value: null, note: null })).toThrow(/value/);
  });

  it("guesses the columns from Swedish, Finnish and English headers and from the values", () => {
    const preview = previewBytes(windows1252(SWEDISH));
    expect(guessMeasurementColumns(preview.header, preview.rows)).toEqual({ date: 0, value: 1, note: 2 });
    const finnish = previewBytes(utf8("Huomautus;Arvo;Päivämäärä\r\nalku;3,5;1.2.2024\r\n"));
    expect(guessMeasurementColumns(finnish.header, finnish.rows)).toEqual({ date: 2, value: 1, note: 0 });
    const bare = previewBytes(utf8("when,how many\r\n2024-01-01,12\r\n2024-02-01,14\r\n"));
    expect(guessMeasurementColumns(bare.header, bare.rows)).toEqual({ date: 0, value: 1, note: null });
  });
});
