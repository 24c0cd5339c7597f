// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFixture, utf8, windows1252 } from "./bytes.testkit";
import { previewBytes } from "./preview";

const NORDIC =
  "sep=;\r\nRespondent;Roll;Anteckning\r\nS1;Arbetssökande;Väntade, länge.\r\nS2;Handläggare;”Ok”\r\n";

describe("previewBytes", () => {
  it("detects encoding and delimiter, shows the first rows and a first mapping", () => {
    const preview = previewBytes(windows1252(NORDIC), { fileName: "export.csv" });
    expect(preview).toMatchObject({
      format: "table",
      encoding: "windows-1252",
      delimiter: ";",
      sepLine: true,
      header: ["Respondent", "Roll", "Anteckning"],
      replacementChars: 0,
      truncated: false,
      mapping: { mode: "interview", respondent: 0, role: 1, text: 2 },
    });
    expect(preview.rows).toEqual([
      { line: 3, cells: ["S1", "Arbetssökande", "Väntade, länge."] },
      { line: 4, cells: ["S2", "Handläggare", "”Ok”"] },
    ]);
  });

  it("shows a wrong encoding choice as replacement characters", () => {
    const preview = previewBytes(windows1252(NORDIC), { fileName: "export.csv", encoding: "utf-8" });
    expect(preview.encoding).toBe("utf-8");
    expect(preview.detected.encoding).toBe("windows-1252");
    expect(preview.replacementChars).toBeGreaterThan(0);
  });

  it("uses the delimiter the user picks", () => {
    const preview = previewBytes(utf8("a,b;c\n1,2;3\n"), { delimiter: "," });
    expect(preview.header).toEqual(["a", "b;c"]);
  });

  it("drops a row cut off by the end of a slice", () => {
    const bytes = readFixture("interviews-en.csv");
    const cut = bytes.slice(0, bytes.indexOf(0x0a, 400) + 30);
    const preview = previewBytes(cut, { fileName: "interviews-en.csv", partial: true });
    expect(preview.truncated).toBe(true);
    const last = preview.rows.at(-1)!;
    const full = previewBytes(bytes, { fileName: "interviews-en.csv" }).rows.find(
      (r) => r.line === last.line,
    );
    expect(last).toEqual(full);
    expect(preview.errors).toEqual([]);
  });
});
