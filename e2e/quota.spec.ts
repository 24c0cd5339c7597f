import { button, expect, field, openJourney, saveStatus, step, test } from "./support";

test("when storage is full, saving fails visibly, keeps the edit in memory, and saves it once there is room", async ({
  page,
}) => {
  // Simulate a full disk: every IndexedDB write throws QuotaExceededError while the flag is set.
  await page.addInitScript(() => {
    const flags = window as unknown as { __storageFull?: boolean };
    for (const method of ["put", "add"] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (flags.__storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      } as (typeof IDBObjectStore.prototype)[typeof method];
    }
  });
  await page.goto("/");
  await button(page, "New journey").click();
  await button(page, "Add step").click();
  await field(page, "Title").fill("Saved before the disk filled");
  await expect(saveStatus(page)).toHaveText("Saved");

  await page.evaluate(() => {
    (window as unknown as { __storageFull?: boolean }).__storageFull = true;
  });
  await field(page, "Title").fill("Typed while the disk was full");
  await expect(saveStatus(page)).toContainText("Not saved: storage is full");
  await expect(button(page, "Retry")).toBeVisible();
  // The edit is still on the map: nothing typed is lost while saving fails.
  await expect(step(page, "Typed while the disk was full")).toHaveCount(1);

  await page.evaluate(() => {
    (window as unknown as { __storageFull?: boolean }).__storageFull = false;
  });
  await button(page, "Retry").click();
  await expect(saveStatus(page)).toHaveText("Saved");
  await page.reload();
  await openJourney(page, "Untitled journey");
  await expect(step(page, "Typed while the disk was full")).toHaveCount(1);
});
