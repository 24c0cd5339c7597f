import Papa from "papaparse";
import { expect } from "vitest";
import { BOM } from "./csv-writer";

/** An exported table read back as rows of cells, after checking that it starts with a BOM. */
export function parseExport(text: string, delimiter: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
}
