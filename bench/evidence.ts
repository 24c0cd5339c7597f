// The evidence benchmark's page (scripts/bench/evidence.mjs): the baseline of the import, raw
// papaparse plus a raw Dexie bulkAdd of the same rows, and the app's own search code run over a
// generated corpus next to a plain scan of the same texts.
import Dexie from "dexie";
import Papa from "papaparse";
import { foldText } from "@/model/evidence";
import type { ExcerptId, SourceId } from "@/model/ids";
import { buildSearchIndex, groupBySource, search } from "@/model/search";
import type { ExcerptRecord, Records, SourceRecord } from "@/model/types";
import { SURVEY_PHRASES } from "./survey.mjs";

/** The longest main-thread task since the page loaded, from the Long Tasks API. */
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: "longtask", buffered: true });

/** Reads the chosen file, parses it whole with papaparse, and bulkAdds the parsed rows. */
async function baselineImport(): Promise<{ ms: number; rows: number; longestTaskMs: number }> {
  const input = document.querySelector("input")!;
  const file = input.files![0]!;
  longTasks.length = 0;
  const started = performance.now();
  const text = await file.text();
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const db = new Dexie(`baseline-${Date.now()}`);
  db.version(1).stores({ rows: "++id" });
  // The rows as papaparse returns them, every column: the "the same rows".
  await db.table("rows").bulkAdd(parsed.data);
  const ms = performance.now() - started;
  const rows = await db.table("rows").count();
  db.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { ms, rows, longestTaskMs: Math.max(0, ...longTasks) };
}

/** n excerpts over n / 100 sources, quoting the survey's phrases; deterministic. */
function corpus(n: number): Records {
  const records: Record<string, SourceRecord | ExcerptRecord> = {};
  const at = "2026-01-01T00:00:00.000Z";
  let next = 1;
  const pick = () => {
    next = (Math.imul(next, 1664525) + 1013904223) >>> 0;
    return next >>> 16;
  };
  for (let s = 0; s < n / 100; s++) {
    const sourceId = `source:bench-${s}` as SourceId;
    const quotes = Array.from(
      { length: 100 },
      (_, i) => `${SURVEY_PHRASES[pick() % SURVEY_PHRASES.length]} (svar ${s}-${i})`,
    );
    const text = quotes.join(". ");
    records[sourceId] = {
      typeName: "source",
      id: sourceId,
      kind: "survey",
      title: `Survey answers ${s}`,
      respondent: `R${s}`,
      respondentRole: "job-seeker",
      date: "",
      interviewer: "",
      tags: [],
      attributes: {},
      text,
      createdAt: at,
      updatedAt: at,
    };
    let start = 0;
    quotes.forEach((quote, i) => {
      const id = `excerpt:bench-${s}-${i}` as ExcerptId;
      records[id] = {
        typeName: "excerpt",
        id,
        sourceId,
        start,
        end: start + quote.length,
        quote,
        before: "",
        after: "",
        codeIds: [],
        coder: "",
        stepIds: [],
        edgeIds: [],
        painPointIds: [],
        note: "",
        createdAt: at,
        updatedAt: at,
      };
      start += quote.length + 2;
    });
  }
  return records;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Builds the app's search index over n excerpts, then times each query the way the Search tab
 * runs it (search with its page limit, then grouping by source), against a plain scan that
 * folds the query and tests every text with includes().
 */
function searchBench(n: number, queries: string[], repeats: number) {
  const records = corpus(n);
  const builtAt = performance.now();
  const index = buildSearchIndex(records, "sv");
  const buildMs = performance.now() - builtAt;
  const results = queries.map((query) => {
    const app: number[] = [];
    const scan: number[] = [];
    let hits = 0;
    let scanHits = 0;
    for (let r = 0; r < repeats; r++) {
      let t = performance.now();
      const result = search(index, query, { limit: 100 });
      groupBySource(records, result.hits);
      app.push(performance.now() - t);
      hits = result.total;
      t = performance.now();
      const folded = foldText(query.replaceAll('"', ""));
      scanHits = index.docs.filter((doc) => doc.folded.includes(folded)).length;
      scan.push(performance.now() - t);
    }
    return { query, hits, scanHits, appMs: median(app), appMaxMs: Math.max(...app), scanMs: median(scan) };
  });
  return { excerpts: n, docs: index.docs.length, buildMs, results };
}

Object.assign(window, { baselineImport, searchBench });
document.title = "ready";
