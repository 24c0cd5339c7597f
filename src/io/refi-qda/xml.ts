/**
 * A small XML writer for the REFI-QDA files: elements in the order they are given, attributes
 * left out when undefined, and containers left out when empty (the schemas reject `<Sets/>`).
 */

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | undefined>;
  children?: readonly (XmlElement | undefined)[];
  text?: string;
}

/** Characters XML 1.0 cannot hold: most C0 controls, U+FFFE, U+FFFF and lone surrogates. */
export const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what XML 1.0 cannot hold
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a time is an `xs:dateTime` with its zone, as the schemas' `creationDateTime` wants. */
export function isDateTime(value: string): boolean {
  return DATE_TIME.test(value);
}

/** Text content: markup escaped, characters XML 1.0 forbids dropped. */
export function escapeText(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * An attribute value. Line breaks and tabs are written as character references, since a parser
 * turns literal ones into spaces, and quotes often span lines.
 */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** An element that is kept only when it has children; `undefined` otherwise. */
export function container(
  name: string,
  children: readonly (XmlElement | undefined)[],
): XmlElement | undefined {
  const present = children.filter((c): c is XmlElement => c !== undefined);
  return present.length > 0 ? { name, children: present } : undefined;
}

/** An element with text, or `undefined` when the text is empty. */
export function textElement(name: string, text: string | undefined): XmlElement | undefined {
  return text && text.trim() !== "" ? { name, text } : undefined;
}

function write(element: XmlElement, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth);
  let open = `${indent}<${element.name}`;
  for (const [key, value] of Object.entries(element.attributes ?? {})) {
    if (value === undefined) continue;
    open += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  const children = (element.children ?? []).filter((c): c is XmlElement => c !== undefined);
  if (element.text !== undefined) {
    out.push(`${open}>${escapeText(element.text)}</${element.name}>`);
  } else if (children.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const child of children) write(child, depth + 1, out);
    out.push(`${indent}</${element.name}>`);
  }
}

/** A whole document: declaration, no byte-order mark (QualCoder removed its BOM for a reason). */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, 0, out);
  return `${out.join("\n")}\n`;
}
