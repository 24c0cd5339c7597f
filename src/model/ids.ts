/** Typed record ids: `step:k3f9…`. The prefix names the record type, so an id alone says what it points at. */
export type Id<T extends string> = `${T}:${string}`;

export type JourneyId = Id<"journey">;
export type StepId = Id<"step">;
export type EdgeId = Id<"edge">;
export type StageId = Id<"stage">;
export type LaneId = Id<"lane">;
export type PainPointId = Id<"pain">;
export type SourceId = Id<"source">;
export type ExcerptId = Id<"excerpt">;
export type CodeId = Id<"code">;
export type ImprovementId = Id<"improvement">;
export type IndicatorId = Id<"indicator">;

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

const ID_LENGTH = 16;
const HEAD_LENGTH = 8;

/**
 * A random id. Uses getRandomValues rather than randomUUID because randomUUID is missing
 * outside secure contexts, and the built app may be served over plain http on an intranet.
 */
export function newId<T extends string>(type: T): Id<T> {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let key = "";
  for (const byte of bytes) key += ALPHABET[byte % ALPHABET.length];
  return `${type}:${key}`;
}

/**
 * `count` new ids for one batch (an import makes 100,000): a random head shared by the batch,
 * then a counter, so the batch sorts in the order it was made. IndexedDB then appends its rows
 * instead of inserting each at a random place, which stores a large import faster.
 */
export function newIds<T extends string>(type: T, count: number): Id<T>[] {
  const head = newId(type).slice(0, type.length + 1 + HEAD_LENGTH);
  const ids: Id<T>[] = [];
  for (let i = 0; i < count; i++)
    ids.push(`${head}${i.toString(36).padStart(ID_LENGTH - HEAD_LENGTH, "0")}` as Id<T>);
  return ids;
}

export function idType(id: string): string {
  const colon = id.indexOf(":");
  return colon > 0 ? id.slice(0, colon) : "";
}

export function isIdOf<T extends string>(type: T, value: unknown): value is Id<T> {
  return typeof value === "string" && value.length > type.length + 1 && value.startsWith(`${type}:`);
}
