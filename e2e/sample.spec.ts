import {
  button,
  expect,
  expectNoAxeViolations,
  expectNoForeignRequests,
  field,
  journeyLink,
  SAMPLE_JOURNEY,
  steps,
  test,
} from "./support";

test("the sample journey opens with its steps and stages; no axe violations; nothing foreign", async ({
  page,
}) => {
  const requests = expectNoForeignRequests(page);
  await page.goto("/");

  await expect(button(page, "New journey")).toBeVisible();
  await expect(button(page, "Open sample journey")).toBeVisible();
  await expectNoAxeViolations(page);

  await button(page, "Open sample journey").click();
  await expect(button(page, "Add step")).toBeVisible();
  await expect
    .poll(() => steps(page).count(), { message: "sample journey steps" })
    .toBeGreaterThanOrEqual(12);

  // The stages the inspector offers are the ones drawn as column headers on the canvas.
  await steps(page).first().click();
  const stage = field(page, "Stage");
  await expect(stage).toBeVisible();
  const stageNames = (await stage.locator("option").allTextContents())
    .map((name) => name.trim())
    .filter((name) => name !== "" && !/^[-–—]+$/.test(name));
  expect(stageNames.length, `stages: ${stageNames.join(", ")}`).toBeGreaterThanOrEqual(4);
  for (const name of stageNames) {
    const header = page
      .getByText(name, { exact: true })
      .and(page.locator(":not(option)"))
      .filter({ visible: true });
    await expect(header.first(), `stage header "${name}"`).toBeVisible();
  }

  await expectNoAxeViolations(page);

  // Back on the list, the sample journey is there under its name.
  await page.getByRole("button", { name: "Journeys" }).click();
  await expect(journeyLink(page, SAMPLE_JOURNEY).first()).toBeVisible();
  await expectNoAxeViolations(page);

  expect(requests.requests.length).toBeGreaterThan(0);
  requests.verify();
});
