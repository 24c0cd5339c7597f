import { sniffBinary } from "@/io/file-bytes";

/**
 * Whether a picked or dropped file is for the REFI-QDA reader: a `.qdc`, `.qdpx` or `.qde` by
 * name, or any zip (a `.qdpx` is one). Kept apart from the reader so that checking costs nothing.
 */
export function isRefiFile(fileName: string, bytes: Uint8Array): boolean {
  return /\.(qdc|qdpx|qde)$/i.test(fileName) || sniffBinary(bytes)?.format === "zip";
}
