import {
  BASE_URL,
  button,
  expect,
  expectNoAxeViolations,
  expectSaved,
  field,
  openJourney,
  SAMPLE_JOURNEY,
  step,
  steps,
  test,
} from "./support";

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("the manifest is linked and served, with installable icons", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const response = await request.get(new URL(href!, BASE_URL).href);
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Journey Mapper",
    short_name: expect.any(String),
    start_url: "/",
    display: "standalone",
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", manifest.theme_color);

  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
  for (const size of ["192x192", "512x512"]) {
    expect(icons.some((i) => i.sizes === size && (i.purpose ?? "any").includes("any"))).toBe(true);
  }
  expect(icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of icons) {
    const image = await request.get(new URL(icon.src, new URL(href!, BASE_URL)).href);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await image.body()).join("x")).toBe(icon.sizes);
  }
});

test("after the first visit the app loads and saves with the network off", async ({ page, context }) => {
  await page.goto("/");
  await expect(button(page, "Open sample journey")).toBeVisible();
  // The first visit installs the service worker, which takes this page once it has cached the app.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  // Really offline: the server cannot be reached from outside the service worker.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(button(page, "Open sample journey")).toBeVisible();
  await expectNoAxeViolations(page);

  // Lazily loaded code (the import worker, the export formats) comes from the cache too.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  const worker = cached.find((url) => /\/assets\/import\.worker-[\w-]+\.js$/.test(url));
  expect(worker, cached.join("\n")).toBeDefined();
  expect(
    await page.evaluate(async (url) => (await fetch(url)).status, worker!),
    "the import worker loads offline",
  ).toBe(200);
  expect(cached.filter((url) => url.startsWith("/assets/") && url.endsWith(".js")).length).toBeGreaterThan(2);

  await button(page, "Open sample journey").click();
  await openJourney(page, SAMPLE_JOURNEY);
  await expect.poll(() => steps(page).count()).toBeGreaterThan(5);
  await steps(page).first().click();
  const title = field(page, "Title");
  await title.fill("Written without a network");
  await title.blur();
  await expectSaved(page);

  // Still offline, the edit is there after another reload.
  await page.reload();
  await openJourney(page, SAMPLE_JOURNEY);
  await expect(step(page, "Written without a network")).toBeVisible();
  // Tidy up starts a worker of its own, from the cache too.
  await button(page, "Tidy up").click();
  await expect(page.getByText(/^Tidied up \d+ steps?$/)).toBeVisible();
  await context.setOffline(false);
});
