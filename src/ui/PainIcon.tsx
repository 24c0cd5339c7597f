import { PAIN_ICON_SHAPES } from "@/model/pain-icons";
import type { PainKind } from "@/model/types";

/**
 * Kind icons drawn as inline SVG so they need no font or network: a cloud for thunderclouds,
 * a plaster for blisters, a star for bright spots. Shapes differ, so colour is never the only cue.
 */
export function PainIcon({ kind, size = 14 }: { kind: PainKind; size?: number }) {
  return (
    <svg
      className={`pain-icon pain-icon-${kind}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {PAIN_ICON_SHAPES[kind].map((shape, i) =>
        shape.tag === "path" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of shapes
          <path key={i} d={shape.d} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />
        ) : (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of shapes
            key={i}
            x={shape.x}
            y={shape.y}
            width={shape.width}
            height={shape.height}
            rx={shape.rx}
            transform={shape.transform}
            fill={shape.fill}
            opacity={shape.opacity}
          />
        ),
      )}
    </svg>
  );
}
