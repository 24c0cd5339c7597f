import { readFileSync } from "node:fs";
import { button, expect, expectNoAxeViolations, journeyLink, SAMPLE_JOURNEY, steps, test } from "./support";

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

test("after a week of work in no backup file the app offers one; exporting it ends the reminder for good", async ({
  page,
}) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
  // The edit is recorded as the start of work in no file, kept beside the records.
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<{ unbackedSince: string | null } | undefined>((resolve, reject) => {
          const request = indexedDB.open("journey-mapper");
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const get = db.transaction("meta").objectStore("meta").get("backup");
            get.onsuccess = () => {
              db.close();
              resolve(get.result?.value);
            };
          };
        }),
    );
  await expect.poll(async () => (await stored())?.unbackedSince ?? null).not.toBeNull();
  const reminder = page.getByRole("status", { name: "Backup reminder" });
  await expect(reminder).toHaveCount(0);

  // Eight days later.
  await page.clock.install({ time: Date.now() + 8 * 24 * 3_600_000 });
  await page.reload();
  await expect(reminder).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await reminder.getByRole("button", { name: "Export backup" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.journeymap\.json$/);
  await expect(reminder).toHaveCount(0);
  await expect.poll(async () => (await stored())?.unbackedSince).toBeNull();
  await page.reload();
  await expect(page.getByRole("button", { name: "Journeys", exact: true })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
