import { useCallback, useEffect, useRef, useState } from "react";
import { useStore } from "@/store/store";
import { flowFrom, type ImportFlow, readImportFile } from "./read-file";

/**
 * The state of one import: start it with a file, close it to cancel. Cancelling while the
 * file is read discards the result; nothing changes until the dialog's Import is pressed.
 */
export function useImportFlow() {
  const [flow, setFlow] = useState<ImportFlow | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback((file: File) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setFlow({ phase: "reading", fileName: file.name });
    void readImportFile(file, useStore.getState().records, abort.signal).then((result) => {
      if (abort.signal.aborted || !result) return;
      setFlow(flowFrom(file.name, result));
    });
  }, []);

  const close = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setFlow(null);
  }, []);

  useEffect(() => () => controller.current?.abort(), []);

  return { flow, start, close };
}
