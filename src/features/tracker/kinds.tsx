import type { PainKind } from "@/model/types";

/** Each kind has an icon character and a shape as well as a colour, so none relies on colour alone. */
export const KIND_ICON: Readonly<Record<PainKind, string>> = {
  thundercloud: "☁",
  blister: "✚",
  brightspot: "★",
};

function starPath(r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r * 1.25 : r * 0.55;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(Math.cos(angle) * radius).toFixed(2)},${(Math.sin(angle) * radius).toFixed(2)}`);
  }
  return `M${points.join("L")}Z`;
}

/**
 * The dot of a pain point, centred on 0,0: a circle for a thundercloud, a square for a
 * blister, a star for a bright spot.
 */
export function KindShape({ kind, r, className }: { kind: PainKind; r: number; className?: string }) {
  const cls = `kind-shape kind-${kind}${className ? ` ${className}` : ""}`;
  if (kind === "thundercloud") return <circle className={cls} r={r} />;
  if (kind === "blister") {
    const side = r * 1.7;
    return <rect className={cls} x={-side / 2} y={-side / 2} width={side} height={side} rx={1} />;
  }
  return <path className={cls} d={starPath(r)} />;
}

/** A shape on its own, for legends and labels. */
export function KindSwatch({ kind }: { kind: PainKind }) {
  return (
    <svg
      className="kind-swatch"
      width="16"
      height="16"
      viewBox="-8 -8 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <KindShape kind={kind} r={5.5} />
    </svg>
  );
}
