// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildTable, dedupeHeader, parseCsv, parseCsvAsync, previewTable } from "./csv";

const lf = (lines: string[]) => lines.join("\n");
const crlf = (lines: string[]) => lines.join("\r\n");

describe("parseCsv", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = crlf([
      "id,note",
      '1,"Commas, inside, quotes"',
      '2,"She said ""no"" twice"',
      '3,"First line\r\nsecond line\nthird line"',
      "4,plain",
    ]);
    const { records, errors } = parseCsv(text, ",");
    expect(errors).toEqual([]);
    expect(records.map((r) => r.cells)).toEqual([
      ["id", "note"],
      ["1", "Commas, inside, quotes"],
      ["2", 'She said "no" twice'],
      ["3", "First line\nsecond line\nthird line"],
      ["4", "plain"],
    ]);
    // Physical lines: the multi-line record starts on line 5 and takes three lines.
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 7]);
  });

  it("gives the same lines for LF, CRLF and lone CR files", () => {
    const lines = ["a;b", '1;"x\ny"', "", "2;z"];
    const expected = [1, 2, 5];
    expect(parseCsv(lf(lines), ";").records.map((r) => r.line)).toEqual(expected);
    expect(parseCsv(crlf(lines), ";").records.map((r) => r.line)).toEqual(expected);
    expect(parseCsv(lines.join("\r"), ";").records.map((r) => r.line)).toEqual(expected);
    // No stray \r ends up in a cell.
    expect(parseCsv(crlf(lines), ";").records[1]!.cells).toEqual(["1", "x\ny"]);
  });

  it("counts an Excel sep= line and skips it", () => {
    const { records, sepLine } = parseCsv("sep=;\r\nid;note\r\n1;hej\r\n", ";");
    expect(sepLine).toBe(true);
    expect(records).toEqual([
      { line: 2, cells: ["id", "note"] },
      { line: 3, cells: ["1", "hej"] },
    ]);
  });

  it("skips blank lines and Excel's trailing empty rows", () => {
    const { records, errors } = parseCsv("a;b\r\n1;2\r\n\r\n;\r\n ; \r\n3;4\r\n;\r\n;\r\n", ";");
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [6, ["3", "4"]],
    ]);
  });

  it("keeps formula-looking cells, leading zeros and decimal commas as text", () => {
    const { records } = parseCsv("a;b;c;d;e;f\n=SUM(A1:A3);+46 70 123 45 67;-5;@user;0700;3,5\n", ";");
    expect(records[1]!.cells).toEqual(["=SUM(A1:A3)", "+46 70 123 45 67", "-5", "@user", "0700", "3,5"]);
  });

  it("keeps emoji, NBSP, zero-width joiners and right-to-left text", () => {
    const cell = "👩‍👩‍👧 a\u00a0b مرحبا “quoted” – é";
    expect(parseCsv(`x\n"${cell}"\n`, ",").records[1]!.cells).toEqual([cell]);
  });

  it("reports an unterminated quote on its line and reads on from the next line", () => {
    const text = lf(["id,note", '1,"fine"', '2,"never closed', "3,next", "4,last"]);
    const { records, errors } = parseCsv(text, ",");
    expect(errors).toEqual([expect.objectContaining({ line: 3, code: "unterminated-quote" })]);
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, "id"],
      [2, "1"],
      [4, "3"],
      [5, "4"],
    ]);
  });

  it("does not let a broken quote swallow the rows up to the next quote", () => {
    const text = lf(["id,note", '1,"broken', '2,"Hello, world"', "3,fine"]);
    const { records, errors } = parseCsv(text, ",");
    expect(errors).toEqual([expect.objectContaining({ line: 2, code: "unterminated-quote" })]);
    expect(records.map((r) => r.cells)).toEqual([
      ["id", "note"],
      ["2", "Hello, world"],
      ["3", "fine"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it("warns about an undoubled quote inside a one-line quoted field and keeps the row", () => {
    const { records, errors, warnings } = parseCsv('id,note\n1,"He said "hi" to me",x\n', ",");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, code: "malformed-quote" })]);
    expect(records[1]!.cells[1]).toBe('He said "hi" to me');
  });

  it("reads in slices with progress and the same result", async () => {
    const lines = ["id;note"];
    for (let i = 0; i < 12_000; i++) lines.push(i % 3 ? `${i};"two\nlines ${i}"` : `${i};one line`);
    const text = crlf(lines);
    const progress: number[] = [];
    const parsed = await parseCsvAsync(text, ";", { onProgress: (p) => progress.push(p.fraction) });
    expect(parsed).toEqual(parseCsv(text, ";"));
    expect(parsed.records).toHaveLength(12_001);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    // Row i starts on line 2 + i + (number of two-line rows before it).
    const twoLineBefore = (i: number) => i - Math.ceil(i / 3);
    expect(parsed.records[11_999]!.line).toBe(2 + 11_998 + twoLineBefore(11_998));
  });

  it("stops on an aborted signal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseCsvAsync("a\n1\n", ",", { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });
});

describe("buildTable and previewTable", () => {
  it("dedupes and fills in header labels", () => {
    expect(dedupeHeader(["Q5", " Q5 ", "", "x", "Q5"])).toEqual(["Q5", "Q5 (2)", "Column 3", "x", "Q5 (3)"]);
  });

  it("reads a file without a header row", () => {
    const { records } = parseCsv("1;a\n2;b\n", ";");
    const table = buildTable(records, { hasHeader: false });
    expect(table.header).toEqual(["Column 1", "Column 2"]);
    expect(table.rows).toHaveLength(2);
    expect(table.headerLine).toBeNull();
  });

  it("skips rows above the header and below it (a Qualtrics export)", () => {
    const text = lf([
      "Survey export",
      "ResponseId,Q1,Q2",
      "Response ID,How was it?,What should we improve?",
      '{"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID2"}',
      "R_1,4,Faster",
    ]);
    const table = buildTable(parseCsv(text, ",").records, { headerRow: 1, skipRows: 2 });
    expect(table.header).toEqual(["ResponseId", "Q1", "Q2"]);
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([{ line: 5, cells: ["R_1", "4", "Faster"] }]);
  });

  it("widens the header when most rows have more columns", () => {
    const table = buildTable(parseCsv("a,b\n1,2,3\n4,5,6\n", ",").records);
    expect(table.header).toEqual(["a", "b", "Column 3"]);
  });

  it("previews the first rows, and a second run with another delimiter corrects it", () => {
    const text =
      "sep=;\r\nRespondent;Roll;Anteckning\r\nS1;Arbetssökande;Väntade, länge\r\nS2;Handläggare;Ok\r\nS3;Arbetsgivare;Bra\r\n";
    const wrong = previewTable(text, { delimiter: ",", maxRows: 2 });
    expect(wrong.header).toEqual(["Respondent;Roll;Anteckning"]);
    const right = previewTable(text, { delimiter: ";", maxRows: 2 });
    expect(right.sepLine).toBe(true);
    expect(right.header).toEqual(["Respondent", "Roll", "Anteckning"]);
    expect(right.headerLine).toBe(2);
    expect(right.rows).toEqual([
      { line: 3, cells: ["S1", "Arbetssökande", "Väntade, länge"] },
      { line: 4, cells: ["S2", "Handläggare", "Ok"] },
    ]);
    expect(right.truncated).toBe(true);
    expect(right.headerGuess).toBe(true);
    expect(previewTable(text, { delimiter: ";", maxRows: 10 }).truncated).toBe(false);
  });

  it("guesses whether the first row is a header", () => {
    expect(previewTable("1;2\n3;4\n", { delimiter: ";" }).headerGuess).toBe(false);
    expect(previewTable("id;date\n1;2024-01-01\n", { delimiter: ";" }).headerGuess).toBe(true);
    expect(previewTable("2024-01-01;note\n", { delimiter: ";" }).headerGuess).toBe(false);
  });
});
