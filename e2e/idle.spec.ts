import type { Page } from "@playwright/test";
import { button, expect, openJourney, steps, test } from "./support";

const NAME = "Large journey";

/** Writes a journey of `count` steps straight into the app's IndexedDB, in the stored record shapes. */
async function seedLargeJourney(page: Page, count: number) {
  await page.goto("/");
  await expect(button(page, "New journey")).toBeVisible();
  await page.evaluate(
    async ({ count, name }) => {
      const now = new Date().toISOString();
      const journeyId = "journey:large";
      const stages = Array.from({ length: 10 }, (_, i) => ({ id: `stage:s${i}`, name: `Stage ${i + 1}` }));
      const lanes = Array.from({ length: 4 }, (_, i) => ({ id: `lane:l${i}`, name: `Lane ${i + 1}` }));
      const records: object[] = [
        {
          typeName: "journey",
          id: journeyId,
          name,
          description: "",
          persona: "",
          stages,
          lanes,
          createdAt: now,
          updatedAt: now,
        },
      ];
      const perCell = Math.ceil(count / 40);
      const columns = Math.ceil(Math.sqrt(perCell));
      for (let i = 0; i < count; i++) {
        const cell = Math.floor(i / perCell);
        const within = i % perCell;
        records.push({
          typeName: "step",
          id: `step:n${i}`,
          journeyId,
          title: `Step ${i + 1}`,
          description: "",
          stageId: stages[cell % 10]!.id,
          laneId: lanes[Math.floor(cell / 10) % 4]!.id,
          channel: "web",
          role: "",
          x: 24 + (within % columns) * 248,
          y: 24 + Math.floor(within / columns) * 130,
          updatedAt: now,
        });
        if (i > 0) {
          records.push({
            typeName: "edge",
            id: `edge:e${i}`,
            journeyId,
            source: `step:n${i - 1}`,
            target: `step:n${i}`,
            label: "",
            updatedAt: now,
          });
        }
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("journey-mapper");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("records", "readwrite");
        const store = tx.objectStore("records");
        for (const record of records) store.put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { count, name: NAME },
  );
  await page.reload();
}

test("a large journey goes idle: no long task once it has settled", async ({ page }) => {
  test.setTimeout(90_000);
  await seedLargeJourney(page, 1000);
  await openJourney(page, NAME);
  await expect.poll(() => steps(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  // Let the first paint, measurements and the first save settle.
  await page.waitForTimeout(2000);
  const watchLongTasks = (busyMs: number) =>
    page.evaluate(
      (busy) =>
        new Promise<number[]>((resolve) => {
          const seen: number[] = [];
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) seen.push(Math.round(entry.duration));
          });
          observer.observe({ type: "longtask" });
          setTimeout(() => {
            const until = performance.now() + busy;
            while (performance.now() < until) {
              // Keep the main thread busy, to show the observer sees long tasks here.
            }
          }, 100);
          setTimeout(() => {
            observer.disconnect();
            resolve(seen);
          }, 3000);
        }),
      busyMs,
    );
  // The watch itself works: a deliberate 150 ms task is seen.
  expect((await watchLongTasks(150)).length).toBeGreaterThan(0);
  expect(await watchLongTasks(0), "long tasks (ms) while the map sat idle").toEqual([]);
  // And it re-renders nothing by itself: the number of rendered steps stays put.
  const rendered = await steps(page).count();
  await page.waitForTimeout(500);
  expect(await steps(page).count()).toBe(rendered);
});
