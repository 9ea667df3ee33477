import { startServer, launchBrowser, appReady } from "./harness.mjs";
const server = await startServer();
const browser = await launchBrowser();
for (const [w, scheme, path, name] of [[375, "light", "", "en-375-light"], [1280, "dark", "", "en-1280-dark"], [1280, "light", "?on=concessions,alternative&ctx=verification", "en-1280-light-link"], [375, "dark", "fa/", "fa-375-dark"]]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto(server.url + path);
  await appReady(page);
  await page.waitForTimeout(800);
  await page.locator("#verdict").scrollIntoViewIfNeeded();
  await page.locator(".ladder").screenshot({ path: `/tmp/exp/${name}-ladder.png` });
  await page.locator(".scenario-map").screenshot({ path: `/tmp/exp/${name}-map.png` });
  if (w === 1280) await page.locator(".panel").screenshot({ path: `/tmp/exp/${name}-panel.png` });
  await page.locator("#context-switches").screenshot({ path: `/tmp/exp/${name}-context.png` });
  await page.close();
}
await browser.close(); process.exit(0);
