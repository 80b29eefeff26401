// Opens every page of one or more sites written by `cluster site` in headless Chromium (one browser for
// all) and reports, as JSON on standard output, one list per site of its pages: console errors, requests
// outside the site's folder, axe-core violations (WCAG 2.1 A/AA rules; colour contrast on the pages that
// have text where no page before had it: `contrastChecked`) and, for each agenda, the number of A4 pages it
// prints to. The JUnit test BrowserSiteIT asserts.
// Usage: node check-site.js SITE_DIR PDF_DIR [SITE_DIR PDF_DIR ...]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// A stylesheet with selectors that look past the chain of elements and classes a text sits in
// (siblings, ids, attributes, pseudo-classes other than :root and :focus, pseudo-elements), or with
// container queries: colour contrast is then checked on every page (see `check` below).
const looksPastTheChain = css => {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return /@container/.test(plain) || (plain.match(/[^{}]+(?=\{)/g) || [])
    .map(prelude => prelude.trim()).filter(prelude => !prelude.startsWith('@'))
    .some(selector => /[+~[#]|:(?!(root|focus)(?![\w-]))/.test(selector));
};

const sites = [];
for (let i = 2; i + 1 < process.argv.length; i += 2) {
  const site = path.resolve(process.argv[i]);
  const stylesheet = path.join(site, 'style.css');
  const css = fs.existsSync(stylesheet) ? fs.readFileSync(stylesheet, 'utf8') : '';
  sites.push({ site, pdfDir: path.resolve(process.argv[i + 1]), root: pathToFileURL(site).href + '/',
    css, contrastEverywhere: looksPastTheChain(css) });
}
const CONCURRENCY = Math.max(1, Math.floor(Number(process.env.CONCURRENCY)) || os.cpus().length + 1);

function pages(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...pages(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Pages are checked a few at a time (CONCURRENCY, default one more than the cores), all sites' together:
  // axe-core keeps one core busy per page. The results keep the sites' order and the pages' sorted order.
  const tasks = [];
  const results = sites.map((s, at) => {
    const files = pages(s.site);
    files.forEach((file, i) => tasks.push({ ...s, file, at, i }));
    return new Array(files.length);
  });
  // Each worker keeps one tab and opens its pages in it in turn (a new tab per page cost a tenth of a
  // second). What the tab logs or requests belongs to the page in it: `current` names that page's result
  // from before it is opened until the next page is, or the tab is closed; anything else is a stray,
  // which fails the run. (Going to about:blank after each page, to close it first, cost a seventh of the
  // run; a page's late event could now be put down to the next page, but it still fails the run, and the
  // pages have no scripts, which is checked.)
  const stray = [];
  // axe-core's colour-contrast rule is most of the run's time (it works out the colours behind every piece
  // of text). A text's colours follow from the site's stylesheet and from the chain it sits in: its
  // elements, their classes and the attributes that change how text shows whatever the stylesheet says
  // (hidden, aria-hidden, disabled, type). So the rule runs on a page only when the page has text in a
  // chain that no page with the same stylesheet was checked for (two pages checked at once may both check
  // a chain new to both: never fewer checks than needed); on every page with styles of its own (a style
  // attribute or element), which then counts for no other; and on every page of a site whose stylesheet
  // looks past the chain.
  const contrastSeen = new Set();
  const check = async (page, current, { site, pdfDir, root, file, css, contrastEverywhere }) => {
    const rel = path.relative(site, file).split(path.sep).join('/');
    const r = { page: rel, consoleErrors: [], outside: [], violations: [], pdfPages: null };
    current.root = root;
    current.result = r;
    current.axe = false;
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // The page's links, scripts and text chains, read in one page.evaluate (page.$$eval would inject
    // Playwright's selector engine into every page, a tenth of a second each).
    const seen = await page.evaluate(() => {
      const chains = new Set();
      const chain = e => {
        const parts = [];
        for (; e; e = e.parentElement) {
          const shown = ['hidden', 'aria-hidden', 'disabled', 'type']
            .filter(a => e.hasAttribute(a)).map(a => `[${a}=${e.getAttribute(a)}]`).join('');
          parts.push(e.localName + [...e.classList].sort().map(c => '.' + c).join('') + shown);
        }
        return parts.join(' < ');
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeValue.trim()) chains.add(chain(n.parentElement));
      }
      document.querySelectorAll('input, select, textarea, button').forEach(e => chains.add(chain(e)));
      return {
        hrefs: [...document.querySelectorAll('a[href]')].map(a => a.href),
        scripts: document.querySelectorAll('script').length,
        chains: [...chains],
        ownStyles: document.querySelectorAll('[style], style').length,
      };
    });
    // follow every link inside the site: it must name a file that exists
    r.brokenLinks = seen.hrefs.filter(h => h.startsWith('file:')).filter(h => {
      const target = decodeURIComponent(new URL(h).pathname);
      return !target.startsWith(site + path.sep) || !fs.existsSync(target);
    });
    r.scripts = seen.scripts;
    const fresh = seen.chains.map(c => css + '\n' + c).filter(c => !contrastSeen.has(c));
    if (seen.ownStyles === 0) fresh.forEach(c => contrastSeen.add(c));
    r.contrastChecked = contrastEverywhere || seen.ownStyles > 0 || fresh.length > 0;
    // axe-core, injected next, is the test's own script: what it logs is not the page's. It is
    // evaluated rather than added as a <script> element: half the time (a tenth of a second a page).
    current.axe = true;
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async contrast => await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: contrast } },
      preload: false, // no fetching of the stylesheets again (file:// forbids it): the page has them
      resultTypes: ['violations'], // the only results read: axe-core then describes no passing node
    }), r.contrastChecked);
    current.axe = false;
    r.violations = axe.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length,
      help: v.help, target: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
    if (rel.startsWith('agendas/')) {
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const out = path.join(pdfDir, rel.replace(/\//g, '_') + '.pdf');
      fs.writeFileSync(out, pdf);
      r.pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
    }
    return r;
  };
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    const current = { root: null, result: null, axe: false };
    const logged = text => {
      if (!current.result) stray.push(`logged with no page open: ${text}`);
      else if (!current.axe) current.result.consoleErrors.push(text);
    };
    page.on('console', m => { if (m.type() === 'error') logged(m.text()); });
    page.on('pageerror', e => logged(String(e)));
    await page.route('**/*', route => {
      const url = route.request().url();
      if (current.root && url.startsWith(current.root)) return route.continue();
      if (current.result) current.result.outside.push(url);
      else stray.push(`requested with no page open: ${url}`);
      return route.abort();
    });
    while (next < tasks.length) {
      const task = tasks[next++];
      results[task.at][task.i] = await check(page, current, task);
    }
    current.result = null;
    current.root = null;
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tasks.length) }, worker));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (stray.length) throw new Error('events that belong to no page:\n' + stray.join('\n'));
  process.stdout.write(JSON.stringify(results, null, 1) + '\n');
})().catch(e => { console.error(e); process.exit(1); });
