import { readFileSync } from "node:fs";
import { button, expect, journeyLink, SAMPLE_JOURNEY, steps, test } from "./support";

test("export the workspace file, delete the journey, import the file and get the journey back", async ({
  page,
}) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
  await page.getByRole("button", { name: "Journeys", exact: true }).click();

  await button(page, "Export").click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Workspace file" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.journeymap\.json$/);
  const text = readFileSync((await file.path())!, "utf8");
  expect(JSON.parse(text)).toMatchObject({ type: "journey-mapper/workspace", formatVersion: 1 });

  // Delete it, then import the file: the summary comes first and nothing changes before Import.
  await page.getByRole("button", { name: `Delete ${SAMPLE_JOURNEY}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete", exact: true }).click();
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(0);

  await page.locator('input[type="file"]').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(SAMPLE_JOURNEY);
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(0);
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  // Imported into an empty workspace, the journey opens with all its steps.
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_JOURNEY })).toBeAttached();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
  await page.getByRole("button", { name: "Journeys", exact: true }).click();
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(1);
});

test("a picture renamed .json is refused with a message and changes nothing", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await page.getByRole("button", { name: "Journeys", exact: true }).click();
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "map.json", mimeType: "application/json", buffer: png });
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(/PNG/);
  await expect(dialog).toContainText("Nothing in your workspace was changed.");
  await expect(journeyLink(page, SAMPLE_JOURNEY)).toHaveCount(1);
});
