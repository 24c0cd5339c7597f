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

/**
 * A random id. Uses getRandomValues rather than randomUUID because randomUUID is missing
 * outside secure contexts, and the built app may be served over plain http on an intranet.
 */
export function newId<T extends string>(type: T): Id<T> {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  return `${type}:${idKey(bytes, 0)}`;
}

const ID_LENGTH = 16;
/** getRandomValues gives at most 65,536 bytes a call. */
const IDS_PER_CALL = 65_536 / ID_LENGTH;

function idKey(bytes: Uint8Array, at: number): string {
  let key = "";
  for (let i = at; i < at + ID_LENGTH; i++) key += ALPHABET[bytes[i]! % ALPHABET.length];
  return key;
}

/** `count` new ids, with one call for the random bytes of thousands: an import makes 100,000. */
export function newIds<T extends string>(type: T, count: number): Id<T>[] {
  const ids: Id<T>[] = [];
  const bytes = new Uint8Array(ID_LENGTH * Math.min(count, IDS_PER_CALL));
  while (ids.length < count) {
    globalThis.crypto.getRandomValues(bytes);
    for (let at = 0; at < bytes.length && ids.length < count; at += ID_LENGTH)
      ids.push(`${type}:${idKey(bytes, at)}`);
  }
  return ids;
}

export function idType(id: string): string {
  const colon = id.indexOf(":");
  return colon > 0 ? id.slice(0, colon) : "";
}

export function isIdOf<T extends string>(type: T, value: unknown): value is Id<T> {
  return typeof value === "string" && value.length > type.length + 1 && value.startsWith(`${type}:`);
}
