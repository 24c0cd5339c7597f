// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { AnyRecord, Records } from "@/model/types";
import { type CsvDelimiter, neutralise } from "./csv-writer";
import { buildTable, parseCsv } from "./import/csv";
import { detectDelimiter } from "./import/delimiter";
import { decodeAuto } from "./import/encoding";
import { importBytes } from "./import/pipeline";
import { richWorkspace } from "./rich-workspace.testkit";
import { EXCERPT_COLUMNS, excerptsCsv, PAIN_POINT_COLUMNS, painPointsCsv } from "./tables-csv";

/**
 * The tables go out through the CSV writer and come back in through the app's own importer
 * (encoding and delimiter detected, as for a file someone picks), and every cell reads back as
 * written. Two documented differences: a cell that a spreadsheet would run as a formula keeps
 * the apostrophe the writer put in front (the importer never changes cell text), and a
 * CRLF or lone CR inside a cell comes back as LF (the importer's one line break).
 */

const HOSTILE = [
  'She said "wait"; then, she left',
  "Two\nlines",
  "Windows\r\nline break",
  "Old Mac\rline break",
  '=HYPERLINK("http://example.com","click")',
  "+46 70 123 45 67",
  "-2 points",
  "@SUM(A1:A9)",
  "\tindented by a tab",
  "\rstarts with CR",
  "  leading and trailing spaces  ",
  "Ö, Å och Ä – “citat” ‘inom’ citat, €, ½",
  '"',
  ";",
  ",",
  "ends with a line break\n",
  "sep=;",
];

/** What the importer gives back for a text the writer wrote. */
const readBack = (text: string) => neutralise(text).replace(/\r\n?/g, "\n");

function hostileWorkspace(): Records {
  const { records, excerpt, source, cloud } = richWorkspace();
  const list: Record<string, AnyRecord> = { ...records };
  HOSTILE.forEach((text, i) => {
    const sourceId = `source:h${i}` as typeof source.id;
    list[sourceId] = { ...source, id: sourceId, title: text, respondent: text, text };
    const excerptId = `excerpt:h${i}` as typeof excerpt.id;
    list[excerptId] = { ...excerpt, id: excerptId, sourceId, quote: text, coder: text, note: text };
    const painId = `pain:h${i}` as typeof cloud.id;
    list[painId] = { ...cloud, id: painId, title: text, description: text, owner: text, note: text };
  });
  return list;
}

/** The file's bytes as a browser download holds them, read back by the importer core. */
function importTable(csv: string) {
  const bytes = new TextEncoder().encode(csv);
  const decoded = decodeAuto(bytes);
  const { delimiter } = detectDelimiter(decoded.text);
  const parsed = parseCsv(decoded.text, delimiter);
  return { bytes, decoded, delimiter, parsed, table: buildTable(parsed.records) };
}

describe.each<CsvDelimiter>([";", ","])("a round trip through the importer with %j", (delimiter) => {
  const records = hostileWorkspace();

  it("reads every excerpt cell back as written", () => {
    const { decoded, delimiter: detected, parsed, table } = importTable(excerptsCsv(records, { delimiter }));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.bom).toBe(true);
    expect(detected).toBe(delimiter);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(table.header).toEqual([...EXCERPT_COLUMNS]);
    const column = (name: (typeof EXCERPT_COLUMNS)[number]) => EXCERPT_COLUMNS.indexOf(name);
    const back = new Map(table.rows.map((row) => [row.cells[column("Excerpt ID")], row.cells]));
    HOSTILE.forEach((text, i) => {
      const cells = back.get(`excerpt:h${i}`);
      expect(cells, `the excerpt ${JSON.stringify(text)}`).toBeDefined();
      for (const name of ["Quote", "Source", "Respondent", "Coder", "Note"] as const) {
        expect(cells![column(name)], `${name} of ${JSON.stringify(text)}`).toBe(readBack(text));
      }
      expect(cells).toHaveLength(EXCERPT_COLUMNS.length);
    });
  });

  it("reads every pain-point cell back as written", () => {
    const { parsed, table } = importTable(painPointsCsv(records, { delimiter }));
    expect(parsed.errors).toEqual([]);
    expect(table.header).toEqual([...PAIN_POINT_COLUMNS]);
    const column = (name: (typeof PAIN_POINT_COLUMNS)[number]) => PAIN_POINT_COLUMNS.indexOf(name);
    const back = new Map(table.rows.map((row) => [row.cells[column("Pain point ID")], row.cells]));
    HOSTILE.forEach((text, i) => {
      const cells = back.get(`pain:h${i}`)!;
      for (const name of ["Pain point", "Description", "Owner", "Note"] as const) {
        expect(cells[column(name)], `${name} of ${JSON.stringify(text)}`).toBe(readBack(text));
      }
    });
  });

  it("imports exported excerpts as sources with the same text", () => {
    const csv = excerptsCsv(records, { delimiter });
    const column = (name: (typeof EXCERPT_COLUMNS)[number]) => EXCERPT_COLUMNS.indexOf(name);
    const outcome = importBytes(new TextEncoder().encode(csv), {
      format: "table",
      mapping: {
        mode: "interview",
        text: column("Quote"),
        respondent: column("Respondent"),
        role: column("Respondent role"),
        date: column("Date"),
        title: column("Source"),
        attributes: [],
        openText: [],
      },
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.delimiter).toBe(delimiter);
    const texts = outcome.sources.map((s) => s.text);
    // The source importer trims a note's text, as it does for every file.
    for (const text of HOSTILE) expect(texts).toContain(readBack(text).trim());
    expect(outcome.sources.every((s) => s.date === "2026-10-01")).toBe(true);
  });
});
