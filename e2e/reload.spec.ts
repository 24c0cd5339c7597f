import {
  button,
  expect,
  expectSaved,
  field,
  openJourney,
  SAMPLE_JOURNEY,
  step,
  steps,
  test,
} from "./support";

// Within the write-behind delay the edit is not in IndexedDB yet, and a transaction begun while the
// page unloads is dropped: these edits come back from the page's localStorage journal.

test("an edit followed at once by a reload survives", async ({ page }) => {
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expectSaved(page);
  await steps(page).first().click();
  await field(page, "Title").fill("Renamed just before the reload");
  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  await expect(step(page, "Renamed just before the reload")).toHaveCount(1);
  // Put back, saved, and the journal gone: a second reload reads it from IndexedDB alone.
  await expectSaved(page);
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("unsaved"))))
    .toEqual([]);
  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  await expect(step(page, "Renamed just before the reload")).toHaveCount(1);
});

test("a step deleted just before the tab closes stays deleted", async ({ context }) => {
  const page = await context.newPage();
  await page.goto("/");
  await button(page, "Open sample journey").click();
  await expectSaved(page);
  const count = await steps(page).count();
  const title = (await steps(page).first().locator(".step-title").textContent())!;
  await steps(page).first().click();
  await page.keyboard.press("Delete");
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto("/");
  await openJourney(again, SAMPLE_JOURNEY);
  await expect(steps(again)).toHaveCount(count - 1);
  await expect(step(again, title)).toHaveCount(0);
});
