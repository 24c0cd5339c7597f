import { describe, expect, it } from "vitest";
import { BOM, csvCell, neutralise, toCsv } from "./csv-writer";

describe("CSV cells", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(neutralise(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutralise("Queue = long")).toBe("Queue = long");
    expect(csvCell('=HYPERLINK("x")', ",")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("\r\nline", ";")).toBe(`"'\r\nline"`);
  });

  it("quotes cells holding the delimiter, quotes or line breaks", () => {
    expect(csvCell("a;b", ";")).toBe(`"a;b"`);
    expect(csvCell("a;b", ",")).toBe("a;b");
    expect(csvCell("a,b", ",")).toBe(`"a,b"`);
    expect(csvCell('say "hi"', ",")).toBe(`"say ""hi"""`);
    expect(csvCell("two\nlines", ",")).toBe(`"two\nlines"`);
  });

  it("writes numbers with a decimal comma beside ';' and keeps negative numbers as numbers", () => {
    expect(csvCell(12.5, ";")).toBe("12,5");
    expect(csvCell(12.5, ",")).toBe("12.5");
    expect(csvCell(-3, ";")).toBe("-3");
    expect(csvCell(Number.NaN, ";")).toBe("");
    expect(csvCell(null, ";")).toBe("");
  });

  it("starts with a BOM and ends every row with CRLF", () => {
    expect(
      toCsv(
        [
          ["a", 1],
          ["b", 2],
        ],
        ";",
      ),
    ).toBe(`${BOM}a;1\r\nb;2\r\n`);
  });
});
