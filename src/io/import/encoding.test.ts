// @vitest-environment node
import { describe, expect, it } from "vitest";
import { utf8, utf16be, utf16le, windows1252 } from "./bytes.testkit";
import { countReplacement, decode, decodeAuto, detectEncoding, scanUtf8 } from "./encoding";

const SWEDISH =
  "Respondent;Roll;Anteckning\r\nS1;Arbetssökande;Jag fick vänta i två timmar – på Åre, Ängelholm och Örebro.\r\n";

describe("detectEncoding and decode", () => {
  it("reads UTF-8 without a BOM", () => {
    const bytes = utf8(SWEDISH);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bom: false, confidence: 1 });
    expect(decode(bytes, "utf-8")).toBe(SWEDISH);
  });

  it("reads UTF-8 with a BOM and strips it", () => {
    const bytes = utf8(SWEDISH, { bom: true });
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bom: true, confidence: 1 });
    const text = decode(bytes, "utf-8");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toBe(SWEDISH);
  });

  it("reads Windows-1252 from a Nordic Excel with å ä ö Å Ä Ö intact", () => {
    const bytes = windows1252(SWEDISH);
    // The hand-made bytes really are single-byte: ö is 0xF6, not UTF-8's C3 B6.
    expect(bytes).toContain(0xf6);
    expect(bytes).toContain(0xe5);
    expect(bytes).toContain(0xc5);
    expect(bytes.length).toBe(SWEDISH.length);
    const guess = detectEncoding(bytes);
    expect(guess.encoding).toBe("windows-1252");
    expect(guess.bom).toBe(false);
    expect(guess.confidence).toBeGreaterThanOrEqual(0.9);
    expect(decode(bytes, "windows-1252")).toBe(SWEDISH);
  });

  it("maps Windows-1252's 0x80–0x9F to – — “ ” ’ € (not Latin-1 control characters)", () => {
    const text = "“Citat” – ’tack’ — 5 €";
    expect(decode(windows1252(text), "windows-1252")).toBe(text);
  });

  it("reads UTF-16 LE with a BOM (Excel's Unicode text)", () => {
    const text = "id\tnote\r\n1\tVäntan – två “timmar”\r\n";
    const bytes = utf16le(text);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-16le", bom: true, confidence: 1 });
    expect(decode(bytes, "utf-16le")).toBe(text);
  });

  it("reads UTF-16 BE with a BOM", () => {
    const text = "id;note\n1;Hej då\n";
    const bytes = utf16be(text);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-16be", bom: true, confidence: 1 });
    expect(decode(bytes, "utf-16be")).toBe(text);
  });

  it("guesses UTF-16 without a BOM from the NUL bytes", () => {
    const text = "id\tnote\n1\tÅsa väntade\n2\tOla väntade\n";
    const le = detectEncoding(utf16le(text, { bom: false }));
    expect(le.encoding).toBe("utf-16le");
    expect(le.bom).toBe(false);
    expect(le.confidence).toBeLessThan(1);
    expect(detectEncoding(utf16be(text, { bom: false })).encoding).toBe("utf-16be");
    expect(decode(utf16le(text, { bom: false }), "utf-16le")).toBe(text);
  });

  it("keeps a mostly UTF-8 file as UTF-8 despite a stray byte", () => {
    const good = utf8("ä ö å é ".repeat(20));
    const bytes = new Uint8Array(good.length + 2);
    bytes.set(good);
    bytes.set([0xe4, 0x20], good.length); // a lone Windows-1252 "ä" and a space
    const guess = detectEncoding(bytes);
    expect(guess.encoding).toBe("utf-8");
    expect(guess.confidence).toBeLessThan(1);
  });

  it("does not hold a character cut off at the end of a slice against UTF-8", () => {
    const bytes = utf8("Hej på dig, åäö");
    const cut = bytes.slice(0, bytes.length - 1); // the last ö loses its second byte
    expect(scanUtf8(cut)).toMatchObject({ invalid: 0, truncated: true });
    expect(detectEncoding(cut).encoding).toBe("utf-8");
    expect(decode(cut, "utf-8", { partial: true })).toBe("Hej på dig, åä");
    expect(decodeAuto(cut, { partial: true }).text).toBe("Hej på dig, åä");
  });

  it("pure ASCII is UTF-8 with full confidence", () => {
    expect(detectEncoding(utf8("a,b\n1,2\n"))).toEqual({ encoding: "utf-8", bom: false, confidence: 1 });
  });

  it("shows a wrong choice as replacement characters, which the preview can count", () => {
    const bytes = windows1252("Arbetssökande på Åland");
    expect(countReplacement(decode(bytes, "utf-8"))).toBe(3);
    expect(countReplacement(decode(bytes, "windows-1252"))).toBe(0);
  });

  it("decodeAuto decodes what it detects", () => {
    expect(decodeAuto(windows1252(SWEDISH))).toMatchObject({ encoding: "windows-1252", text: SWEDISH });
    expect(decodeAuto(utf16le(SWEDISH))).toMatchObject({ encoding: "utf-16le", bom: true, text: SWEDISH });
    expect(decodeAuto(utf8(SWEDISH, { bom: true }))).toMatchObject({ encoding: "utf-8", text: SWEDISH });
  });
});
