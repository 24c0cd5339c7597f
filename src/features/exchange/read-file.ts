import { sniffBinary } from "@/io/file-bytes";
import { isRefiFile } from "@/io/refi-qda/detect";
import type { RefiParseResult } from "@/io/refi-qda/parse";
import {
  checkFileSize,
  type ImportError,
  type ImportSummary,
  type ParseResult,
  parseWorkspaceFile,
  type WorkspaceContents,
} from "@/io/workspace-file";
import type { Records } from "@/model/types";

/** Where an import stands, from picking the file to the summary or the reason it cannot be read. */
export type ImportFlow =
  | { phase: "reading"; fileName: string }
  | { phase: "failed"; fileName: string; error: ImportError }
  | { phase: "ready"; fileName: string; contents: WorkspaceContents; summary: ImportSummary }
  /** A REFI-QDA codebook or project, read or not: its own dialog tells which. */
  | { phase: "refi"; fileName: string; result: RefiParseResult };

/** What reading a file gives: a workspace file's result, or a REFI-QDA file's. */
export type ReadResult = ParseResult | { refi: RefiParseResult };

/** Lets the browser paint (the "Reading…" state) before the synchronous parse starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads and parses a picked or dropped file. The size is checked on `File.size` before any byte
 * is read. Resolves `undefined` when cancelled; never rejects.
 */
export async function readImportFile(
  file: Blob,
  known: Records,
  signal?: AbortSignal,
): Promise<ReadResult | undefined> {
  const tooLarge = checkFileSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  try {
    const buffer = await file.arrayBuffer();
    if (signal?.aborted) return undefined;
    await nextFrame();
    if (signal?.aborted) return undefined;
    return await parseBytes(new Uint8Array(buffer), file instanceof File ? file.name : "", known, signal);
  } catch (error) {
    // Unreadable bytes, a reader that failed to load, or a bug: a message, never a stuck dialog.
    if (signal?.aborted) return undefined;
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: "unexpected", params: { detail }, message: `The file could not be read: ${detail}` },
    };
  }
}

async function parseBytes(
  bytes: Uint8Array,
  fileName: string,
  known: Records,
  signal?: AbortSignal,
): Promise<ReadResult | undefined> {
  if (isRefiFile(fileName, bytes)) {
    // The REFI-QDA reader (and its unzip) is loaded only when such a file comes; if it cannot
    // be, the REFI-QDA dialog says so in its words.
    let reader: typeof import("@/io/refi-qda/parse");
    try {
      reader = await import("@/io/refi-qda/parse");
    } catch (error) {
      if (signal?.aborted) return undefined;
      const detail = error instanceof Error ? error.message : String(error);
      const message = `The REFI-QDA reader could not be loaded: ${detail}`;
      return { refi: { ok: false, error: { code: "not-loaded", message, params: { detail } } } };
    }
    return signal?.aborted ? undefined : { refi: reader.parseRefiFile(bytes, fileName) };
  }
  if (mayBePicture(bytes)) {
    // A map picture carries its journey's workspace file; the picture code loads only now.
    const { looksLikeSvg, readPictureEmbed } = await import("@/io/picture-embed");
    if (signal?.aborted) return undefined;
    if (sniffBinary(bytes)?.format === "png" || looksLikeSvg(bytes)) {
      const embedded = readPictureEmbed(bytes);
      if (!embedded.ok) return { ok: false, error: embedded.error };
      return parseWorkspaceFile(new TextEncoder().encode(embedded.text), known);
    }
  }
  return parseWorkspaceFile(bytes, known);
}

/** A PNG, or text starting with "<" (after a byte-order mark and blank space): perhaps an SVG. */
function mayBePicture(bytes: Uint8Array): boolean {
  if (sniffBinary(bytes)?.format === "png") return true;
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    at < bytes.length &&
    (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)
  )
    at += 1;
  return bytes[at] === 0x3c;
}

export function flowFrom(fileName: string, result: ReadResult): ImportFlow {
  if ("refi" in result) return { phase: "refi", fileName, result: result.refi };
  return result.ok
    ? { phase: "ready", fileName, contents: result.snapshot, summary: result.summary }
    : { phase: "failed", fileName, error: result.error };
}
