import { t } from "@/i18n";
import { type MapPicture, SVG_MIME_TYPE } from "@/io/map-svg";

/**
 * Canvas limits that hold in every current browser: no side over 16,384 pixels and no more
 * than 100 million pixels (400 MB of RGBA), so a 4× picture of a large map still draws.
 */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 100_000_000;

/** The largest scale up to `wanted` at which a picture of this size can be drawn. */
export function fittingScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

/**
 * Draws the SVG onto a canvas at `wanted` times its size (or smaller when that is too large)
 * and returns the PNG bytes. The browser renders the SVG's text with the same system fonts.
 */
export async function rasterise(
  picture: MapPicture,
  wanted: number,
): Promise<{ png: Uint8Array; scale: number }> {
  const scale = fittingScale(picture.width, picture.height, wanted);
  const url = URL.createObjectURL(new Blob([picture.svg], { type: SVG_MIME_TYPE }));
  try {
    const image = new Image();
    image.src = url;
    // The browser's own reason ("The source image cannot be decoded") is in English only.
    await image.decode().catch(() => {
      throw new Error(t("pictures.notDecoded"));
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.floor(picture.width * scale));
    canvas.height = Math.max(1, Math.floor(picture.height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error(t("pictures.noCanvas"));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error(t("pictures.tooLarge", { width: canvas.width, height: canvas.height }));
    return { png: new Uint8Array(await blob.arrayBuffer()), scale };
  } finally {
    URL.revokeObjectURL(url);
  }
}
