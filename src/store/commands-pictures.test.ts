import { journeyWith, NOW, toRecords } from "@test/factories";
import { beforeEach, describe, expect, it } from "vitest";
import { readPictureEmbed } from "@/io/picture-embed";
import { tinyPng } from "@/io/png.testkit";
import { readPngChunks } from "@/io/png-chunks";
import { parseWorkspaceFile } from "@/io/workspace-file";
import { commands, runCommand } from "./commands";
import { commit } from "./document";
import { resetStore, useStore } from "./store";

function openSample(title = "Dropped picture") {
  const source = journeyWith(3, title);
  commit({ put: Object.values(source.records) });
  useStore.setState({ route: { view: "journey", journeyId: source.journey.id } });
  return source;
}

function workspaceIn(bytes: Uint8Array) {
  const found = readPictureEmbed(bytes);
  if (!found.ok) throw new Error(found.error.message);
  const parsed = parseWorkspaceFile(new TextEncoder().encode(found.text), {}, { now: NOW });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return toRecords(parsed.snapshot.records);
}

beforeEach(() => {
  resetStore();
  useStore.setState({ loaded: true });
});

describe("picture commands", () => {
  it("picture.svg saves the open journey's map with the journey inside, and says so", async () => {
    const source = openSample();
    const saved: string[] = [];
    const file = await commands["picture.svg"].run({ save: (f) => saved.push(f.fileName) });
    expect(file).toMatchObject({ fileName: "Dropped picture.svg", mimeType: "image/svg+xml" });
    expect(saved).toEqual(["Dropped picture.svg"]);
    expect(workspaceIn(new TextEncoder().encode(file!.text))).toEqual(source.records);
    expect(useStore.getState().notice?.message).toBe("Saved “Dropped picture.svg”");
  });

  it("picture.png draws at the chosen scale and writes the journey into the PNG's text chunk", async () => {
    const source = openSample();
    const asked: number[] = [];
    const file = await commands["picture.png"].run({
      scale: 4,
      rasterise: async (picture, scale) => {
        asked.push(scale);
        expect(picture.svg).toContain("<svg");
        return { png: tinyPng(), scale: 2.5 };
      },
    });
    expect(asked).toEqual([4]);
    expect(file?.fileName).toBe("Dropped picture.png");
    expect(readPngChunks(file!.bytes)!.map((c) => c.type)).toEqual(["IHDR", "IDAT", "iTXt", "IEND"]);
    expect(workspaceIn(file!.bytes)).toEqual(source.records);
  });

  it("picture.png says when the map was too large for the scale, and when drawing failed", async () => {
    openSample();
    runCommand("picture.png", {
      scale: 4,
      rasterise: async () => ({ png: tinyPng(), scale: 0.0712 }),
      save: () => {},
    });
    await expect
      .poll(() => useStore.getState().notice?.message)
      .toBe("Saved “Dropped picture.png” at 0.071×: the map is too large for 4×");
    runCommand("picture.png", {
      scale: 1,
      rasterise: async () => {
        throw new Error("out of memory");
      },
    });
    await expect
      .poll(() => useStore.getState().notice?.message)
      .toBe("The picture could not be made: out of memory");
  });

  it("journey.mermaid saves the journey as Mermaid text", async () => {
    openSample("Meeting: first");
    const file = await commands["journey.mermaid"].run();
    expect(file?.fileName).toBe("Meeting first.mmd");
    expect(file?.text.startsWith("journey\n  title Meeting#58; first\n  section Before\n")).toBe(true);
  });

  it("report.open shows the open journey's report; report.close goes back to its map", () => {
    const { journey } = openSample();
    runCommand("report.open");
    expect(useStore.getState().route).toEqual({ view: "report", journeyId: journey.id });
    runCommand("report.close");
    expect(useStore.getState().route).toEqual({ view: "journey", journeyId: journey.id });
  });

  it("does nothing without an open journey", async () => {
    expect(await commands["picture.svg"].run()).toBeUndefined();
    runCommand("report.open");
    expect(useStore.getState().route).toEqual({ view: "journeys" });
  });
});
