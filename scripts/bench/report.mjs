// Small helpers the benchmark scripts share for their progress lines and tables.
import { loadavg } from "node:os";

const started = Date.now();

/** A progress line with the seconds since the script started. */
export const log = (message) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

/** The machine's load averages (1, 5 and 15 minutes), for the notes beside every figure. */
export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** The middle value (the upper one of the two middles for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A figure for a table, or "–" when it was not measured. */
export const fmt = (value, digits = 0) => (value === undefined ? "–" : value.toFixed(digits));
