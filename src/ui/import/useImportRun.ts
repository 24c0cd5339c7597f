import { useCallback, useEffect, useRef } from "react";
import type { ImportHandle } from "@/io/import/run-import";

/**
 * An import dialog's running work: the import's handle, and a generation bumped by every new
 * step, cancel and close, so that a late answer of an older step is ignored. Unmounting the
 * dialog stops whatever still runs.
 */
export function useImportRun() {
  const handle = useRef<ImportHandle | null>(null);
  const generation = useRef(0);
  const stopRunning = useCallback(() => {
    generation.current += 1;
    handle.current?.cancel();
    handle.current = null;
  }, []);
  useEffect(() => stopRunning, [stopRunning]);
  return { handle, generation, stopRunning };
}
