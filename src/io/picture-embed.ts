import { isPng, readPngText, writePngText } from "./png-chunks";
import { escapeText, NOT_XML } from "./refi-qda/xml";
import type { ImportError } from "./workspace-file";

/**
 * The journey's workspace file travels inside its map pictures, so that dropping a picture
 * back onto the app imports the journey: in an SVG as the text of a `<journeymap:workspace>`
 * element in `<metadata>`, in a PNG as an `iTXt` chunk with the keyword "journeymap" before
 * IEND. Both hold the same `.journeymap.json` text. See docs/file-format.md.
 */

export const PNG_KEYWORD = "journeymap";
export const SVG_EMBED_NAMESPACE = "urn:journey-mapper:workspace";

/** Text safe inside an XML element or a quoted attribute; characters XML cannot hold become U+FFFD. */
export function escapeXml(text: string): string {
  return escapeText(text.replace(NOT_XML, "\ufffd")).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** The inverse of `escapeXml` for the entities it writes, and numeric references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    const code = lower.startsWith("#x")
      ? Number.parseInt(lower.slice(2), 16)
      : lower.startsWith("#")
        ? Number.parseInt(lower.slice(1), 10)
        : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? whole;
  });
}

/**
 * The `<metadata>` element carrying `workspaceText`. JSON.stringify leaves U+FFFE and U+FFFF
 * as they are, and XML cannot hold them, so they become JSON escapes, which mean the same.
 */
export function svgEmbed(workspaceText: string): string {
  const json = workspaceText.replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `<metadata><journeymap:workspace xmlns:journeymap="${SVG_EMBED_NAMESPACE}">${escapeXml(json)}</journeymap:workspace></metadata>`;
}

/** The workspace text in an SVG; undefined when it holds none. Escaping leaves no "<" inside it. */
export function readSvgEmbed(svg: string): string | undefined {
  const match = /<journeymap:workspace\b[^>]*>([^<]*)<\/journeymap:workspace>/.exec(svg);
  return match ? unescapeXml(match[1]!) : undefined;
}

/** The PNG with the workspace text in its "journeymap" iTXt chunk. */
export function pngWithEmbed(png: Uint8Array, workspaceText: string): Uint8Array {
  return writePngText(png, PNG_KEYWORD, workspaceText);
}

/** Does this look like an SVG document (after a BOM, blank space, an XML declaration or comments)? */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  return /^\ufeff?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

export type PictureEmbed = { ok: true; text: string } | { ok: false; error: ImportError };

/** The workspace file inside an SVG or PNG map picture, or why there is none. */
export function readPictureEmbed(bytes: Uint8Array): PictureEmbed {
  const png = isPng(bytes);
  const text = png ? readPngText(bytes, PNG_KEYWORD) : readSvgEmbed(new TextDecoder("utf-8").decode(bytes));
  if (text !== undefined) return { ok: true, text };
  const what = png ? "PNG" : "SVG";
  return {
    ok: false,
    error: {
      code: "picture-without-data",
      params: { what },
      message: `This ${what} picture holds no Journey Mapper journey. Only pictures saved with Export → SVG image or PNG image carry their journey with them.`,
    },
  };
}
