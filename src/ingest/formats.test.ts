import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { findFiles } from './find-files.js';
import { parseHtml } from './html.js';
import { ingest } from './index.js';
import { markdownHeadline, markdownToText } from './markdown.js';

const PARA = 'The coalition said on Thursday that its troops would stay in Iraq to advise and assist the Iraqi security forces, officials said.';

describe('parseHtml', () => {
  it('finds the article with Readability, drops scripts, captions and navigation, and reads the date', () => {
    const html = `<!doctype html><html><head><title>Troops stay | Daily</title>
      <meta property="article:published_time" content="2021-12-09T10:00:00Z"><script>var x = "Hezbollah";</script><style>p{}</style></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Troops stay in Iraq</h1><p>${PARA}</p><figure><img src="a.jpg"><figcaption>REUTERS/Someone - a caption</figcaption></figure>
      <p>${PARA.replace('Thursday', 'Friday')}</p><p>${PARA.replace('Thursday', 'Monday')}</p></article>
      <footer>Copyright 2021</footer></body></html>`;
    const a = parseHtml(html);
    expect(a.date).toBe('2021-12-09');
    expect(a.text.split('\n')[0]).toMatch(/Troops stay/);
    expect(a.text).toContain(PARA);
    expect(a.text).not.toMatch(/var x|caption|p\{\}/);
  });
});

describe('parseHtml and embedded posts', () => {
  it("drops a tweet or an AMP embed: it quotes someone else's page, not the story", () => {
    const html = `<!doctype html><html><head><title>Coup | Daily</title></head><body><article><h1>Coup in the capital</h1><p>${PARA}</p>
      <amp-twitter width="375" height="472"><blockquote placeholder class="twitter-tweet"><p>I call on all stakeholders to exercise calm.</p>— Someone Official (@official) <a href="#">October 12, 2025</a></blockquote></amp-twitter>
      <blockquote class="twitter-tweet"><p>Another post entirely.</p></blockquote>
      <p>${PARA.replace('Thursday', 'Friday')}</p><p>${PARA.replace('Thursday', 'Monday')}</p></article></body></html>`;
    const a = parseHtml(html);
    expect(a.text).toContain(PARA);
    expect(a.text).not.toMatch(/stakeholders|Another post|@official/);
  });
});

describe('markdownToText', () => {
  it('keeps words, one line per block, and drops the markup', () => {
    const md = '# Troops stay\n\nThe **coalition** said [on Thursday](http://x) that\ntroops would stay.\n\n- first item\n- second `item`\n\n![img](a.png)';
    expect(markdownToText(md)).toBe('Troops stay\nThe coalition said on Thursday that troops would stay.\nfirst item\nsecond item');
  });
});

describe('markdownHeadline', () => {
  it('is the first level-one heading, else the front matter title', () => {
    expect(markdownHeadline('---\ntitle: "SEO title | Site"\n---\n**Site**\n\n# Troops *will* stay\n\nText.')).toBe('Troops will stay');
    expect(markdownHeadline('---\ntitle: "Troops stay"\n---\nText.')).toBe('Troops stay');
    expect(markdownHeadline('Text only.')).toBeUndefined();
  });
});

describe('markdownToText edge cases', () => {
  it('drops an unclosed code fence, reads nested quotes and table rows', () => {
    expect(markdownToText('Intro line.\n\n```js\nvar x = 1;')).toBe('Intro line.');
    expect(markdownToText('>> The minister said so.')).toBe('The minister said so.');
    // a link without text (a logo's) leaves nothing
    expect(markdownToText('[](https://example.com/)\nThe minister said so.')).toBe('The minister said so.');
    expect(markdownToText('| Country | Troops |\n|---|---:|\n| Niger | 900 |')).toBe('Country; Troops\nNiger; 900');
  });
});

describe('findFiles and ingest', () => {
  it('reads folders recursively in sorted order, skips unknown extensions and survives symlink loops', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-find-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', '2.txt'), `Headline two\n${PARA}`);
    writeFileSync(join(dir, '1.md'), `# Headline one\n\n${PARA}`);
    writeFileSync(join(dir, 'notes.json'), '{}');
    symlinkSync(dir, join(dir, 'b', 'loop'));
    expect(findFiles([dir]).map((f) => f.slice(dir.length + 1))).toEqual(['1.md', 'b/2.txt']);
  });

  it('names a missing path', () => {
    expect(() => findFiles(['/no/such/folder'])).toThrow(InputError);
    expect(() => findFiles(['/no/such/folder'])).toThrow(/\/no\/such\/folder: no such file or folder/);
  });

  it('reports a bad file and goes on with the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-ingest-'));
    writeFileSync(join(dir, 'good.txt'), `Headline\n${PARA}`);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'fake.txt'), '%PDF-1.5 binary');
    const r = ingest([dir]);
    expect(r.documents.map((d) => d.id)).toEqual(['good']);
    expect(r.failures).toEqual([
      { path: join(dir, 'empty.txt'), reason: 'empty file' },
      { path: join(dir, 'fake.txt'), reason: 'not a text file: PDF' },
    ]);
  });

  it('gives documents unique ids from their file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-ids-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.txt'), `Headline\n${PARA}`);
    writeFileSync(join(dir, 'b', 'x.txt'), `Headline\n${PARA}`);
    expect(ingest([dir]).documents.map((d) => d.id)).toEqual(['x', 'x-2']);
  });
});
