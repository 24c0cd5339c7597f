import type { en } from "./en";

/**
 * The shape of a translation of `T`: the same keys, nested the same way, with every string
 * widened from English's literal to `string`. Assigning an object literal to it makes
 * TypeScript report a missing key and an extra one.
 */
export type DeepStringRecord<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]>;
};

/** A whole translation of the interface: every key of English. */
export type Translation = DeepStringRecord<typeof en>;
