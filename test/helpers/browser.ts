/**
 * Opens the demo's index.html in Debian's headless Chromium (driven by playwright-core, which
 * downloads no browser) and reports what a person looking at it would see: which charts Mermaid
 * drew, what it said about the ones it could not, the tables, the text, and anything that
 * misbehaved (console errors, uncaught exceptions, dialogs, scripts that are not the page's own).
 */
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Why a browser test cannot run here, or undefined when it can (CI installs Debian's chromium). */
export function chromiumMissing(): string | undefined {
  return fs.existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is not installed (apt-get install chromium): the headless browser tests are skipped`;
}

export interface RenderedSite {
  /** The document's <title>. */
  title: string;
  /** body[data-mermaid]: "done" when every chart was tried, "missing" when the page was written
   * without Mermaid, "unavailable" when its script did not load. */
  mermaid: string;
  /** Step titles in the navigation, in order (without their numbers). */
  steps: string[];
  /** h1–h3 of the page and of the rendered markdown, as shown. */
  headings: string[];
  /** File titles of the page's articles, in order (without their paths). */
  fileTitles: string[];
  /** ```mermaid blocks on the page. */
  charts: number;
  /** Of those, the ones Mermaid turned into an <svg> that draws something and says nothing of an error. */
  chartsRendered: number;
  /** One message per chart that did not render (Mermaid's own words, e.g. "Syntax error …"). */
  chartErrors: string[];
  /** <table> elements inside the rendered markdown. */
  tables: number;
  /** <details> elements inside the rendered markdown. */
  details: number;
  /** The text a reader sees (document.body.innerText: closed <details> show only their summary). */
  visibleText: string;
  /** console.error messages. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** alert/confirm/prompt dialogs that opened (each was dismissed). */
  dialogs: string[];
  /** src of every <script> in the DOM after rendering ("inline" for inline ones). */
  scripts: string[];
  /** Elements in the rendered markdown that carry an on* attribute, as `tag[attribute]`. */
  eventHandlers: string[];
  /** href/src values in the rendered markdown whose scheme is javascript:, data: or vbscript:. */
  scriptUrls: string[];
}

export interface OpenOptions {
  /** How long to wait for Mermaid to finish (ms). */
  timeoutMs?: number;
  /** Click every link in the rendered markdown before reporting (to show none runs a script). */
  clickLinks?: boolean;
  /** Write a full-page PNG here. */
  screenshot?: string;
}

export async function openDemoSite(indexHtml: string, options: OpenOptions = {}): Promise<RenderedSite> {
  const timeout = options.timeoutMs ?? 20_000;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const url = pathToFileURL(indexHtml).href;
    const load = async () => {
      await page.goto(url, { waitUntil: "load", timeout });
      await page.waitForFunction(() => document.body.dataset.mermaid !== "pending", undefined, { timeout });
    };
    await load();
    if (options.clickLinks) {
      const links = await page.locator(".markdown-body a").count();
      for (let n = 0; n < links; n++) {
        await page
          .locator(".markdown-body a")
          .nth(n)
          .click({ timeout: 2_000 })
          .catch(() => undefined);
        await page.waitForLoadState("load");
        // Back to the page as it was, whether the link went elsewhere or reloaded it.
        await load();
      }
    }
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
    const seen = await page.evaluate(() => {
      const text = (element: Element | null) => (element as HTMLElement | null)?.innerText.trim() ?? "";
      const charts = [...document.querySelectorAll(".markdown-body .mermaid-chart")];
      const chartErrors: string[] = [];
      let chartsRendered = 0;
      for (const chart of charts) {
        const svg = chart.querySelector("svg");
        const error = text(chart.querySelector(".chart-error"));
        const svgText = svg?.textContent ?? "";
        if (error) chartErrors.push(error);
        else if (/syntax error|error in text/i.test(svgText)) chartErrors.push(svgText.trim());
        else if (svg && svg.querySelectorAll("rect, path, line, polyline, circle").length > 0)
          chartsRendered++;
      }
      const eventHandlers: string[] = [];
      const scriptUrls: string[] = [];
      for (const element of document.querySelectorAll(".markdown-body *")) {
        for (const attribute of element.attributes) {
          if (attribute.name.toLowerCase().startsWith("on"))
            eventHandlers.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
          if (
            ["href", "src", "xlink:href", "action", "formaction"].includes(attribute.name.toLowerCase()) &&
            /^\s*(javascript|data|vbscript):/i.test(attribute.value)
          )
            scriptUrls.push(attribute.value);
        }
      }
      return {
        title: document.title,
        mermaid: document.body.dataset.mermaid ?? "",
        steps: [...document.querySelectorAll("nav.steps li a")].map((a) => text(a).replace(/^\d+\s*/, "")),
        headings: [...document.querySelectorAll("h1, h2, h3")].map((h) => text(h).replace(/^\d+\s+/, "")),
        fileTitles: [...document.querySelectorAll("article.file > .file-title")].map((h) =>
          (h.firstChild?.textContent ?? "").trim(),
        ),
        charts: charts.length,
        chartsRendered,
        chartErrors,
        tables: document.querySelectorAll(".markdown-body table").length,
        details: document.querySelectorAll(".markdown-body details").length,
        visibleText: document.body.innerText,
        scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src") ?? "inline"),
        eventHandlers,
        scriptUrls,
      };
    });
    return { ...seen, consoleErrors, pageErrors, dialogs };
  } finally {
    await browser.close();
  }
}
