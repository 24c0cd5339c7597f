import type { Page } from "@playwright/test";
import {
  button,
  expect,
  expectSaved,
  field,
  openJourney,
  SAMPLE_JOURNEY,
  saveStatus,
  step,
  steps,
  test,
} from "./support";

async function rename(page: Page, index: number, title: string) {
  await steps(page).nth(index).click();
  const field_ = field(page, "Title");
  await field_.fill(title);
  await field_.blur();
  await expect(step(page, title)).toHaveCount(1);
}

test("edits to different steps in two tabs show in both and both survive", async ({ context }) => {
  const one = await context.newPage();
  await one.goto("/");
  await button(one, "Open sample journey").click();
  await expect.poll(() => steps(one).count()).toBeGreaterThanOrEqual(12);
  await expectSaved(one);

  const two = await context.newPage();
  await two.goto("/");
  await openJourney(two, SAMPLE_JOURNEY);
  await expect.poll(() => steps(two).count()).toBe(await steps(one).count());

  const a = "Step A, edited in tab one";
  const b = "Step B, edited in tab two";
  await rename(one, 0, a);
  await rename(two, 1, b);

  // Within 2 seconds each tab shows the other's edit, and keeps its own.
  await expect(step(one, b)).toHaveCount(1, { timeout: 2_000 });
  await expect(step(two, a)).toHaveCount(1, { timeout: 2_000 });
  await expect(step(one, a)).toHaveCount(1);
  await expect(step(two, b)).toHaveCount(1);

  await expectSaved(one);
  await expectSaved(two);
  for (const page of [one, two]) {
    await page.reload();
    await openJourney(page, SAMPLE_JOURNEY);
    await expect(step(page, a)).toHaveCount(1);
    await expect(step(page, b)).toHaveCount(1);
  }
});

test("two tabs editing the same step converge on the last edit, also after reload", async ({ context }) => {
  const one = await context.newPage();
  await one.goto("/");
  await button(one, "Open sample journey").click();
  await expectSaved(one);
  const two = await context.newPage();
  await two.goto("/");
  await openJourney(two, SAMPLE_JOURNEY);

  // One after the other: each tab takes the other's saved edit.
  await rename(one, 0, "First title, from tab one");
  await expect(step(two, "First title, from tab one")).toHaveCount(1, { timeout: 2_000 });
  await rename(two, 0, "Second title, from tab two");
  await expect(step(one, "Second title, from tab two")).toHaveCount(1, { timeout: 2_000 });

  // At once, before either has saved: the edit made last wins in both tabs.
  await steps(one).nth(0).click();
  await steps(two).nth(0).click();
  await field(one, "Title").fill("Racing edit, tab one");
  await field(two, "Title").fill("Racing edit, tab two");
  for (const page of [one, two]) {
    await expect(step(page, "Racing edit, tab two")).toHaveCount(1, { timeout: 3_000 });
    await expect(step(page, "Racing edit, tab one")).toHaveCount(0);
    await expectSaved(page);
  }
  for (const page of [one, two]) {
    await page.reload();
    await openJourney(page, SAMPLE_JOURNEY);
    await expect(step(page, "Racing edit, tab two")).toHaveCount(1);
  }
});

test("a tab of an older version stops writing when a newer version takes the workspace over", async ({
  context,
}) => {
  const old = await context.newPage();
  await old.goto("/");
  await button(old, "Open sample journey").click();
  await expectSaved(old);
  const before = await steps(old).first().locator(".step-title").textContent();

  // A newer release opens the same database in another tab: a higher IndexedDB version and the
  // next workspace format.
  const newer = await context.newPage();
  await newer.goto("/");
  await newer.evaluate(async () => {
    const current = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("journey-mapper");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const version = current.version + 10;
    current.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open("journey-mapper", version);
      request.onupgradeneeded = () => {
        const meta = request.transaction!.objectStore("meta");
        meta.get("formatVersion").onsuccess = (event) => {
          const row = (event.target as IDBRequest<{ value: number }>).result;
          meta.put({ key: "formatVersion", value: row.value + 1 });
        };
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("the older tab blocked the upgrade"));
    });
  });

  await expect(old.getByText(/newer version of Journey Mapper is open in another tab/)).toBeVisible();
  await rename(old, 0, "Edited in the older tab");
  await expect(saveStatus(old)).toHaveText(/Not saved/);

  // What is stored is still what the newer version found.
  const stored = await newer.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("journey-mapper");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const titles = await new Promise<string[]>((resolve) => {
      const request = db.transaction("records").objectStore("records").getAll();
      request.onsuccess = () =>
        resolve(request.result.filter((r) => r.typeName === "step").map((r) => r.title));
    });
    db.close();
    return titles;
  });
  expect(stored).toContain(before);
  expect(stored).not.toContain("Edited in the older tab");
});
