import { importBytesAsync } from "@/io/import/pipeline";
import type { StartImport } from "./kit";

/** jsdom has no Worker: the import runs here, as the worker would run it. */
export const directImport: StartImport = (file, request, onProgress) => {
  const controller = new AbortController();
  const result = file
    .arrayBuffer()
    .then((buffer) =>
      importBytesAsync(new Uint8Array(buffer), request, { onProgress, signal: controller.signal }),
    );
  return { result, cancel: () => controller.abort() };
};
