import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BASE_URL,
  button,
  expect,
  expectNoForeignRequests,
  expectSaved,
  field,
  type KillableBrowser,
  launchKillableBrowser,
  openJourney,
  SAMPLE_JOURNEY,
  step,
  steps,
  test,
} from "./support";

const EDIT = "Books the first meeting online (edited just before the crash)";

test("an edit survives the browser process being killed", async () => {
  const profile = mkdtempSync(join(tmpdir(), "journey-mapper-profile-"));
  let chromium: KillableBrowser | null = null;
  try {
    chromium = await launchKillableBrowser(profile);
    let page = await chromium.context.newPage();
    let requests = expectNoForeignRequests(page);
    await page.goto(`${BASE_URL}/`);
    await button(page, "Open sample journey").click();
    await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
    await expectSaved(page);

    await steps(page).first().click();
    const title = field(page, "Title");
    await title.fill(EDIT);
    await title.blur();
    await expect(step(page, EDIT)).toHaveCount(1);
    await expectSaved(page);
    requests.verify();

    // SIGKILL: no pagehide, no visibilitychange, no beforeunload, no clean shutdown.
    await chromium.kill();
    chromium = null;

    chromium = await launchKillableBrowser(profile);
    page = await chromium.context.newPage();
    requests = expectNoForeignRequests(page);
    await page.goto(`${BASE_URL}/`);
    await openJourney(page, SAMPLE_JOURNEY);
    await expect(step(page, EDIT)).toHaveCount(1);
    await expect.poll(() => steps(page).count()).toBeGreaterThanOrEqual(12);
    requests.verify();
  } finally {
    await chromium?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
