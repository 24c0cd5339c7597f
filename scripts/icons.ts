import { deflateSync } from "node:zlib";
import { encodeChunk, PNG_SIGNATURE } from "../src/io/png-chunks.ts";

/**
 * The app's icons, drawn at build time from the same shapes as public/favicon.svg (a blue
 * rounded square with three white steps joined by a path), so installing the app needs no
 * image tools and no downloads. Shapes are signed distance functions in the favicon's
 * 32-unit square; a pixel's coverage follows from its distance to the edge, which
 * antialiases the edges at any size.
 */

export const THEME_COLOUR = "#1d4e89";

export interface AppIcon {
  /** Path under the build output, also the URL under the site root. */
  file: string;
  size: number;
  /** A maskable icon fills its square and keeps the drawing inside the central safe circle. */
  maskable: boolean;
}

export const APP_ICONS: readonly AppIcon[] = [
  { file: "icons/icon-192.png", size: 192, maskable: false },
  { file: "icons/icon-512.png", size: 512, maskable: false },
  { file: "icons/icon-maskable-512.png", size: 512, maskable: true },
  { file: "icons/apple-touch-icon-180.png", size: 180, maskable: true },
];

type Point = readonly [number, number];

const STEPS: readonly Point[] = [
  [8, 22],
  [16, 12],
  [24, 20],
];
const STEP_RADIUS = 3;
const PATH_HALF_WIDTH = 1;
const CORNER_RADIUS = 6;

function roundedSquare([x, y]: Point, half: number, radius: number): number {
  const qx = Math.abs(x - 16) - (half - radius);
  const qy = Math.abs(y - 16) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const along = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - dx * along, py - ay - dy * along);
}

/** Distance (in favicon units) from `p` to the white drawing; negative inside it. */
function drawing(p: Point): number {
  let d = Number.POSITIVE_INFINITY;
  for (const [cx, cy] of STEPS) d = Math.min(d, Math.hypot(p[0] - cx, p[1] - cy) - STEP_RADIUS);
  for (let i = 1; i < STEPS.length; i++)
    d = Math.min(d, segment(p, STEPS[i - 1]!, STEPS[i]!) - PATH_HALF_WIDTH);
  return d;
}

function coverage(distance: number, pixelsPerUnit: number): number {
  return Math.max(0, Math.min(1, 0.5 - distance * pixelsPerUnit));
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The icon's pixels, RGBA, row by row. */
export function drawIcon({ size, maskable }: AppIcon): Uint8Array {
  // A maskable icon is shrunk to 80 % around the centre so every step stays in the safe zone.
  const scale = maskable ? 0.8 : 1;
  const unitsPerPixel = 32 / size / scale;
  const [r, g, b] = rgb(THEME_COLOUR);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [16 + (x + 0.5 - size / 2) * unitsPerPixel, 16 + (y + 0.5 - size / 2) * unitsPerPixel];
      const background = maskable ? 1 : coverage(roundedSquare(p, 16, CORNER_RADIUS), 1 / unitsPerPixel);
      const white = coverage(drawing(p), 1 / unitsPerPixel);
      const i = (y * size + x) * 4;
      // White over blue; the square's own edge is the alpha.
      pixels[i] = Math.round(r + (255 - r) * white);
      pixels[i + 1] = Math.round(g + (255 - g) * white);
      pixels[i + 2] = Math.round(b + (255 - b) * white);
      pixels[i + 3] = Math.round(255 * background);
    }
  }
  return pixels;
}

/** A PNG file (8-bit RGBA, no interlace) of a square image. */
export function encodePng(pixels: Uint8Array, size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter set, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Uint8Array.from(PNG_SIGNATURE),
    encodeChunk("IHDR", header),
    encodeChunk("IDAT", deflateSync(rows, { level: 9 })),
    encodeChunk("IEND", new Uint8Array()),
  ]);
}

export function iconPng(icon: AppIcon): Buffer {
  return encodePng(drawIcon(icon), icon.size);
}
