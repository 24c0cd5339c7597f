import { NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { createExcerpt, createSource, sliceCodePoints } from "./evidence";
import type { ExcerptId, SourceId } from "./ids";
import { buildSearchIndex, groupBySource, highlightRanges, parseQuery, search } from "./search";
import type { AnyRecord, ExcerptRecord, SourceRecord } from "./types";

const marked = (text: string, ranges: [number, number][]) =>
  ranges.map(([s, e]) => sliceCodePoints(text, s, e));

describe("search", () => {
  const aland = createSource(
    {
      title: "Åland AMS evaluation",
      respondent: "P01",
      text: "The customer survey on Åland had 367 answers. Försäkringskassan was mentioned 😀 twice: FÖRSÄKRINGSKASSAN.",
    },
    NOW,
  );
  const sweden = createSource(
    {
      title: "Arbetsförmedlingen",
      text: "Åskmoln and skavsår: the first meeting felt rushed. A first, long meeting.",
    },
    NOW,
  );
  const quote = createExcerpt(sweden, { start: 0, end: 18, codeIds: [], coder: "" }, NOW)!;
  const records = toRecords([aland, sweden, quote]);
  const index = buildSearchIndex(records, "en");

  it("ignores case and diacritics, highlighting the original spelling", () => {
    const result = search(index, "forsakringskassan");
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({ kind: "source", id: aland.id });
    expect(marked(result.hits[0]!.text, result.hits[0]!.ranges)).toEqual([
      "Försäkringskassan",
      "FÖRSÄKRINGSKASSAN",
    ]);
    const a = search(index, "aland");
    expect(a.total).toBe(1);
    expect(marked(a.hits[0]!.text, a.hits[0]!.ranges)).toEqual(["Åland"]);
  });

  it("gives ranges in code points, past emoji", () => {
    const [hit] = search(index, "FORSAKRINGSKASSAN").hits;
    const last = hit!.ranges[1]!;
    expect(sliceCodePoints(hit!.text, last[0], last[1])).toBe("FÖRSÄKRINGSKASSAN");
  });

  it("finds sources' texts and excerpts' quotes, grouped by source", () => {
    const result = search(index, "ASKMOLN");
    expect(result.total).toBe(2);
    expect(result.sources).toBe(1);
    expect(result.hits.map((h) => h.kind)).toEqual(["source", "excerpt"]);
    const groups = groupBySource(records, result.hits);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.source?.title).toBe("Arbetsförmedlingen");
  });

  it("matches inside words and requires every word", () => {
    expect(search(index, "kassan").total).toBe(1);
    expect(search(index, "first rushed").total).toBe(1);
    expect(search(index, "first åland").total).toBe(0);
    expect(search(index, "   ").total).toBe(0);
  });

  it("matches a quoted phrase only where its words stand together", () => {
    expect(parseQuery('"first meeting" skavsar')).toEqual({
      words: ["first", "meeting", "skavsar"],
      phrases: [["first", "meeting"]],
    });
    const phrase = search(index, '"first meeting"');
    expect(phrase.total).toBe(1);
    expect(search(index, '"meeting first"').total).toBe(0);
    expect(marked(sweden.text, highlightRanges(sweden.text, '"first meeting"'))).toEqual([
      "first meeting",
      "first",
      "meeting",
    ]);
  });
});

describe("search at 100,000 excerpts", () => {
  it("indexes every excerpt and finds exactly the right ones", () => {
    const words = ["queue", "counsellor", "meeting", "letter", "phone", "booking", "plan", "office"];
    const list: AnyRecord[] = [];
    const sources: SourceRecord[] = [];
    for (let s = 0; s < 200; s++) {
      const source = createSource(
        {
          title: `Survey answer ${s}`,
          respondent: `R${s}`,
          text: `Answer ${s}: ${words[s % 8]} ${"lorem ipsum ".repeat(40)}`,
        },
        NOW,
      );
      sources.push(source);
      list.push(source);
    }
    const special = new Set<number>();
    for (let i = 0; i < 100_000; i++) {
      const source = sources[i % sources.length]!;
      const mentions = i % 997 === 0;
      if (mentions) special.add(i);
      const quote = `${words[i % 8]} number ${i}${mentions ? " Försäkringskassan på Åland" : ""}`;
      const excerpt: ExcerptRecord = {
        ...createExcerpt(source, { start: 0, end: 5, codeIds: [], coder: "" }, NOW)!,
        id: `excerpt:${i}` as ExcerptId,
        sourceId: source.id as SourceId,
        quote,
        start: i,
        end: i + 5,
      };
      list.push(excerpt);
    }
    const records = toRecords(list);
    const index = buildSearchIndex(records);
    expect(index.docs).toHaveLength(100_200);

    const hits = search(index, "forsakringskassan aland", { limit: 1000 });
    expect(hits.total).toBe(special.size);
    expect(new Set(hits.hits.map((h) => h.id))).toEqual(new Set([...special].map((i) => `excerpt:${i}`)));
    for (const hit of hits.hits) expect(marked(hit.text, hit.ranges)).toEqual(["Försäkringskassan", "Åland"]);

    // A common word: every eighth excerpt plus the sources that carry it; only `limit` come back highlighted.
    const queue = search(index, "QUEUE", { limit: 50 });
    expect(queue.total).toBe(100_000 / 8 + 200 / 8);
    expect(queue.hits).toHaveLength(50);
    expect(queue.sources).toBe(25);

    // Exact number: "number 4242" matches excerpts whose number contains 4242.
    const exact = search(index, '"number 42424"');
    expect(exact.hits.map((h) => h.id)).toEqual(["excerpt:42424"]);
  });
});
