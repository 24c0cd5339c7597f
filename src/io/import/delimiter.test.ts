// @vitest-environment node
import { describe, expect, it } from "vitest";
import { detectDelimiter, readSepLine, sampleFieldCounts, stripSepLine } from "./delimiter";

describe("detectDelimiter", () => {
  it("honours an Excel sep= first line", () => {
    expect(detectDelimiter("sep=;\r\na,b;c\r\n1,5;2\r\n")).toEqual({ delimiter: ";", sepLine: true });
    expect(detectDelimiter('"sep=,"\na;b,c\n')).toEqual({ delimiter: ",", sepLine: true });
    expect(detectDelimiter("SEP=\t\na\tb\n")).toEqual({ delimiter: "\t", sepLine: true });
    expect(stripSepLine("sep=;\r\na;b\r\n")).toEqual({ text: "a;b\r\n", sepLine: true });
    expect(readSepLine("separate;x\n")).toBeUndefined();
  });

  it("picks ; for Nordic Excel files even when the open text is full of commas", () => {
    const text = [
      "Respondent;Roll;Anteckning",
      "S1;Arbetssökande;Jag väntade, och väntade, och väntade.",
      "S2;Handläggare;Vi hinner inte, tyvärr, förbereda oss.",
      "S3;Arbetsgivare;Betyg 3,5 av 5, ungefär.",
    ].join("\r\n");
    expect(detectDelimiter(text)).toEqual({ delimiter: ";", sepLine: false });
  });

  it("picks tab for tab-separated text", () => {
    expect(detectDelimiter("id\trole\tnote\n1\tJob seeker\tWaited; long, very long.\n").delimiter).toBe("\t");
  });

  it("picks , when the semicolons are inside quotes", () => {
    const text = 'id,note\n1,"first; second; third"\n2,"a; b"\n3,plain\n';
    expect(detectDelimiter(text).delimiter).toBe(",");
  });

  it("does not count delimiters inside multi-line quoted fields", () => {
    const text =
      'id;note;date\n1;"line one, with commas,\nline two, more, commas";2024-01-01\n2;short;2024-01-02\n';
    expect(sampleFieldCounts(text, ";")).toEqual([3, 3, 3]);
    expect(detectDelimiter(text).delimiter).toBe(";");
  });

  it("prefers consistent column counts over more fields", () => {
    // Commas give the header 2 fields but the rows 3, 4, 2; semicolons give 3 everywhere.
    const text = "id;score;comment, short\n1;3,5;ok, fine\n2;4,0;good, really, good\n3;2;bad\n";
    expect(detectDelimiter(text).delimiter).toBe(";");
  });

  it("falls back to , for a single column", () => {
    expect(detectDelimiter("note\nhello\nworld\n")).toEqual({ delimiter: ",", sepLine: false });
  });

  it("ignores a BOM and blank lines", () => {
    expect(detectDelimiter("\uFEFFa;b;c\n\n1;2;3\n\n").delimiter).toBe(";");
  });
});
