import type { ExportedBinaryFile, ExportedFile } from "@/store/commands-exchange";

/** Saves a file through the browser's download, from memory: nothing leaves the machine. */
export function downloadFile(file: ExportedFile | ExportedBinaryFile): void {
  const blob =
    "bytes" in file
      ? new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType })
      : new Blob([file.text], { type: `${file.mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
