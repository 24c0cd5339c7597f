import type { PainKind } from "./types";

/**
 * The shapes of the pain-kind icons in a 16 × 16 box, drawn by the app (src/ui/PainIcon.tsx)
 * and by exported map pictures alike: a cloud with a bolt, a plaster, a star. Shapes differ,
 * so colour is never the only cue. `currentColor` takes the kind's colour.
 */
export type IconShape =
  | { tag: "path"; d: string; fill: string; stroke?: string; strokeWidth?: number }
  | {
      tag: "rect";
      x: number;
      y: number;
      width: number;
      height: number;
      rx: number;
      transform: string;
      fill: string;
      opacity?: number;
    };

export const PAIN_ICON_SHAPES: Readonly<Record<PainKind, readonly IconShape[]>> = {
  thundercloud: [
    {
      tag: "path",
      d: "M4.5 11.5a3 3 0 0 1-.3-6 4 4 0 0 1 7.6-.9 3.2 3.2 0 0 1 .2 6.9z",
      fill: "currentColor",
    },
    {
      tag: "path",
      d: "M8.6 10.2 7 13h1.8l-1 2.6L10.4 12H8.6l.9-1.8z",
      fill: "#f2c200",
      stroke: "#5c4700",
      strokeWidth: 0.4,
    },
  ],
  blister: [
    {
      tag: "rect",
      x: 1.5,
      y: 5,
      width: 13,
      height: 6,
      rx: 3,
      transform: "rotate(-30 8 8)",
      fill: "currentColor",
    },
    {
      tag: "rect",
      x: 6,
      y: 5.6,
      width: 4,
      height: 4.8,
      rx: 1,
      transform: "rotate(-30 8 8)",
      fill: "#fff",
      opacity: 0.85,
    },
  ],
  brightspot: [
    {
      tag: "path",
      d: "m8 1.2 2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.3 6l4.7-.5z",
      fill: "currentColor",
    },
  ],
};

/** The colour of each kind's icon and badge. */
export const PAIN_KIND_COLOURS: Readonly<Record<PainKind, string>> = {
  thundercloud: "#3d4f66",
  blister: "#a4262c",
  brightspot: "#8a5a00",
};
