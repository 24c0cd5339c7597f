import type { CSSProperties, ReactNode } from "react";

/** A code's colour swatch and name; the name is always written, so colour is never the only cue. */
export function CodeChip({ name, colour, children }: { name: string; colour: string; children?: ReactNode }) {
  return (
    <span className="code-chip" style={{ "--code": colour } as CSSProperties}>
      <span className="code-swatch" aria-hidden="true" />
      <span className="code-name">{name}</span>
      {children}
    </span>
  );
}

/** `text` with the code-point ranges wrapped in <mark>. */
export function Marked({ text, ranges }: { text: string; ranges: readonly [number, number][] }) {
  const chars = Array.from(text);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push(chars.slice(at, s).join(""));
    parts.push(<mark key={s}>{chars.slice(Math.max(s, at), e).join("")}</mark>);
    at = Math.max(at, e);
  }
  if (at < chars.length) parts.push(chars.slice(at).join(""));
  return <>{parts}</>;
}
