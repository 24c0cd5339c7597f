/**
 * JSON parsing for files from anywhere: nesting is measured before `JSON.parse` runs (so a
 * hostile file cannot exhaust the stack), keys that could reach an object's prototype are
 * dropped, and a syntax error is located by line and column the same way in every browser.
 * Nothing here throws.
 */

export const MAX_DEPTH = 200;

/** Keys that are dropped wherever they appear, so that no later copy or merge can reach a prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like the editors count them. */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

export type JsonResult =
  | { ok: true; value: unknown; droppedKeys: number }
  | { ok: false; kind: "too-deep"; depth: number; where: TextPosition }
  | { ok: false; kind: "syntax"; message: string; where?: TextPosition };

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1, offset: end };
}

/**
 * The deepest nesting of `[` and `{` outside strings, stopping at the first place that goes
 * beyond `max`. Linear and allocation-free, so it is safe on any input.
 */
export function scanDepth(text: string, max = MAX_DEPTH): { depth: number; exceededAt?: number } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (depth > max) return { depth, exceededAt: i };
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return { depth: deepest };
}

export function parseJson(text: string, maxDepth = MAX_DEPTH): JsonResult {
  const scan = scanDepth(text, maxDepth);
  if (scan.exceededAt !== undefined) {
    return { ok: false, kind: "too-deep", depth: scan.depth, where: positionAt(text, scan.exceededAt) };
  }
  let dropped = 0;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped += 1;
        return undefined;
      }
      return v;
    });
    return { ok: true, value, droppedKeys: dropped };
  } catch (error) {
    const located = locateSyntaxError(text);
    if (located) return { ok: false, kind: "syntax", message: located.message, where: located.where };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: "syntax", message };
  }
}

/**
 * Finds the first JSON syntax error and says what was expected there. Runs only after
 * `JSON.parse` failed, on text whose nesting is already known to be shallow.
 */
export function locateSyntaxError(text: string): { message: string; where: TextPosition } | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const found = () =>
    i >= text.length ? "the end of the file" : `“${String.fromCodePoint(text.codePointAt(i)!)}”`;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i += 1;
      else break;
    }
  };
  const string = () => {
    i += 1; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return;
      }
      if (c < 0x20) fail("A line break or control character inside text must be escaped");
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("Bad \\u escape in text");
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail("Bad escape in text");
      } else i += 1;
    }
    fail("Text is not closed with a double quote", text.length);
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(`Unexpected ${found()}`);
    i += match![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i += 1;
      ws();
      if (text[i] === "}") {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`Expected a property name in double quotes, found ${found()}`);
        string();
        ws();
        if (text[i] !== ":") fail(`Expected “:” after a property name, found ${found()}`);
        i += 1;
        value();
        ws();
        if (text[i] === ",") {
          i += 1;
          ws();
          if (text[i] === "}") fail("A comma must not come before “}”");
          continue;
        }
        if (text[i] === "}") {
          i += 1;
          return;
        }
        fail(`Expected “,” or “}” after a value, found ${found()}`);
      }
    }
    if (c === "[") {
      i += 1;
      ws();
      if (text[i] === "]") {
        i += 1;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i += 1;
          ws();
          if (text[i] === "]") fail("A comma must not come before “]”");
          continue;
        }
        if (text[i] === "]") {
          i += 1;
          return;
        }
        fail(`Expected “,” or “]” after a value, found ${found()}`);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      number();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (i >= text.length) fail("The file ends before the data is complete");
    fail(/[A-Za-z]/.test(c ?? "") ? `Unexpected ${found()}` : `Expected a value, found ${found()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`Unexpected ${found()} after the end of the data`);
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      return { message: error.message, where: positionAt(text, error.at) };
    return undefined;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}
