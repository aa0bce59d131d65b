// Saved web pages: Mozilla's Readability (the Firefox Reader View engine) finds the article in the
// page, on linkedom's DOM; the article's blocks become the lines of the text. Script, style, figures
// and captions never reach the text.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';

let dom: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHTML } | undefined;
/** Readability and linkedom, required on the first page: 90 ms that a folder of text files, a build from the cache or a query need not pay. */
function htmlLibraries() {
  if (dom) return dom;
  const require = createRequire(import.meta.url);
  return (dom = { Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability, parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML });
}

export interface HtmlArticle {
  title: string;
  text: string;
  date?: string;
  siteName?: string;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of a DOM subtree, one line per block element. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (DROP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

function metaContent(document: any, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** An ISO date YYYY-MM-DD from a date-time string, or undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export function parseHtml(html: string): HtmlArticle {
  const { Readability, parseHTML } = htmlLibraries();
  // linkedom needs a whole document: wrap fragments and plain text
  if (!/<html[\s>]|<body[\s>]/i.test(html)) html = `<!doctype html><html><head></head><body>${/<[a-z!/]/i.test(html) ? html : `<p>${html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n\s*\n/g, '</p><p>')}</p>`}</body></html>`;
  const { document } = parseHTML(html) as any;
  if (!document?.documentElement) return { title: '', text: '' };
  // JSON-LD dates are read from the raw page below, so every script can go now
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  // embedded posts (a tweet, an Instagram or TikTok post, AMP's embeds) quote someone else's page, not the story
  for (const el of document.querySelectorAll('blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, .fb-post, amp-twitter, amp-instagram, amp-facebook, amp-youtube, amp-iframe')) el.remove();
  const date = isoDate(
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="DC.date.issued"]',
      'time[datetime]',
    ]) ?? /"datePublished"\s*:\s*"([^"]+)"/.exec(html)?.[1],
  );
  const siteName = metaContent(document, ['meta[property="og:site_name"]']);
  const headTitle = (document.querySelector('meta[property="og:title"]')?.getAttribute('content') ??
    document.querySelector('h1')?.textContent ??
    document.title ??
    '') as string;
  const article = new Readability(document, { charThreshold: 200 }).parse();
  let text = '';
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as any;
    text = blockText(inner.body);
  }
  if (!text.trim()) text = blockText(document.body ?? document.documentElement);
  const title = (article?.title || headTitle || '').replace(/\s+/g, ' ').trim();
  // Readability drops the headline from the content; put it back as the first line.
  if (title && !text.startsWith(title)) text = `${title}\n${text}`;
  return { title, text, date, siteName: siteName ?? article?.siteName ?? undefined };
}
