// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFixture, utf8, utf16le, windows1252 } from "./bytes.testkit";
import { previewTable } from "./csv";
import { detectDelimiter } from "./delimiter";
import { decodeAuto } from "./encoding";
import { guessMapping } from "./mapping";
import { importBytes, importBytesAsync, type TableImportRequest } from "./pipeline";
import type { ColumnMapping } from "./types";

/** respondent, role, note: the shape most of these files share. */
const NOTES: ColumnMapping = {
  mode: "interview",
  text: 2,
  respondent: 0,
  role: 1,
  date: null,
  title: null,
  attributes: [],
  openText: [],
};

const request = (mapping = NOTES, extra: Partial<TableImportRequest> = {}): TableImportRequest => ({
  format: "table",
  mapping,
  ...extra,
});

const SWEDISH_ROWS = [
  ["Respondent", "Roll", "Anteckning"],
  ["S1", "Arbetssökande", "Jag fick vänta i två timmar – ingen sa varför."],
  ["S2", "Arbetsförmedlare", "Besökstopparna på måndagar; det blir stressigt."],
  ["S3", "Arbetsgivare", "Ö, Å och Ä: “bra” bemötande."],
];
const EXPECTED_TEXTS = SWEDISH_ROWS.slice(1).map((r) => r[2]);

function semicolonCsv(rows: string[][], eol = "\r\n"): string {
  return (
    rows
      .map((r) => r.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";"))
      .join(eol) + eol
  );
}

describe("importBytes: every file class of the fixtures README", () => {
  it("UTF-8 without BOM, comma, LF", () => {
    const text = 'respondent,role,note\nP1,Job seeker,"Waited, and waited."\nP2,Employer,Fine.\n';
    const out = importBytes(utf8(text), request());
    expect(out).toMatchObject({ encoding: "utf-8", delimiter: ",", sepLine: false, rows: 2 });
    expect(out.errors).toEqual([]);
    expect(out.sources.map((s) => s.text)).toEqual(["Waited, and waited.", "Fine."]);
  });

  it("UTF-8 with BOM, semicolon, CRLF (Excel's CSV UTF-8): the first header is clean", () => {
    const out = importBytes(utf8(semicolonCsv(SWEDISH_ROWS), { bom: true }), request());
    expect(out.detected).toMatchObject({ encoding: "utf-8", bom: true });
    expect(out.header).toEqual(["Respondent", "Roll", "Anteckning"]);
    expect(out.sources.map((s) => s.text)).toEqual(EXPECTED_TEXTS);
    expect(out.sources.map((s) => s.respondentRole)).toEqual(["job-seeker", "counsellor", "employer"]);
  });

  it("Windows-1252, semicolon (Excel's CSV in a Nordic locale): å ä ö – “ ” intact", () => {
    const out = importBytes(windows1252(semicolonCsv(SWEDISH_ROWS)), request());
    expect(out.encoding).toBe("windows-1252");
    expect(out.delimiter).toBe(";");
    expect(out.sources.map((s) => s.text)).toEqual(EXPECTED_TEXTS);
    expect(out.sources[0]!.respondentRole).toBe("job-seeker");
  });

  it("UTF-16 LE with BOM, tab-separated (Excel's Unicode text)", () => {
    const text = `${SWEDISH_ROWS.map((r) => r.join("\t")).join("\r\n")}\r\n`;
    const out = importBytes(utf16le(text), request());
    expect(out).toMatchObject({ encoding: "utf-16le", delimiter: "\t" });
    expect(out.sources.map((s) => s.text)).toEqual(EXPECTED_TEXTS);
  });

  it("an Excel sep= line: honoured, skipped, and counted in line numbers", () => {
    const text = `sep=;\r\n${semicolonCsv([...SWEDISH_ROWS, ["S4", "Arbetsgivare"], ["S5", "Handläggare", "Ok"]])}`;
    const out = importBytes(windows1252(text), request(NOTES, { map: { raggedTolerance: 0 } }));
    expect(out.sepLine).toBe(true);
    expect(out.header).toEqual(["Respondent", "Roll", "Anteckning"]);
    expect(out.sources.map((s) => s.respondent)).toEqual(["S1", "S2", "S3", "S5"]);
    // sep= is line 1, the header line 2, S1 line 3 … S4 line 6.
    expect(out.errors).toEqual([expect.objectContaining({ line: 6, code: "too-few-fields" })]);
  });

  it("tab-separated UTF-8", () => {
    const out = importBytes(
      utf8("id\trole\tnote\nP1\tCounsellor\tWe re-type data; twice, daily.\n"),
      request(),
    );
    expect(out.delimiter).toBe("\t");
    expect(out.sources[0]).toMatchObject({
      respondentRole: "counsellor",
      text: "We re-type data; twice, daily.",
    });
  });

  it("quoted fields with delimiters, doubled quotes and CRLF/LF line breaks; ragged rows by file line", () => {
    const text = [
      "id;role;note", // 1
      'P1;Job seeker;"Semi; colon and ""quotes"""', // 2
      'P2;Employer;"Line one\r\nline two\nline three"', // 3-5
      "P3;Employer;fine;extra", // 6: too many
      "P4", // 7: too few
      "", // 8
      "P5;Counsellor;last", // 9
      ";;", // 10: Excel's trailing empty row
      "", // 11
    ].join("\r\n");
    const out = importBytes(utf8(text), request());
    expect(out.sources.map((s) => [s.respondent, s.text])).toEqual([
      ["P1", 'Semi; colon and "quotes"'],
      ["P2", "Line one\nline two\nline three"],
      ["P5", "last"],
    ]);
    expect(out.errors.map((e) => [e.line, e.code])).toEqual([
      [6, "too-many-fields"],
      [7, "too-few-fields"],
    ]);
  });

  it("an unterminated quote is an error on its line; the rows after it import", () => {
    const text = 'id,role,note\nP1,Employer,"ok"\nP2,Employer,"never closed\nP3,Employer,after\n';
    const out = importBytes(utf8(text), request());
    expect(out.errors).toEqual([expect.objectContaining({ line: 3, code: "unterminated-quote" })]);
    expect(out.sources.map((s) => s.respondent)).toEqual(["P1", "P3"]);
  });

  it("a formula-looking cell stays text", () => {
    const out = importBytes(
      utf8('id,role,note\nP1,Employer,"=HYPERLINK(""http://x"")"\nP2,Employer,+1 say hi\n'),
      request(),
    );
    expect(out.sources.map((s) => s.text)).toEqual(['=HYPERLINK("http://x")', "+1 say hi"]);
  });

  it("a forced encoding and delimiter are used as given", () => {
    const bytes = windows1252(semicolonCsv(SWEDISH_ROWS));
    const out = importBytes(bytes, request(NOTES, { encoding: "windows-1252", delimiter: ";" }));
    expect(out.detected).toBeNull();
    expect(out.sources[0]!.text).toBe(EXPECTED_TEXTS[0]);
  });

  it("imports a .txt file as one source", () => {
    const out = importBytes(utf16le("Anteckningar\r\nÅsa berättade om kön.\r\n"), {
      format: "text",
      fileName: "P07 möte.txt",
    });
    expect(out.encoding).toBe("utf-16le");
    expect(out.sources).toEqual([
      expect.objectContaining({
        title: "P07 möte",
        kind: "interview",
        text: "Anteckningar\nÅsa berättade om kön.\n",
      }),
    ]);
  });

  // Within the default test timeout (5 s); about 0.5 s in node on an idle machine.
  it("parses a generated 100,000-row CSV quickly", () => {
    const filler = 'Väntade, och "väntade"; länge. '.replace(/"/g, '""');
    const lines = ["Respondent;Roll;Datum;Anteckning;Åldersgrupp"];
    for (let i = 1; i <= 100_000; i++) {
      // Every tenth note spans two lines.
      const note = i % 10 === 0 ? `"${filler}\r\nrad två ${i}"` : `"${filler}${i}"`;
      lines.push(
        `R${i};${i % 2 ? "Arbetssökande" : "Handläggare"};${(i % 28) + 1}.3.2024;${note};${20 + (i % 5) * 10}`,
      );
    }
    lines.push("R-broken;Arbetsgivare");
    const bytes = utf8(`${lines.join("\r\n")}\r\n`);
    const out = importBytes(bytes, {
      format: "table",
      mapping: {
        mode: "interview",
        text: 3,
        respondent: 0,
        role: 1,
        date: 2,
        title: null,
        attributes: [4],
        openText: [],
      },
      map: { raggedTolerance: 0 },
    });
    expect(out.sources).toHaveLength(100_000);
    expect(out.sources[99_999]).toMatchObject({
      respondent: "R100000",
      respondentRole: "counsellor",
      date: "2024-03-13",
      attributes: { Åldersgrupp: "20" },
    });
    expect(out.sources[9]!.text.endsWith("\nrad två 10")).toBe(true);
    // 100,000 rows + the header + 10,000 extra lines from the two-line notes: the broken row is on line 110,002.
    expect(out.errors).toEqual([expect.objectContaining({ line: 110_002, code: "too-few-fields" })]);
  });

  it("importBytesAsync reports progress up to 1 and gives the same result", async () => {
    const lines = ["id;role;note"];
    for (let i = 0; i < 20_000; i++) lines.push(`P${i};Employer;note ${i}`);
    const bytes = utf8(lines.join("\n"));
    const fractions: number[] = [];
    const out = await importBytesAsync(bytes, request(), { onProgress: (p) => fractions.push(p.fraction) });
    expect(out).toEqual(importBytes(bytes, request()));
    expect(fractions.length).toBeGreaterThan(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe("the shared fixtures", () => {
  function open(name: string) {
    const bytes = readFixture(name);
    const decoded = decodeAuto(bytes);
    const { delimiter } = detectDelimiter(decoded.text);
    const preview = previewTable(decoded.text, { delimiter, maxRows: 100 });
    return { bytes, decoded, delimiter, preview, mapping: guessMapping(preview.header, preview.rows) };
  }

  it("interviews-en.csv: comma, UTF-8, one note over two lines", () => {
    const { bytes, decoded, delimiter, preview, mapping } = open("interviews-en.csv");
    expect(decoded).toMatchObject({ encoding: "utf-8", bom: false });
    expect(delimiter).toBe(",");
    expect(preview.header).toEqual(["respondent", "role", "date", "note"]);
    expect(mapping).toMatchObject({ mode: "interview", respondent: 0, role: 1, date: 2, text: 3 });
    const out = importBytes(bytes, { format: "table", fileName: "interviews-en.csv", mapping });
    expect(out.errors).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(out.sources).toHaveLength(8);
    expect(out.sources.map((s) => s.respondentRole)).toEqual([
      "job-seeker",
      "job-seeker",
      "counsellor",
      "counsellor",
      "employer",
      "partner",
      "job-seeker",
      "counsellor",
    ]);
    expect(out.sources[0]).toMatchObject({
      respondent: "P01",
      date: "2024-03-04",
      title: "interviews-en — P01",
    });
    expect(out.sources[5]!.text).toContain('"nobody owns them"');
    expect(out.sources[6]!.text).toBe("The phone queue was 45 minutes.\nThen the call dropped.");
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it("intervjuer-sv.csv: semicolon, UTF-8 with BOM, CRLF", () => {
    const { bytes, decoded, delimiter, preview, mapping } = open("intervjuer-sv.csv");
    expect(decoded).toMatchObject({ encoding: "utf-8", bom: true });
    expect(delimiter).toBe(";");
    expect(preview.header).toEqual(["Respondent", "Roll", "Anteckning"]);
    expect(mapping).toMatchObject({ mode: "interview", respondent: 0, role: 1, text: 2 });
    const out = importBytes(bytes, { format: "table", fileName: "intervjuer-sv.csv", mapping });
    expect(out.errors).toEqual([]);
    expect(out.sources.map((s) => [s.respondent, s.respondentRole])).toEqual([
      ["S1", "job-seeker"],
      ["S2", "counsellor"],
      ["S3", "job-seeker"],
      ["S4", "employer"],
    ]);
    expect(out.sources[0]!.text).toBe(
      "Jag fick vänta i två timmar i Direktservice innan någon kunde ta emot mig.",
    );
    expect(out.sources[1]!.text).toContain("förbereda oss; det blir");
    expect(out.sources[2]!.text).toContain("– det skapade");
    for (const s of out.sources) expect(s.text).not.toMatch(/[\uFFFD\r]/);
  });

  it("survey-sample.csv: sixty answers, two 1–5 ratings and one open-text column", () => {
    const { bytes, delimiter, preview, mapping } = open("survey-sample.csv");
    expect(delimiter).toBe(",");
    expect(preview.header).toEqual([
      "response_id",
      "customer_group",
      "satisfaction_treatment_1_5",
      "satisfaction_speed_1_5",
      "what_should_we_improve",
    ]);
    expect(preview.rows).toHaveLength(60);
    expect(mapping).toMatchObject({
      mode: "survey",
      respondent: 0,
      role: 1,
      attributes: [2, 3],
      openText: [4],
    });
    const out = importBytes(bytes, { format: "table", fileName: "survey-sample.csv", mapping });
    expect(out.errors).toEqual([]);
    expect(out.rows).toBe(60);
    expect(out.emptyAnswers).toBe(10);
    expect(out.sources).toHaveLength(50);
    expect(out.sources.every((s) => s.kind === "survey")).toBe(true);
    expect(out.sources[0]).toMatchObject({
      title: "what_should_we_improve — 1",
      respondent: "1",
      respondentRole: "other",
      attributes: { satisfaction_treatment_1_5: "2", satisfaction_speed_1_5: "4", customer_group: "Student" },
      text: "Faster replies to e-mail.",
    });
    expect(out.sources.find((s) => s.respondent === "6")!.text).toBe("Courses in English, please.");
  });
});
