import type { AnyRecord } from "@/model/types";
import { describeSaveFailure, type SaveFailure } from "./autosave";
import { openWorkspaceDb, writeRecords } from "./db";

/**
 * The work of the write worker (write.worker.ts), apart from the worker so it can be tested
 * without one: the records of one large save arrive in slices, then one "write" puts them and
 * removes the given ids in one transaction, exactly as `writeRecords` does on the page.
 */

/** Larger than the page's slices: fewer round trips, and no page here to keep responsive. */
const WORKER_SLICE = 10_000;

export type ToWriter =
  | { type: "records"; records: AnyRecord[] }
  | { type: "write"; dbName: string; remove: string[] };

export type FromWriter = { type: "written" } | { type: "failed"; failure: SaveFailure };

export function createWriteHandler(
  reply: (message: FromWriter) => void,
): (message: ToWriter) => Promise<void> {
  let put: AnyRecord[] = [];
  return async (message) => {
    if (message.type === "records") {
      for (const record of message.records) put.push(record);
      return;
    }
    const db = openWorkspaceDb(message.dbName);
    try {
      await writeRecords(db, put, message.remove, WORKER_SLICE);
      reply({ type: "written" });
    } catch (error) {
      reply({ type: "failed", failure: describeSaveFailure(error) });
    } finally {
      put = [];
      db.close();
    }
  };
}
