import { CURVE_GAP, CURVE_HEIGHT, type CurvePoint, curvePoints, curveY } from "@/model/curve";
import type { JourneyId } from "@/model/ids";
import {
  type BandLayout,
  computeBands,
  LANE_HEADER_WIDTH,
  STAGE_HEADER_HEIGHT,
  STEP_HEIGHT,
  STEP_WIDTH,
  stepPosition,
} from "@/model/layout";
import { PAIN_ICON_SHAPES, PAIN_KIND_COLOURS } from "@/model/pain-icons";
import { causeLinks, painPointsOfJourney, summariseSteps } from "@/model/painpoints";
import { edgesOf, getJourney, stepsOf } from "@/model/records";
import {
  type Channel,
  PAIN_KINDS,
  type PainKind,
  type PainPointRecord,
  type Records,
  type StepRecord,
} from "@/model/types";
import { escapeXml, svgEmbed } from "./picture-embed";

/**
 * A whole journey as one SVG picture, drawn from the records (not from the screen): stage
 * columns and lane rows with their names, the steps with title, channel and pain badges, the
 * connections with their labels, the emotion curve and a legend. Geometry comes from
 * `computeBands`, so the picture matches the canvas. Every piece of text stays text and is
 * escaped; the journey's workspace file can ride along in `<metadata>` so that dropping the
 * picture back onto the app imports the journey (see docs/file-format.md).
 */

export const SVG_MIME_TYPE = "image/svg+xml";

/** Words the picture shows, in the user's language; io/ knows no translations. */
export interface MapLabels {
  channel: Readonly<Record<Channel, string>>;
  /** A step without a title. */
  untitled: string;
  /** A journey without a name. */
  untitledJourney: string;
  kind: Readonly<Record<PainKind, string>>;
  /** "2 thunderclouds": the text alternative of a badge. */
  badge: (kind: PainKind, count: number) => string;
  curveTitle: string;
  curveCustomer: string;
  curveStaff: string;
  legend: string;
  connection: string;
  /** The label of a blister's dashed link to a thundercloud it causes. */
  causes: string;
}

export interface MapSvgOptions {
  labels: MapLabels;
  /** The workspace file of the journey, embedded in `<metadata>`; none when absent. */
  embed?: string;
  /** A line under the journey's name, e.g. when and by what the picture was made. */
  caption?: string;
}

export interface MapPicture {
  svg: string;
  /** Size in CSS pixels (1×). */
  width: number;
  height: number;
}

const MARGIN = 24;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif';
const INK = "#1b2733";
const INK_SOFT = "#4a5968";
const LINE = "#c9d2dc";
const ACCENT = "#1d4e89";
const STAFF = "#a4262c";
const CHANNEL_COLOURS: Readonly<Record<Channel, string>> = {
  "in-person": ACCENT,
  web: "#2f7d4f",
  phone: "#7a4fa3",
  letter: "#9a6b00",
  email: "#9a6b00",
  other: "#6b7785",
};
const TITLE_SIZE = 13;
const TITLE_LINE = 16;
const TITLE_LINES = 3;
const META_SIZE = 11;

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Rough width of text in the system sans-serif, for wrapping without a DOM to measure in. It
 * errs wide (DejaVu Sans, the widest common system face, at semibold), and each card clips its
 * text as well, so a guess that is off never spills out of the card.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size;
}

function charEm(ch: string): number {
  if (/[iljtfrI.,:;'!|()[\] ]/.test(ch)) return 0.36;
  if (/[mwMW@]/.test(ch)) return 0.98;
  if (/[A-Z0-9]/.test(ch)) return 0.74;
  if (ch.codePointAt(0)! >= 0x1100) return 1.05;
  return 0.64;
}

/**
 * How many of `chars`, at most `max`, fit `width` followed by `suffixEm` (in em): one pass,
 * so that a pasted wall of text costs no more than its length.
 */
function fittingCount(
  chars: readonly string[],
  width: number,
  size: number,
  suffixEm = 0,
  max = chars.length,
): number {
  let em = 0;
  let count = 0;
  while (count < max) {
    const next = em + charEm(chars[count]!);
    if ((next + suffixEm) * size > width) break;
    em = next;
    count += 1;
  }
  return count;
}

/** `text` cut so that it fits `width` with an ellipsis after it. */
function withEllipsis(text: string, width: number, size: number): string {
  const chars = [...text.trimEnd()];
  return `${chars
    .slice(0, fittingCount(chars, width, size, charEm("…")))
    .join("")
    .trimEnd()}…`;
}

/** `text` as it is when it fits `width`, else cut with an ellipsis. */
export function fitText(text: string, width: number, size: number): string {
  return textWidth(text, size) <= width ? text : withEllipsis(text, width, size);
}

/**
 * Words wrapped into at most `maxLines` lines of `width`; a word longer than a line is broken,
 * and the last line ends with an ellipsis when text is left over.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  let truncated = false;
  words: for (const whole of text.trim().split(/\s+/).filter(Boolean)) {
    let word = whole;
    for (;;) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size) <= width) {
        line = candidate;
        break;
      }
      if (!line) {
        // A word too long for a line of its own is broken where it overflows.
        const chars = [...word];
        const cut = Math.min(
          chars.length - 1,
          Math.max(1, fittingCount(chars, width, size, 0, chars.length - 1)),
        );
        line = chars.slice(0, cut).join("");
        word = chars.slice(cut).join("");
      }
      lines.push(line);
      line = "";
      if (lines.length === maxLines) {
        truncated = true;
        break words;
      }
    }
  }
  if (line) {
    if (lines.length < maxLines) lines.push(line);
    else truncated = true;
  }
  if (truncated) lines[maxLines - 1] = withEllipsis(lines[maxLines - 1]!, width, size);
  return lines;
}

/** An SVG `<text>` with escaped content; `lines` become `<tspan>`s one line height apart. */
function text(
  x: number,
  y: number,
  lines: string | readonly string[],
  attrs: string,
  lineHeight = TITLE_LINE,
): string {
  const list = typeof lines === "string" ? [lines] : lines;
  const spans =
    list.length === 1
      ? escapeXml(list[0]!)
      : list
          .map((l, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`)
          .join("");
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${spans}</text>`;
}

/** Numbers without float noise. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

// ---------------------------------------------------------------------------------------------
// Pieces

function icon(kind: PainKind, x: number, y: number, size: number): string {
  const shapes = PAIN_ICON_SHAPES[kind]
    .map((s) =>
      s.tag === "path"
        ? `<path d="${s.d}" fill="${s.fill}"${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.strokeWidth}"` : ""}/>`
        : `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.rx}" transform="${s.transform}" fill="${s.fill}"${s.opacity !== undefined ? ` opacity="${s.opacity}"` : ""}/>`,
    )
    .join("");
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${size / 16})" color="${PAIN_KIND_COLOURS[kind]}">${shapes}</g>`;
}

function bands(layout: BandLayout, stageNames: Map<string, string>, laneNames: Map<string, string>): string {
  const out: string[] = [];
  const right = layout.width;
  out.push(`<g class="lanes">`);
  layout.lanes.forEach((lane, i) => {
    out.push(
      `<rect x="0" y="${lane.y}" width="${right}" height="${lane.height}" fill="${i % 2 ? "#eef2f6" : "#f8fafc"}"/>`,
      `<line x1="0" x2="${right}" y1="${lane.y}" y2="${lane.y}" stroke="${LINE}"/>`,
    );
    const lines = wrapText(
      laneNames.get(lane.id) ?? "",
      LANE_HEADER_WIDTH - 24,
      13,
      Math.max(1, Math.floor((lane.height - 16) / 16)),
    );
    out.push(text(12, lane.y + 24, lines, `font-size="13" font-weight="700" fill="${INK}"`));
  });
  out.push(`</g><g class="stages">`);
  for (const stage of layout.stages) {
    out.push(
      `<rect x="${stage.x}" y="0" width="${stage.width}" height="${STAGE_HEADER_HEIGHT}" fill="#ffffff"/>`,
      `<line x1="${stage.x}" x2="${stage.x}" y1="0" y2="${layout.height}" stroke="${LINE}"/>`,
      text(
        stage.x + 12,
        27,
        fitText(stageNames.get(stage.id) ?? "", stage.width - 24, 14),
        `font-size="14" font-weight="700" fill="${INK}"`,
      ),
    );
  }
  out.push(
    `<line x1="0" x2="${right}" y1="${STAGE_HEADER_HEIGHT}" y2="${STAGE_HEADER_HEIGHT}" stroke="${INK_SOFT}"/>`,
    `<rect x="0.5" y="0.5" width="${right - 1}" height="${layout.height - 1}" fill="none" stroke="${INK_SOFT}"/>`,
    `</g>`,
  );
  return out.join("");
}

interface Placed {
  step: StepRecord;
  x: number;
  y: number;
}

/** A simple orthogonal route: right out of the source, left into the target, around both when it points back. */
export function edgeRoute(from: Placed, to: Placed): { d: string; labelAt: { x: number; y: number } } {
  const sx = from.x + STEP_WIDTH;
  const sy = from.y + STEP_HEIGHT / 2;
  const tx = to.x;
  const ty = to.y + STEP_HEIGHT / 2;
  if (tx >= sx + 16) {
    const mid = (sx + tx) / 2;
    return { d: `M${n(sx)} ${n(sy)}H${n(mid)}V${n(ty)}H${n(tx)}`, labelAt: { x: mid, y: (sy + ty) / 2 } };
  }
  const below = Math.max(from.y, to.y) + STEP_HEIGHT + 12;
  return {
    d: `M${n(sx)} ${n(sy)}H${n(sx + 12)}V${n(below)}H${n(tx - 12)}V${n(ty)}H${n(tx)}`,
    labelAt: { x: (sx + tx) / 2, y: below },
  };
}

/** A label in a white box centred on (`x`, `y`), edged in `edge` and written in `ink`. */
function labelBox(className: string, x: number, y: number, shown: string, edge: string, ink: string): string {
  const w = textWidth(shown, 11) + 10;
  return [
    `<g class="${className}"><rect x="${n(x - w / 2)}" y="${n(y - 9)}" width="${n(w)}" height="18" rx="4" fill="#ffffff" stroke="${edge}"/>`,
    text(x, y + 4, shown, `font-size="11" text-anchor="middle" fill="${ink}"`),
    `</g>`,
  ].join("");
}

/** The connections, and their labels apart, to be drawn over the cards. */
function edges(
  records: Records,
  journeyId: JourneyId,
  placed: Map<string, Placed>,
  pains: readonly PainPointRecord[],
  causesLabel: string,
): { lines: string; labels: string; causes: number } {
  const lines: string[] = [];
  const labels: string[] = [];
  for (const edge of edgesOf(records, journeyId)) {
    const from = placed.get(edge.source);
    const to = placed.get(edge.target);
    if (!from || !to) continue;
    const route = edgeRoute(from, to);
    lines.push(
      `<path d="${route.d}" fill="none" stroke="${INK_SOFT}" stroke-width="1.5" marker-end="url(#jm-arrow)"/>`,
    );
    const label = edge.label.trim();
    if (label)
      labels.push(
        labelBox("edge-label", route.labelAt.x, route.labelAt.y, fitText(label, 160, 11), LINE, INK),
      );
  }
  // A blister's "causes" links, dashed and straight, as the canvas draws them.
  const causes = causeLinks(pains, (id) => placed.has(id));
  for (const { source, target } of causes) {
    const from = placed.get(source)!;
    const to = placed.get(target)!;
    const x1 = from.x + STEP_WIDTH;
    const y1 = from.y + STEP_HEIGHT / 2;
    const x2 = to.x;
    const y2 = to.y + STEP_HEIGHT / 2;
    lines.push(
      `<path class="cause" d="M${n(x1)} ${n(y1)}L${n(x2)} ${n(y2)}" fill="none" stroke="${STAFF}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
    labels.push(labelBox("cause-label", (x1 + x2) / 2, (y1 + y2) / 2, causesLabel, STAFF, STAFF));
  }
  return {
    lines: `<g class="edges">${lines.join("")}</g>`,
    labels: `<g class="edge-labels">${labels.join("")}</g>`,
    causes: causes.length,
  };
}

function stepCard(
  placed: Placed,
  index: number,
  counts: Record<PainKind, number>,
  labels: MapLabels,
): string {
  const { step, x, y } = placed;
  const clip = `jm-clip-${index}`;
  const title = wrapText(step.title.trim() || labels.untitled, STEP_WIDTH - 28, TITLE_SIZE, TITLE_LINES);
  const badges: string[] = [];
  let right = x + STEP_WIDTH - 8;
  for (const kind of [...PAIN_KINDS].reverse()) {
    const count = counts[kind];
    if (count === 0) continue;
    const label = String(count);
    const w = 14 + 3 + textWidth(label, META_SIZE);
    right -= w;
    badges.unshift(
      `<g class="badge badge-${kind}"><title>${escapeXml(labels.badge(kind, count))}</title>${icon(kind, right, y + STEP_HEIGHT - 21, 14)}`,
      text(
        right + 17,
        y + STEP_HEIGHT - 10,
        label,
        `font-size="${META_SIZE}" font-weight="700" fill="${PAIN_KIND_COLOURS[kind]}"`,
      ),
      `</g>`,
    );
    right -= 6;
  }
  const meta = [labels.channel[step.channel], step.role.trim()].filter(Boolean).join(" · ");
  const metaWidth = right - (x + 12) - 4;
  return [
    `<g class="step"><clipPath id="${clip}"><rect x="${x}" y="${y}" width="${STEP_WIDTH}" height="${STEP_HEIGHT}" rx="6"/></clipPath>`,
    `<rect x="${x}" y="${y}" width="${STEP_WIDTH}" height="${STEP_HEIGHT}" rx="6" fill="#ffffff" stroke="#7d8b99" stroke-width="1.5"/>`,
    `<rect x="${x}" y="${y}" width="6" height="${STEP_HEIGHT}" fill="${CHANNEL_COLOURS[step.channel]}" clip-path="url(#${clip})"/>`,
    `<g clip-path="url(#${clip})">`,
    text(x + 12, y + 18, title, `font-size="${TITLE_SIZE}" font-weight="600" fill="${INK}"`),
    metaWidth > 20
      ? text(
          x + 12,
          y + STEP_HEIGHT - 10,
          fitText(meta, metaWidth, META_SIZE),
          `font-size="${META_SIZE}" fill="${INK_SOFT}"`,
        )
      : "",
    ...badges,
    `</g></g>`,
  ].join("");
}

function curve(points: readonly CurvePoint[], layout: BandLayout, labels: MapLabels): string {
  const top = layout.height + CURVE_GAP;
  const left = layout.stages[0]?.x ?? LANE_HEADER_WIDTH;
  const right = layout.width;
  const path = (key: "customer" | "staff") =>
    points.map((p, i) => `${i === 0 ? "M" : "L"}${n(p.x)} ${n(curveY(p[key]))}`).join("");
  return [
    `<g class="emotion-curve" transform="translate(0 ${top})">`,
    `<rect x="0" y="0" width="${right}" height="${CURVE_HEIGHT}" fill="#ffffff" stroke="${INK_SOFT}"/>`,
    text(
      12,
      24,
      wrapText(labels.curveTitle, LANE_HEADER_WIDTH - 24, 13, 3),
      `font-size="13" font-weight="700" fill="${INK}"`,
    ),
    ...[2, 0, -2].map((v) =>
      // Inside the plot, left of the first column's point, clear of the band's title.
      text(
        left + 6,
        curveY(v) - 4,
        v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0",
        `font-size="11" fill="${INK_SOFT}"`,
      ),
    ),
    ...[-2, -1, 0, 1, 2].map(
      (v) =>
        `<line x1="${left}" x2="${right}" y1="${n(curveY(v))}" y2="${n(curveY(v))}" stroke="${v === 0 ? INK_SOFT : LINE}"${v === 0 ? "" : ' stroke-dasharray="2 4"'}/>`,
    ),
    `<path d="${path("staff")}" fill="none" stroke="${STAFF}" stroke-width="2.5" stroke-dasharray="8 5"/>`,
    `<path d="${path("customer")}" fill="none" stroke="${ACCENT}" stroke-width="3"/>`,
    ...points.map(
      (p) =>
        `<circle cx="${n(p.x)}" cy="${n(curveY(p.staff))}" r="5" fill="#ffffff" stroke="${STAFF}" stroke-width="2"/><rect x="${n(p.x - 5)}" y="${n(curveY(p.customer) - 5)}" width="10" height="10" fill="${ACCENT}"/>`,
    ),
    `</g>`,
  ].join("");
}

/** The legend: the pain kinds by icon, the curve's two lines, a connection and (when drawn) a causes link. */
function legend(
  y: number,
  labels: MapLabels,
  withCurve: boolean,
  withCauses: boolean,
): { svg: string; width: number } {
  const parts: string[] = [text(0, y + 12, labels.legend, `font-size="13" font-weight="700" fill="${INK}"`)];
  let x = textWidth(labels.legend, 13) + 20;
  const item = (symbol: string, label: string) => {
    parts.push(symbol, text(x + 22, y + 12, label, `font-size="12" fill="${INK}"`));
    x += 22 + textWidth(label, 12) + 24;
  };
  for (const kind of PAIN_KINDS) item(icon(kind, x, y, 16), labels.kind[kind]);
  if (withCurve) {
    item(
      `<line x1="${n(x)}" x2="${n(x + 16)}" y1="${y + 8}" y2="${y + 8}" stroke="${ACCENT}" stroke-width="3"/><rect x="${n(x + 4)}" y="${y + 4}" width="8" height="8" fill="${ACCENT}"/>`,
      labels.curveCustomer,
    );
    item(
      `<line x1="${n(x)}" x2="${n(x + 16)}" y1="${y + 8}" y2="${y + 8}" stroke="${STAFF}" stroke-width="2.5" stroke-dasharray="4 2"/><circle cx="${n(x + 8)}" cy="${y + 8}" r="4" fill="#ffffff" stroke="${STAFF}" stroke-width="2"/>`,
      labels.curveStaff,
    );
  }
  item(
    `<path d="M${n(x)} ${y + 8}H${n(x + 14)}" stroke="${INK_SOFT}" stroke-width="1.5" marker-end="url(#jm-arrow)"/>`,
    labels.connection,
  );
  if (withCauses) {
    item(
      `<path d="M${n(x)} ${y + 8}H${n(x + 16)}" stroke="${STAFF}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `${labels.kind.blister} → ${labels.kind.thundercloud}: ${labels.causes}`,
    );
  }
  return { svg: `<g class="legend">${parts.join("")}</g>`, width: x };
}

// ---------------------------------------------------------------------------------------------
// The picture

/** The journey as an SVG document; undefined when there is no such journey. */
export function buildMapSvg(
  records: Records,
  journeyId: JourneyId,
  options: MapSvgOptions,
): MapPicture | undefined {
  const journey = getJourney(records, journeyId);
  if (!journey) return undefined;
  const { labels } = options;
  const steps = stepsOf(records, journeyId);
  const pains = painPointsOfJourney(records, journeyId);
  const layout = computeBands(journey, steps);
  const placed = new Map<string, Placed>();
  for (const step of steps) {
    const at = stepPosition(layout, step);
    if (at) placed.set(step.id, { step, ...at });
  }
  const summaries = summariseSteps(pains);
  const points = curvePoints(layout, steps, pains);
  const withCurve = points.some((p) => p.customer !== 0 || p.staff !== 0);

  const name = journey.name.trim() || options.labels.untitledJourney;
  const subtitle = [journey.persona.trim(), options.caption?.trim() ?? ""].filter(Boolean).join(" · ");
  const headerHeight = subtitle ? 64 : 44;
  const mapHeight = layout.height + (withCurve ? CURVE_GAP + CURVE_HEIGHT : 0);
  const legendY = mapHeight + 24;
  const connections = edges(records, journeyId, placed, pains, labels.causes);
  const key = legend(legendY, labels, withCurve, connections.causes > 0);
  const contentWidth = Math.max(layout.width, key.width, Math.min(textWidth(name, 22), 1600));
  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const height = Math.ceil(MARGIN + headerHeight + legendY + 20 + MARGIN);

  const cards = [...placed.values()].map((p, i) => {
    const s = summaries.get(p.step.id);
    return stepCard(
      p,
      i,
      { thundercloud: s?.thunderclouds ?? 0, blister: s?.blisters ?? 0, brightspot: s?.brightspots ?? 0 },
      labels,
    );
  });
  const metadata = options.embed ? svgEmbed(options.embed) : "";

  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="jm-title" font-family="${escapeXml(FONT)}">`,
    `<title id="jm-title">${escapeXml(name)}</title>`,
    metadata,
    `<defs><marker id="jm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${INK_SOFT}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${MARGIN} ${MARGIN})">`,
    text(0, 24, fitText(name, contentWidth, 22), `font-size="22" font-weight="700" fill="${INK}"`),
    subtitle ? text(0, 48, fitText(subtitle, contentWidth, 13), `font-size="13" fill="${INK_SOFT}"`) : "",
    `<g transform="translate(0 ${headerHeight})">`,
    bands(
      layout,
      new Map(journey.stages.map((s) => [s.id, s.name])),
      new Map(journey.lanes.map((l) => [l.id, l.name])),
    ),
    connections.lines,
    `<g class="steps">${cards.join("")}</g>`,
    connections.labels,
    withCurve ? curve(points, layout, labels) : "",
    key.svg,
    `</g></g></svg>\n`,
  ].join("");
  return { svg, width, height };
}
