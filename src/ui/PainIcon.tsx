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
      {kind === "thundercloud" && (
        <>
          <path d="M4.5 11.5a3 3 0 0 1-.3-6 4 4 0 0 1 7.6-.9 3.2 3.2 0 0 1 .2 6.9z" fill="currentColor" />
          <path
            d="M8.6 10.2 7 13h1.8l-1 2.6L10.4 12H8.6l.9-1.8z"
            fill="#f2c200"
            stroke="#5c4700"
            strokeWidth=".4"
          />
        </>
      )}
      {kind === "blister" && (
        <>
          <rect x="1.5" y="5" width="13" height="6" rx="3" transform="rotate(-30 8 8)" fill="currentColor" />
          <rect
            x="6"
            y="5.6"
            width="4"
            height="4.8"
            rx="1"
            transform="rotate(-30 8 8)"
            fill="#fff"
            opacity=".85"
          />
        </>
      )}
      {kind === "brightspot" && (
        <path d="m8 1.2 2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.3 6l4.7-.5z" fill="currentColor" />
      )}
    </svg>
  );
}
