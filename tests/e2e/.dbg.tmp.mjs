import { startServer, launchBrowser } from "./harness.mjs";
const app = await startServer({});
const browser = await launchBrowser();
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [query, width, scheme] = spec.split("|");
  const ctx = await browser.newContext({ viewport: { width: +width, height: 900 }, colorScheme: scheme || "light", reducedMotion: "reduce" });
  const page = await ctx.newPage();
  page.on("console", (m) => console.log("console", m.type(), m.text()));
  await page.goto(app.url + "?" + query);
  await page.waitForFunction(() => document.getElementById("app-loading")?.hidden);
  await page.waitForTimeout(300);
  const h = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  console.log(spec, "height", h, "scrollW", await page.evaluate(() => document.documentElement.scrollWidth));
  const name = `/tmp/shot-${width}-${scheme||"light"}-${query.replace(/[^a-z0-9]/gi, "_").slice(0,40)}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
  await ctx.close();
}
await browser.close(); await app.close();
