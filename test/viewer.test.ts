/// <reference lib="dom" />
// The viewer in a real browser: Debian's chromium driven by playwright-core (never a downloaded
// browser), against `newsgraph serve` on 127.0.0.1 with a build of seeds/. Screenshots go to
// test-results/viewer/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../src/serve/index.js';
import { buildSeeds, cli } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = 'test-results/viewer';

describe.runIf(existsSync(CHROMIUM) && existsSync('viewer/dist/index.html'))('viewer in chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let out: string;
  const errors: string[] = [];

  beforeAll(async () => {
    out = buildSeeds();
    // a hostile label, served beside the seed graph
    const hostile = {
      attributes: { documents: [{ id: 'x', title: '<b>title</b>', path: 'x', format: 'text', length: 10 }] },
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      nodes: [
        { key: 'a', attributes: { label: '<img src=x onerror="window.__xss=1">', entityType: 'person', aliases: [], docs: ['x'], mentions: 3, roles: [], x: 0, y: 0, size: 10, color: '#E69F00' } },
        { key: 'b', attributes: { label: 'Other', entityType: 'place', aliases: [], docs: ['x'], mentions: 1, roles: [], x: 10, y: 10, size: 5, color: '#009E73' } },
      ],
      edges: [{ key: 'e', source: 'a', target: 'b', attributes: { relation: 'related_to', weight: 1, evidence: [{ doc: 'x', sentence: '<script>window.__xss=2</script> met Other', start: 0, end: 10 }], sources: ['x'], rule: 'cooccurrence', size: 1, color: '#BBBBBB' } }],
    };
    writeFileSync(join(out, 'hostile.json'), JSON.stringify(hostile));
    // a story over a month: three dated articles and one without a date
    const dated = mkdtempSync(join(tmpdir(), 'ng-viewer-dated-'));
    writeFileSync(join(dated, 'a.txt'), 'Talks open in Doha\nPublished 3 March 2024\nQatar hosted talks between Hamas and Israel in Doha on Sunday.');
    writeFileSync(join(dated, 'b.txt'), 'Talks stall\nPublished 10 March 2024\nEgypt said the talks between Hamas and Israel had stalled.');
    writeFileSync(join(dated, 'c.txt'), 'Truce\nPublished 28 March 2024\nIsrael and Hamas agreed to a truce, Jordan said on Thursday.');
    writeFileSync(join(dated, 'd.txt'), 'Background\nThe United Nations has called for a ceasefire in Gaza for months.');
    const datedOut = mkdtempSync(join(tmpdir(), 'ng-viewer-dated-out-'));
    expect(cli(['build', dated, '--out', datedOut, '--quiet']).status).toBe(0);
    cpSync(join(datedOut, 'graph.json'), join(out, 'dated.json'));
    ({ server, url } = await serve(out, { port: 0 }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(query = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}${query}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await page.waitForTimeout(300);
    return page;
  }

  it('loads the seed graph with no console errors and draws it', async () => {
    const page = await open();
    expect(await page.textContent('#status')).toMatch(/graph\.json: \d+ entities, \d+ edges/);
    const shot = await page.screenshot({ path: `${SHOTS}/loaded.png` });
    const png = PNG.sync.read(shot);
    // the graph area (right of the controls) has coloured pixels, not only background
    let coloured = 0;
    for (let y = 100; y < png.height - 20; y += 4) {
      for (let x = 300; x < png.width - 20; x += 4) {
        const i = (png.width * y + x) * 4;
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
    }
    expect(coloured).toBeGreaterThan(50);
    expect(await page.locator('#legend li').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a person by another spelling and shows the evidence of the edges', async () => {
    const page = await open();
    await page.fill('#search', 'Kazimi');
    await page.waitForSelector('#suggestions li');
    await page.press('#search', 'Enter');
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#panel h2')).toBe('Mustafa al-Kadhimi');
    expect(await page.locator('#panel .edge').count()).toBeGreaterThan(3);
    expect(await page.locator('#panel blockquote mark').count()).toBeGreaterThan(0);
    await page.waitForURL(/node=mustafa-al-kadhimi/);
    await page.screenshot({ path: `${SHOTS}/selected.png` });
    await page.close();
  });

  it('follows a connection from the panel and highlights the new neighbourhood', async () => {
    const page = await open('?node=mustafa-al-kadhimi');
    await page.click('#panel button.link:text-is("Iraq")');
    await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === 'Iraq');
    const colours = await page.evaluate(() => {
      const { renderer, graph } = (window as any).newsgraph;
      return graph.neighbors('iraq').map((n: string) => renderer.getNodeDisplayData(n).color);
    });
    expect(colours.filter((c: string) => c === '#e0e0e0')).toEqual([]);
    await page.close();
  });

  it('opens the panel when a node is clicked', async () => {
    const page = await open();
    const pos = await page.evaluate(() => {
      const { renderer } = (window as any).newsgraph;
      const d = renderer.getNodeDisplayData('iraq');
      return renderer.framedGraphToViewport(d);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#panel h2')).toBe('Iraq');
    expect(await page.locator('#panel .edge blockquote').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('saves the current view as a PNG', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const file = join(SHOTS, 'export.png');
    await download.saveAs(file);
    const png = PNG.sync.read(readFileSync(file));
    expect(png.width).toBeGreaterThan(400);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 16) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
    expect(coloured).toBeGreaterThan(50);
    await page.close();
  });

  it('hides the nodes of a type that is turned off', async () => {
    const page = await open();
    await page.uncheck('#legend input[data-type="place"]');
    await page.uncheck('#legend input[data-type="person"]');
    const hidden = await page.evaluate(() => {
      const { renderer } = (window as any).newsgraph;
      return [renderer.getNodeDisplayData('baghdad').hidden, renderer.getNodeDisplayData('joe-biden').hidden, renderer.getNodeDisplayData('iraq').hidden];
    });
    expect(hidden).toEqual([true, true, false]);
    await page.waitForURL(/hide=place%2Cperson/);
    await page.close();
  });

  it('loads a GEXF file dropped on the page', async () => {
    const page = await open();
    const gexf = readFileSync(join(out, 'graph.gexf'), 'utf8');
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'graph.gexf', { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, gexf);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('graph.gexf'));
    const nodes = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).nodes.length;
    expect(await page.textContent('#status')).toContain(`${nodes} entities`);
    await page.close();
  });

  it('shows hostile labels and sentences as text, never as HTML', async () => {
    const page = await open('?graph=hostile.json&node=a');
    await page.waitForSelector('#panel:not([hidden]) h2');
    expect(await page.textContent('#panel h2')).toBe('<img src=x onerror="window.__xss=1">');
    expect(await page.textContent('#panel blockquote')).toContain('<script>window.__xss=2</script>');
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/hostile.png` });
    await page.close();
  });

  it('shows the graph as of a date range with the time sliders, kept in the URL', async () => {
    const page = await open('?graph=dated.json');
    expect(await page.isVisible('#time')).toBe(true);
    expect(await page.getAttribute('#time-to', 'max')).toBe('2');
    const hidden = () =>
      page.evaluate(() => {
        const { renderer } = (window as any).newsgraph;
        return Object.fromEntries(['qatar', 'egypt', 'jordan', 'hamas', 'united-nations'].map((n) => [n, renderer.getNodeDisplayData(n).hidden]));
      });
    expect(Object.values(await hidden()).every((h) => h === false)).toBe(true);
    // until 3 March, without undated articles: only the first article's entities
    await page.fill('#time-to', '0');
    await page.uncheck('#time-undated');
    expect(await page.textContent('#time-value')).toBe('2024-03-03 – 2024-03-03');
    expect(await hidden()).toEqual({ qatar: false, egypt: true, jordan: true, hamas: false, 'united-nations': true });
    await page.waitForURL(/to=2024-03-03.*undated=0/);
    await page.screenshot({ path: `${SHOTS}/time-range.png` });
    // from 10 March on: the later articles; the first handle pushes the second
    await page.fill('#time-from', '1');
    expect(await page.textContent('#time-value')).toBe('2024-03-10 – 2024-03-10');
    await page.fill('#time-to', '2');
    expect(await hidden()).toEqual({ qatar: true, egypt: false, jordan: false, hamas: false, 'united-nations': true });
    // a shared link opens the same range
    const again = await open(`?graph=dated.json&from=2024-03-10&undated=0`);
    expect(await again.textContent('#time-value')).toBe('2024-03-10 – 2024-03-28');
    expect(await again.evaluate(() => (window as any).newsgraph.renderer.getNodeDisplayData('qatar').hidden)).toBe(true);
    expect(errors).toEqual([]);
    await again.close();
    await page.close();
  });

  it('hides the time sliders for a graph without dates', async () => {
    const page = await open();
    expect(await page.isHidden('#time')).toBe(true);
    await page.close();
  });
});
