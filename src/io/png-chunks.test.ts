import { describe, expect, it } from "vitest";
import { tinyPng } from "./png.testkit";
import {
  crc32,
  encodeChunk,
  iTxtData,
  readPngChunks,
  readPngText,
  readTextChunkData,
  writePngText,
} from "./png-chunks";

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("PNG chunks", () => {
  it("computes the CRC-32 that PNG uses", () => {
    // The CRC of every IEND chunk, and the standard check value of "123456789".
    expect(crc32(latin1("IEND"))).toBe(0xae426082);
    expect(crc32(latin1("123456789"))).toBe(0xcbf43926);
    expect(crc32(latin1("IE"), latin1("ND"))).toBe(0xae426082);
  });

  it("reads the chunks of a PNG in order, and refuses what is not one", () => {
    const chunks = readPngChunks(tinyPng());
    expect(chunks?.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect(readPngChunks(latin1("GIF89a........"))).toBeUndefined();
    // Cut off in the middle of a chunk.
    expect(readPngChunks(tinyPng().subarray(0, 30))).toBeUndefined();
  });

  it("writes the text in an iTXt chunk just before IEND, with a correct CRC, and reads it back", () => {
    const text = '{"name":"Möte på kontoret 🚪","note":"a\\u0000b"}\n';
    const png = writePngText(tinyPng(), "journeymap", text);
    const chunks = readPngChunks(png)!;
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "iTXt", "IEND"]);
    // Every chunk's CRC checked out, or the reader would have left it out.
    expect(readTextChunkData(chunks[2]!)).toEqual({ keyword: "journeymap", text });
    expect(readPngText(png, "journeymap")).toBe(text);
    expect(readPngText(png, "other")).toBeUndefined();
    // The image data is untouched.
    expect(chunks[1]!.data).toEqual(readPngChunks(tinyPng())![1]!.data);
  });

  it("replaces an earlier chunk of the same keyword and keeps other text chunks", () => {
    const comment = encodeChunk("tEXt", latin1("Comment\0made by hand"));
    const once = writePngText(tinyPng([comment]), "journeymap", "first");
    const twice = writePngText(once, "journeymap", "second");
    expect(readPngChunks(twice)!.map((c) => c.type)).toEqual(["IHDR", "IDAT", "tEXt", "iTXt", "IEND"]);
    expect(readPngText(twice, "journeymap")).toBe("second");
    expect(readPngText(twice, "Comment")).toBe("made by hand");
  });

  it("ignores a text chunk whose CRC does not match", () => {
    const chunk = encodeChunk("iTXt", iTxtData("journeymap", "hello"));
    chunk[chunk.length - 1]! ^= 0xff;
    expect(readPngText(tinyPng([chunk]), "journeymap")).toBeUndefined();
  });

  it("skips a text chunk whose keyword is longer than PNG allows, however long", () => {
    const data = new Uint8Array(300_001).fill(0x41);
    data[300_000] = 0;
    const png = tinyPng([encodeChunk("tEXt", data), encodeChunk("iTXt", iTxtData("journeymap", "kept"))]);
    expect(readTextChunkData({ type: "tEXt", data })).toBeUndefined();
    expect(readPngText(png, "journeymap")).toBe("kept");
    expect(readPngChunks(writePngText(png, "journeymap", "new"))!.map((c) => c.type)).toEqual([
      "IHDR",
      "IDAT",
      "tEXt",
      "iTXt",
      "IEND",
    ]);
  });

  it("reports compressed iTXt as unreadable text rather than misreading it", () => {
    const data = iTxtData("journeymap", "x");
    data[11] = 1; // compression flag
    expect(readTextChunkData({ type: "iTXt", data })).toEqual({ keyword: "journeymap", text: undefined });
  });

  it("refuses keywords PNG does not allow, and incomplete PNGs", () => {
    expect(() => writePngText(tinyPng(), "", "x")).toThrow();
    expect(() => writePngText(tinyPng(), "two  spaces", "x")).toThrow();
    expect(() => writePngText(tinyPng(), "k".repeat(80), "x")).toThrow();
    expect(() => writePngText(tinyPng().subarray(0, 40), "journeymap", "x")).toThrow();
  });
});
