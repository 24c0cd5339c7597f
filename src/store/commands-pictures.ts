import { formatDate, t } from "@/i18n";
import { APP_VERSION } from "@/io/app-version";
import type { MapLabels, MapPicture, MapSvgOptions } from "@/io/map-svg";
import { safeFileName, serializeWorkspace } from "@/io/workspace-file";
import type { JourneyId } from "@/model/ids";
import { getJourney } from "@/model/records";
import { CHANNELS, type PainKind } from "@/model/types";
import { type CommandDefinition, notify, state } from "./command-kit";
import type { ExportedBinaryFile, ExportedFile } from "./commands-exchange";
import { now } from "./document";
import { useStore } from "./store";

/**
 * Commands for a journey's pictures and texts: SVG and PNG of the map (with the journey's
 * workspace file inside), Mermaid text, and the printable report. The picture code is loaded
 * only when it is used.
 */

/** Draws an SVG picture onto pixels at `scale`; the browser does it, so the UI passes it in. */
export type Rasterise = (picture: MapPicture, scale: number) => Promise<{ png: Uint8Array; scale: number }>;

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

const BADGE_KEYS = {
  thundercloud: "pains.countThunderclouds",
  blister: "pains.countBlisters",
  brightspot: "pains.countBrightspots",
} as const;

/** The picture's words in the current language. */
function mapLabels(): MapLabels {
  return {
    channel: Object.fromEntries(CHANNELS.map((c) => [c, t(`channel.${c}`)])) as MapLabels["channel"],
    untitled: t("inspector.untitled"),
    untitledJourney: t("defaults.journeyName"),
    kind: {
      thundercloud: t("pains.kind.thundercloud"),
      blister: t("pains.kind.blister"),
      brightspot: t("pains.kind.brightspot"),
    },
    badge: (kind: PainKind, count: number) => t(BADGE_KEYS[kind], { count }),
    curveTitle: t("pains.curveTitle"),
    curveCustomer: t("pains.curveCustomer"),
    curveStaff: t("pains.curveStaff"),
    legend: t("pictures.legend"),
    connection: t("pictures.connection"),
    causes: t("pains.causesLink"),
  };
}

function openJourneyId(journeyId?: JourneyId): JourneyId | undefined {
  if (journeyId) return journeyId;
  const { route } = state();
  return route.view === "journey" || route.view === "report" ? route.journeyId : undefined;
}

function baseName(journeyId: JourneyId): string {
  const journey = getJourney(state().records, journeyId);
  return safeFileName(journey?.name ?? "") || "journey";
}

/** The `.journeymap.json` text of one journey: what its pictures carry inside them. */
function journeyWorkspaceText(journeyId: JourneyId): string {
  return serializeWorkspace(state().records, {
    journeyIds: [journeyId],
    appVersion: APP_VERSION,
    now: now(),
  });
}

/** What every map picture is drawn with: its words in the current language and today's caption. */
export function pictureOptions(): MapSvgOptions {
  return { labels: mapLabels(), caption: t("pictures.caption", { date: formatDate(now()) }) };
}

/**
 * The journey's map as SVG. With `workspace`, that workspace file rides along in `<metadata>`,
 * so that the picture can be imported again.
 */
export async function journeyPicture(
  journeyId: JourneyId,
  workspace?: string,
): Promise<MapPicture | undefined> {
  const { buildMapSvg } = await import("@/io/map-svg");
  return buildMapSvg(state().records, journeyId, {
    ...pictureOptions(),
    ...(workspace ? { embed: workspace } : {}),
  });
}

function failed(error: unknown): void {
  notify(t("pictures.failed", { reason: error instanceof Error ? error.message : String(error) }));
}

export interface SvgArgs {
  journeyId?: JourneyId;
  save?: (file: ExportedFile) => void;
}

export interface PngArgs {
  journeyId?: JourneyId;
  scale: PngScale;
  rasterise: Rasterise;
  save?: (file: ExportedBinaryFile) => void;
}

export interface MermaidArgs {
  journeyId?: JourneyId;
  save?: (file: ExportedFile) => void;
}

export const pictureCommands = {
  "picture.svg": {
    labelKey: "pictures.commandSvg",
    async run(args: SvgArgs = {}): Promise<ExportedFile | undefined> {
      const journeyId = openJourneyId(args.journeyId);
      const picture = journeyId && (await journeyPicture(journeyId, journeyWorkspaceText(journeyId)));
      if (!journeyId || !picture) return undefined;
      const { SVG_MIME_TYPE } = await import("@/io/map-svg");
      const file = { fileName: `${baseName(journeyId)}.svg`, mimeType: SVG_MIME_TYPE, text: picture.svg };
      if (args.save) {
        args.save(file);
        notify(t("pictures.saved", { fileName: file.fileName }));
      }
      return file;
    },
  },
  "picture.png": {
    labelKey: "pictures.commandPng",
    /** Draws the SVG (with its workspace file) at `scale` and puts the workspace file into the PNG too. */
    async run(args: PngArgs): Promise<ExportedBinaryFile | undefined> {
      const journeyId = openJourneyId(args.journeyId);
      if (!journeyId) return undefined;
      try {
        notify(t("pictures.drawing"));
        const workspace = journeyWorkspaceText(journeyId);
        const picture = await journeyPicture(journeyId, workspace);
        if (!picture) return undefined;
        const [{ pngWithEmbed }, drawn] = await Promise.all([
          import("@/io/picture-embed"),
          args.rasterise(picture, args.scale),
        ]);
        const file = {
          fileName: `${baseName(journeyId)}.png`,
          mimeType: "image/png",
          bytes: pngWithEmbed(drawn.png, workspace),
        };
        if (args.save) {
          args.save(file);
          notify(
            drawn.scale < args.scale
              ? t("pictures.savedSmaller", {
                  fileName: file.fileName,
                  scale: Number(drawn.scale.toPrecision(2)),
                  wanted: args.scale,
                })
              : t("pictures.saved", { fileName: file.fileName }),
          );
        }
        return file;
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
  },
  "journey.mermaid": {
    labelKey: "pictures.commandMermaid",
    async run(args: MermaidArgs = {}): Promise<ExportedFile | undefined> {
      const journeyId = openJourneyId(args.journeyId);
      if (!journeyId) return undefined;
      const { journeyToMermaid, MERMAID_EXTENSION, MERMAID_MIME_TYPE } = await import("@/io/mermaid");
      const text = journeyToMermaid(state().records, journeyId, {
        untitledJourney: t("defaults.journeyName"),
        untitledStep: t("inspector.untitled"),
        untitledStage: t("pictures.untitledStage"),
      });
      if (text === undefined) return undefined;
      const file = {
        fileName: `${baseName(journeyId)}${MERMAID_EXTENSION}`,
        mimeType: MERMAID_MIME_TYPE,
        text,
      };
      if (args.save) {
        args.save(file);
        notify(t("pictures.saved", { fileName: file.fileName }));
      }
      return file;
    },
  },
  "report.open": {
    labelKey: "report.command",
    run(journeyId?: JourneyId) {
      const id = openJourneyId(journeyId);
      if (id)
        useStore.setState({ route: { view: "report", journeyId: id }, selection: [], editingPain: null });
    },
  },
  "report.close": {
    labelKey: "report.commandClose",
    run() {
      const { route } = state();
      if (route.view === "report")
        useStore.setState({ route: { view: "journey", journeyId: route.journeyId }, selection: [] });
    },
  },
} satisfies Record<string, CommandDefinition>;
