import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {browserRuns, CREDENTIALS, launchChromium, openPage, startSite, type Site} from './harness.js';
import {hostileCredential} from './hostile-corpus.js';
import {addElements, settle, shadowText} from './in-page.js';

describe.runIf(browserRuns)('<microcredential-verify>: safety and weight on a page', {timeout: 60_000}, () => {
  let site: Site;
  let browser: Browser;

  beforeAll(async() => {
    [site, browser] = await Promise.all([startSite(), launchChromium()]);
  }, 120_000);

  afterAll(async() => {
    await browser?.close();
    await site?.close();
  });

  test('a page that loads the script but shows no element never downloads the core (network log)', async() => {
    const {page, context, network} = await openPage(browser, site, '/empty/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const scripts = network.requests.filter(url => url.endsWith('.js'));
    expect(scripts.map(url => new URL(url).pathname)).toEqual(['/widget/microcredential-verify.js']);
    expect(await page.evaluate(() => customElements.get('microcredential-verify') !== undefined)).toBe(true);
    // The same page with an element does load the chunks: the check above can fail.
    await addElements(page, [{id: 'late', attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-valid.json`}}]);
    await settle(page, 'late');
    expect(network.requests.filter(url => url.includes('/widget/chunks/')).length).toBeGreaterThan(0);
    await context.close();
  });

  test.each(['card', 'badge'])('a hostile credential renders inert (layout=%s)', async layout => {
    const {page, context, network} = await openPage(browser, site);
    const dialogs: string[] = [];
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await addElements(page, [{id: 'hostile', attributes: {layout}, inline: {type: 'application/json', text: JSON.stringify(hostileCredential())}}]);
    await settle(page, 'hostile');
    if(layout === 'badge') {
      await page.locator('#hostile').locator('button.badge').click();
    }
    await page.waitForTimeout(300);
    const found = await page.$eval('#hostile', host => {
      const root = host.shadowRoot!;
      const elements = [...root.querySelectorAll('*')];
      return {
        scripts: root.querySelectorAll('script').length,
        handlers: elements.flatMap(element => [...element.attributes].filter(attribute => attribute.name.startsWith('on')).map(attribute => attribute.name)),
        javascriptUrls: elements.flatMap(element => [...element.attributes].filter(attribute => /^\s*javascript:/i.test(attribute.value)).map(attribute => attribute.name)),
        images: [...root.querySelectorAll('img')].map(image => image.getAttribute('src')),
        links: [...root.querySelectorAll('a')].map(link => link.getAttribute('href')),
        pwned: (window as unknown as {__pwned?: number}).__pwned ?? null,
      };
    });
    expect(found).toEqual({scripts: 0, handlers: [], javascriptUrls: [], images: [], links: [], pwned: null});
    expect(await shadowText(page, 'hostile')).toContain('Course <script>window.__pwned = 1</script>');
    expect(dialogs).toEqual([]);
    expect(network.errors).toEqual([]);
    await context.close();
  });

  test('the author\'s light-DOM content is the fallback without scripts, and gives way to the result once upgraded', async() => {
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fallback</title>
      <script type="module" src="/widget/microcredential-verify.js"></script></head><body><main><h1>Fallback</h1>
      <microcredential-verify id="fb" src="${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-tampered.json"><span id="fallback">A credential from Example Corp</span></microcredential-verify>
      </main></body></html>`;
    writeFileSync(join(site.dir, 'fallback.html'), page);
    const visible = (scripts: boolean) => async() => {
      const context = await browser.newContext({javaScriptEnabled: scripts});
      await context.route(url => !url.href.startsWith(site.url), route => route.fulfill({status: 200, headers: {'access-control-allow-origin': '*'},
        body: readFileSync(new URL('../fixtures/credentials/dcc-ob3-vc2-ed25519-didkey-tampered.json', import.meta.url))}));
      const tab = await context.newPage();
      await tab.goto(new URL('/fallback.html', site.url).href);
      if(scripts) {
        await tab.waitForFunction(() => document.getElementById('fb')?.getAttribute('state') === 'invalid');
      }
      const shown = await tab.locator('#fallback').isVisible();
      await context.close();
      return shown;
    };
    expect(await visible(false)()).toBe(true);
    expect(await visible(true)()).toBe(false);
  });

  test('sites theme it through custom properties and ::part(), from their own stylesheet', async() => {
    const {page, context} = await openPage(browser, site);
    await addElements(page, [{id: 'themed', attributes: {src: `${CREDENTIALS}dcc-ob3-vc2-ed25519-didkey-tampered.json`}}]);
    await page.$eval('#themed', element => element.classList.add('themed'));
    await settle(page, 'themed');
    const badge = page.locator('#themed').locator('button.badge');
    expect(await badge.evaluate(element => getComputedStyle(element).borderTopLeftRadius)).toBe('0px');
    expect(await badge.locator('.verdict-word').evaluate(element => getComputedStyle(element).color)).toBe('rgb(139, 0, 0)');
    await context.close();
  });
});
