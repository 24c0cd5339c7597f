/**
 * The error a cancelled import rejects with. On its own so that run-import.ts (main thread)
 * does not pull the parser and papaparse into the page's bundle.
 */
export function abortError(): Error {
  const error = new Error("The import was cancelled.");
  error.name = "AbortError";
  return error;
}
