import { readFileSync } from "node:fs";
import { join } from "node:path";
import { journeyWith, NOW } from "@test/factories";
import fixtureV1 from "@test/fixtures/workspace-v1.json";
import { describe, expect, it } from "vitest";
import { APP_VERSION } from "./app-version";
import { applyPlan, planImport } from "./import-plan";
import { FORMAT_VERSION } from "./migrations";
import { restore } from "./restore";
import { richWorkspace } from "./rich-workspace.testkit";
import {
  checkFileSize,
  exportFileName,
  MAX_FILE_BYTES,
  type ParseResult,
  parseWorkspaceFile,
  safeFileName,
  serializeWorkspace,
  WORKSPACE_FILE_TYPE,
} from "./workspace-file";

const encode = (text: string) => new TextEncoder().encode(text);
const OPTIONS = { appVersion: "9.9.9", now: NOW };

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}
function failed(result: ParseResult) {
  if (result.ok) throw new Error("expected a failure");
  return result.error;
}

function envelope(records: unknown[], extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    type: WORKSPACE_FILE_TYPE,
    formatVersion: FORMAT_VERSION,
    appVersion: "1",
    exportedAt: NOW,
    records,
    ...extra,
  });
}

function utf16(text: string, order: "le" | "be", bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    bytes.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[at++] = first;
    bytes[at++] = second;
  }
  return bytes;
}

describe("serializeWorkspace", () => {
  it("writes the envelope with every record, sorted by id, in two-space JSON", () => {
    const { records, list } = richWorkspace();
    const text = serializeWorkspace(records, OPTIONS);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({
      type: WORKSPACE_FILE_TYPE,
      formatVersion: FORMAT_VERSION,
      appVersion: "9.9.9",
      exportedAt: NOW,
    });
    expect(Object.keys(parsed)).toEqual(["type", "formatVersion", "appVersion", "exportedAt", "records"]);
    const ids = parsed.records.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(list.length);
    expect(text).toContain('\n  "records": [\n    {\n      "typeName": ');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("is deterministic: record order and key order of the input do not matter", () => {
    const { list } = richWorkspace();
    const shuffled = [...list].reverse().map((r) => Object.fromEntries(Object.entries(r).reverse()));
    expect(serializeWorkspace(shuffled as typeof list, OPTIONS)).toBe(serializeWorkspace(list, OPTIONS));
    const first = JSON.parse(serializeWorkspace(list, OPTIONS)).records[0];
    expect(Object.keys(first).slice(0, 2)).toEqual(["typeName", "id"]);
  });

  it("exports chosen journeys with exactly the records whose journeyId is theirs", () => {
    const a = richWorkspace("A", "a");
    const b = journeyWith(2, "B");
    const text = serializeWorkspace(
      { ...a.records, ...b.records },
      { ...OPTIONS, journeyIds: [b.journey.id] },
    );
    const ids = JSON.parse(text).records.map((r: { id: string }) => r.id);
    expect(ids.sort()).toEqual(Object.keys(b.records).sort());
  });

  it("names the file after the journey, or the workspace and date", () => {
    const { journey, records } = journeyWith(1, 'Möte: "första" / steg?');
    expect(exportFileName(records, [journey.id], NOW)).toBe("Möte första steg.journeymap.json");
    expect(exportFileName(records, undefined, NOW)).toBe("journey-mapper-2026-11-23.journeymap.json");
    expect(safeFileName("..\u0000hidden")).toBe("hidden");
  });
});

describe("parseWorkspaceFile: round trip", () => {
  it("reads back an export: summary first, then import as new into an empty workspace gives the same records", () => {
    const { records, list } = richWorkspace();
    const text = serializeWorkspace(records, OPTIONS);
    const { snapshot, summary } = ok(parseWorkspaceFile(encode(text), {}, { now: NOW }));
    expect(summary).toMatchObject({
      formatVersion: FORMAT_VERSION,
      appVersion: "9.9.9",
      exportedAt: NOW,
      total: list.length,
      counts: { journey: 1, step: 4, edge: 3, painpoint: 2, source: 1, code: 2, excerpt: 1 },
      collisions: 0,
      unchanged: 0,
      problems: [],
    });
    expect(summary.journeys).toEqual([
      expect.objectContaining({ name: "Rich journey", steps: 4, painPoints: 2, exists: false }),
    ]);

    const plan = planImport(snapshot.records, {}, { mode: "new" });
    const after = applyPlan({}, plan);
    expect(Object.keys(after)).toHaveLength(list.length);
    for (const id of Object.keys(after)) expect(records[id]).toBeUndefined();
    // Mapping the new ids back gives the originals exactly.
    const back = new Map([...plan.idMap].map(([from, to]) => [to, from]));
    const remapped = Object.values(after).map((r) =>
      JSON.parse(JSON.stringify(r), (_k, v) => back.get(v) ?? v),
    );
    expect(Object.fromEntries(remapped.map((r) => [r.id, r]))).toEqual(records);
  });

  it("merging a file into the workspace it came from adds nothing", () => {
    const { records, list } = richWorkspace();
    const text = serializeWorkspace(records, OPTIONS);
    const { snapshot, summary } = ok(parseWorkspaceFile(encode(text), records, { now: NOW }));
    expect(summary.unchanged).toBe(list.length);
    expect(summary.collisions).toBe(0);
    expect(summary.journeys[0]!.exists).toBe(true);
    const plan = planImport(snapshot.records, records, { mode: "merge" });
    expect(plan.change.put).toEqual([]);
    expect(plan.unchanged).toBe(list.length);
  });

  it("keeps fields it does not know, so data of a newer minor version survives", () => {
    const { records } = journeyWith(1);
    const data = JSON.parse(serializeWorkspace(records, OPTIONS));
    data.records[0].mood = "sunny";
    data.comment = "added by a newer app";
    const { snapshot } = ok(parseWorkspaceFile(encode(JSON.stringify(data)), {}, { now: NOW }));
    expect(snapshot.records.find((r) => r.id === data.records[0].id)).toMatchObject({ mood: "sunny" });
  });

  it("still loads the released format 1 fixtures: the stored snapshot and the exported file", () => {
    const bare = ok(parseWorkspaceFile(encode(JSON.stringify(fixtureV1)), {}, { now: NOW }));
    expect(bare.summary.problems).toEqual([]);
    expect(bare.summary.counts.step).toBeGreaterThanOrEqual(12);
    const file = readFileSync(join(process.cwd(), "test/fixtures/workspace-file-v1.journeymap.json"));
    const exported = ok(parseWorkspaceFile(file, {}, { now: NOW }));
    expect(exported.summary.problems).toEqual([]);
    expect(exported.summary).toMatchObject({
      formatVersion: 1,
      counts: {
        journey: 1,
        step: 15,
        edge: 17,
        painpoint: 8,
        source: 1,
        code: 2,
        excerpt: 1,
        improvement: 1,
        indicator: 3,
      },
    });
  });

  it("accepts Windows line endings and a UTF-8 byte-order mark", () => {
    const { records } = journeyWith(2);
    const text = serializeWorkspace(records, OPTIONS).replace(/\n/g, "\r\n");
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]);
    expect(ok(parseWorkspaceFile(bytes, {}, { now: NOW })).summary.counts.step).toBe(2);
  });

  it("decodes UTF-16 text, little- and big-endian, with a byte-order mark or without", () => {
    const { records } = journeyWith(2, "Åsa's ärende – steg 🙂");
    const text = serializeWorkspace(records, OPTIONS);
    for (const bytes of [
      utf16(text, "le"),
      utf16(text, "be"),
      utf16(text, "le", false),
      utf16(text, "be", false),
    ]) {
      const { summary } = ok(parseWorkspaceFile(bytes, {}, { now: NOW }));
      expect(summary.journeys[0]!.name).toBe("Åsa's ärende – steg 🙂");
    }
  });

  it("takes an ArrayBuffer and a view into a larger buffer", () => {
    const { records } = journeyWith(1);
    const bytes = encode(serializeWorkspace(records, OPTIONS));
    ok(parseWorkspaceFile(bytes.buffer as ArrayBuffer, {}, { now: NOW }));
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    ok(parseWorkspaceFile(padded.subarray(10, 10 + bytes.length), {}, { now: NOW }));
  });
});

describe("parseWorkspaceFile: bad files", () => {
  it("refuses an empty file, and one with only blank space", () => {
    expect(failed(parseWorkspaceFile(new Uint8Array(0)))).toMatchObject({
      code: "empty",
      message: "The file is empty.",
    });
    expect(failed(parseWorkspaceFile(encode(" \n\t ")))).toMatchObject({ code: "empty" });
  });

  it.each([
    ["PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "png"],
    ["JPEG image", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], "jpeg"],
    ["GIF image", [...encode("GIF89a"), 1, 0], "gif"],
    ["PDF document", [...encode("%PDF-1.7\n")], "pdf"],
    ["ZIP archive", [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], "zip"],
  ])("says a %s renamed .json is one", (what, bytes, format) => {
    const error = failed(parseWorkspaceFile(new Uint8Array(bytes as number[])));
    expect(error).toMatchObject({ code: "binary", format });
    expect(error.message).toContain(what);
    expect(error.message).toContain("not a Journey Mapper workspace file");
  });

  it("refuses other binary data by its NUL bytes", () => {
    const error = failed(
      parseWorkspaceFile(new Uint8Array([0x7b, 0x22, 0x00, 0x01, 0x02, 0x22, 0x7d, 0x7d])),
    );
    expect(error).toMatchObject({ code: "binary", format: "binary" });
    expect(error.message).toMatch(/binary file/);
  });

  it("refuses text that is not valid UTF-8, saying near which byte", () => {
    const error = failed(
      parseWorkspaceFile(new Uint8Array([0x7b, 0x22, 0x61, 0xe5, 0x22, 0x3a, 0x31, 0x7d])),
    );
    expect(error).toMatchObject({ code: "encoding", where: { offset: 3 } });
    expect(error.message).toMatch(/not valid UTF-8 text \(near byte 3\)/);
  });

  it("says what malformed JSON lacks, and where: line and column", () => {
    const text = '{\n  "type": "journey-mapper/workspace",\n  "records": [\n    {"id": "step:1",}\n  ]\n}';
    const error = failed(parseWorkspaceFile(encode(text)));
    expect(error).toMatchObject({ code: "malformed-json", where: { line: 4, column: 21 } });
    expect(error.message).toBe(
      "The file is damaged or not complete: it is not valid JSON at line 4, column 21. A comma must not come before “}”.",
    );
  });

  it("says where a file was cut off", () => {
    const { records } = journeyWith(2);
    const text = serializeWorkspace(records, OPTIONS);
    const error = failed(parseWorkspaceFile(encode(text.slice(0, 300))));
    expect(error.code).toBe("malformed-json");
    expect(error.message).toMatch(/at line \d+, column \d+\./);
    expect(error.message).toMatch(/ends before the data is complete|not closed/);
  });

  it.each([
    ["an unquoted key", "{type: 1}", 1, 2, "Expected a property name in double quotes"],
    ["a single quote", "{'a': 1}", 1, 2, "Expected a property name in double quotes"],
    ["a missing comma", '{"a": 1\n "b": 2}', 2, 2, "Expected “,” or “}” after a value"],
    ["a raw line break in text", '{"a": "x\ny"}', 1, 9, "A line break or control character"],
    ["trailing data", '{"a": 1} {', 1, 10, "after the end of the data"],
    ["a bad literal", '{"a": tru}', 1, 7, "Unexpected “t”"],
  ])("locates %s", (_name, text, line, column, message) => {
    const error = failed(parseWorkspaceFile(encode(text)));
    expect(error).toMatchObject({ code: "malformed-json", where: { line, column } });
    expect(error.message).toContain(message);
  });

  it("says when text is not JSON at all: XML or SVG, CSV", () => {
    const svg = failed(parseWorkspaceFile(encode('<?xml version="1.0"?><svg></svg>')));
    expect(svg).toMatchObject({ code: "not-json" });
    expect(svg.message).toMatch(/XML, HTML or SVG/);
    const csv = failed(parseWorkspaceFile(encode("Title;Severity\nQueue;4\n")));
    expect(csv.message).toBe(
      "This is a text file, but not JSON: it starts with “Title;Severity”. A workspace file starts with “{”.",
    );
  });

  it("refuses JSON of another shape and says what it is instead", () => {
    const cases: [unknown, RegExp][] = [
      [{ name: "x", version: "1", dependencies: {} }, /looks like a package\.json/],
      [{ type: "excalidraw", elements: [] }, /looks like an Excalidraw drawing/],
      [{ type: "FeatureCollection", features: [] }, /GeoJSON/],
      [[1, 2, 3], /a list of 3 items/],
      ["text", /a single string value/],
      [
        { hello: "world", n: 1 },
        /has no "type": "journey-mapper\/workspace"\. Its top-level fields are “hello”, “n”/,
      ],
      [{ records: [] }, /has no "type"/],
    ];
    for (const [value, message] of cases) {
      const error = failed(parseWorkspaceFile(encode(JSON.stringify(value))));
      expect(error.code).toBe("not-workspace");
      expect(error.message).toMatch(/^This is a JSON file, but not a Journey Mapper workspace/);
      expect(error.message).toMatch(message);
    }
  });

  it("refuses an envelope without a usable version or records list", () => {
    for (const formatVersion of [undefined, 0, "1", 1.5]) {
      const text = JSON.stringify({ type: WORKSPACE_FILE_TYPE, formatVersion, records: [] });
      expect(failed(parseWorkspaceFile(encode(text))).code).toBe("bad-version");
    }
    const noRecords = JSON.stringify({ type: WORKSPACE_FILE_TYPE, formatVersion: 1, records: { a: 1 } });
    expect(failed(parseWorkspaceFile(encode(noRecords)))).toMatchObject({
      code: "wrong-shape",
      message:
        'This Journey Mapper workspace file is damaged: its "records" should be a list but is an object.',
    });
  });

  it("says when the file holds nothing, or nothing readable", () => {
    expect(failed(parseWorkspaceFile(encode(envelope([])))).code).toBe("nothing-to-import");
    const error = failed(parseWorkspaceFile(encode(envelope([null, 1, { typeName: "spaceship" }]))));
    expect(error.code).toBe("unreadable");
    expect(error.message).toMatch(/None of the 3 records in the file could be read/);
  });

  it("refuses a file from a newer format version, whatever its shape", () => {
    const newer = encode(envelope([], { formatVersion: FORMAT_VERSION + 1 }));
    const error = failed(parseWorkspaceFile(newer));
    expect(error.code).toBe("newer-version");
    expect(error.message).toMatch(/newer version of Journey Mapper/);
    const reshaped = JSON.stringify({ type: WORKSPACE_FILE_TYPE, formatVersion: 99, journeys: {} });
    expect(failed(parseWorkspaceFile(encode(reshaped))).code).toBe("newer-version");
  });

  it("refuses nesting 300 levels deep before JSON.parse sees it, and counts no brackets inside text", () => {
    const deep = `${"[".repeat(300)}${"]".repeat(300)}`;
    const error = failed(parseWorkspaceFile(encode(envelope([], { extra: "@@" }).replace('"@@"', deep))));
    expect(error).toMatchObject({ code: "too-deep", where: { line: 1 } });
    expect(error.message).toMatch(/nested more than 200 levels deep/);
    // A million levels: still an answer, not a stack overflow.
    expect(failed(parseWorkspaceFile(encode("[".repeat(1_000_000)))).code).toBe("too-deep");
    const { records } = journeyWith(1);
    const data = JSON.parse(serializeWorkspace(records, OPTIONS));
    data.records[0].description = "[".repeat(1000);
    ok(parseWorkspaceFile(encode(JSON.stringify(data)), {}, { now: NOW }));
  });

  it("drops __proto__, constructor and prototype keys, and pollutes no prototype", () => {
    const { records, journey } = journeyWith(1);
    const text = serializeWorkspace(records, OPTIONS)
      .replace(
        '"type": "journey-mapper/workspace",',
        '"type": "journey-mapper/workspace", "__proto__": {"polluted": "envelope"},',
      )
      .replace(
        `"id": "${journey.id}",`,
        `"id": "${journey.id}", "__proto__": {"polluted": "record"}, "constructor": {"prototype": {"polluted": "ctor"}}, "prototype": {"polluted": 1},`,
      );
    expect(text).toContain('"__proto__": {"polluted": "record"}');
    const { snapshot, summary } = ok(parseWorkspaceFile(encode(text), {}, { now: NOW }));
    // Both keys of the nested constructor.prototype count.
    expect(summary.droppedKeys).toBe(5);
    const restored = snapshot.records.find((r) => r.id === journey.id)!;
    expect(Object.hasOwn(restored, "__proto__")).toBe(false);
    expect(Object.hasOwn(restored, "constructor")).toBe(false);
    expect(Object.hasOwn(restored, "prototype")).toBe(false);
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
    // Spreading and merging the result reaches no prototype either.
    const plan = planImport(snapshot.records, {}, { mode: "new" });
    applyPlan({}, plan);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    // Escaped spellings are the same keys.
    const escaped = envelope([]).replace("{", '{"\\u005f_proto__": {"polluted": 2},');
    expect(failed(parseWorkspaceFile(encode(escaped))).code).toBe("nothing-to-import");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses files of 50 MB and more before reading them", () => {
    expect(checkFileSize(MAX_FILE_BYTES - 1)).toBeUndefined();
    const error = checkFileSize(63_200_000);
    expect(error).toMatchObject({ code: "too-large", params: { size: "63 MB", limit: "50 MB" } });
    expect(error!.message).toBe(
      "This file is 63 MB. Journey Mapper opens workspace files smaller than 50 MB.",
    );
    // The byte length is checked too, before anything else looks at the bytes.
    const started = performance.now();
    const big = new Uint8Array(MAX_FILE_BYTES);
    expect(failed(parseWorkspaceFile(big)).code).toBe("too-large");
    expect(performance.now() - started).toBeLessThan(2000);
    // And a smaller limit for tests, with a fake size.
    expect(failed(parseWorkspaceFile(encode("{}"), {}, { maxBytes: 2 })).message).toMatch(
      /^This file is 0\.0 MB/,
    );
  });

  it("never throws, whatever the bytes", () => {
    const { records } = richWorkspace();
    const valid = encode(serializeWorkspace(records, OPTIONS));
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round++) {
      const bytes = valid.slice(0, Math.floor(random() * valid.length) + 1);
      for (let k = 0; k < 5; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const result = parseWorkspaceFile(bytes, records, { now: NOW });
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe("app version", () => {
  it("matches package.json", () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8"));
    expect(APP_VERSION).toBe(pkg.version);
  });
});

describe("restore of imported records", () => {
  it("repairs a file's bad record and reports it in the summary, by journey", () => {
    const { journey, steps } = journeyWith(1, "Broken");
    const text = envelope([journey, { ...steps[0]!, x: "left" }]);
    const { summary } = ok(parseWorkspaceFile(encode(text), {}, { now: NOW }));
    expect(summary.problems).toEqual([
      expect.objectContaining({ action: "repaired", journeyName: "Broken", recordId: steps[0]!.id }),
    ]);
    expect(restore({ formatVersion: 1, records: [journey, steps[0]] }, NOW).problems).toEqual([]);
  });
});
