// Page chrome removal by general rules, never by strings of particular sites: category and tag lists,
// navigation and share text, bylines, photo credits and captions, lines in another language, footnotes,
// teasers that repeat the lede, the site's own name, and a trailing block of non-prose lines.
// Each removed line is kept with the rule that removed it, for `build --debug`.
import { isFurniture } from './unwrap.js';
import { isForeignLine } from './language.js';
import type { RemovedText } from './types.js';

export interface CleanResult {
  text: string;
  title: string;
  removed: RemovedText[];
}

/** Phrases of site navigation, sharing and account UI. Lower case. */
const CHROME_PHRASES = [
  'read more', 'readmore', 'related posts', 'related articles', 'related stories', 'related news', 'more stories',
  'source link', 'subscribe', 'newsletter', 'sign up', 'sign in', 'log in', 'login', 'logout', 'register',
  'share this', 'share', 'tweet', 'follow us', 'followers', 'follow', 'comments', 'comment', 'reply', 'cancel reply',
  'view all', 'load more', 'loaded all posts', 'not found any post', 'previous article', 'next article', 'previous post',
  'next post', 'back home', 'home', 'menu', 'search', 'advertisement', 'sponsored', 'cookies', 'cookie policy',
  'privacy policy', 'terms of use', 'terms of service', 'all rights reserved', 'skip to content', 'skip to main content',
  'table of content', 'table of contents', 'print', 'email', 'newsfeed', 'chats', 'loader', 'loading', 'click here',
  'premium content', 'copy all code', 'select all code', 'participate in the discussion', 'join the discussion',
  'latest news', 'top news', 'breaking news', 'most read', 'most popular', 'trending', 'watch', 'listen', 'download',
  'recommended for you', 'you may also like', 'see also', 'also read', 'featured', 'tags', 'topics', 'categories',
  'archive', 'contact us', 'about us', 'delete', 'cancel', 'ok', 'close', 'open', 'toggle navigation', 'continue reading',
  'purchase licensing rights', 'licensing rights', 'fact check', 'read next', 'up next', 'read original', 'view original',
  'view in browser', 'open in browser',
];
/**
 * The phrases longest first, grouped by first letter: at any position only one group can match, and
 * inside it the order is kept, so the regex matches what the flat alternation would, with fewer tries.
 */
const PHRASE_RE = (() => {
  const groups = new Map<string, string[]>();
  for (const p of [...CHROME_PHRASES].sort((a, b) => b.length - a.length)) {
    groups.set(p[0]!, [...(groups.get(p[0]!) ?? []), p.slice(1).replace(/ /g, '\\s+')]);
  }
  return new RegExp(`\\b(?:${[...groups].map(([first, tails]) => `${first}(?:${tails.join('|')})`).join('|')})\\b`, 'gi');
})();
const NAV_PREFIX = /^(previous|next|related|read|read more|see also|also read|read also|read next|more|watch|listen|share|share this|recommended|most read|latest)\s*(article|post|story|stories|news|this article|on)?\s*[:\-–—]/i;

const TERMINAL = /[.!?…"”'’)\]]$/;
const FUNCTION_WORDS = new Set('a an the of and or in on at to for by with from as is are was were be but not its their his her'.split(' '));

const words = (s: string) => s.split(/\s+/).filter(Boolean);

const SPACE = /\s/;
/**
 * words(s).length without building the array, counting no further than `cap` (so `wordCount(s, 5) <= 4`
 * is `words(s).length <= 4` that stops at the fifth word). ASCII is decided here; any other character
 * by the same \s that words() splits on.
 */
function wordCount(s: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

function isCategoryList(line: string): boolean {
  const seps = line.match(/[,|•·›»>]/g) ?? [];
  if (seps.length < (/[›»]/.test(line) ? 1 : 2)) return false;
  for (const sep of [',', '|', '•', '·', '›', '»', '>']) {
    // commas occur in prose, the other separators only in menus, tags and breadcrumbs
    // (a chevron or guillemet is a breadcrumb's: "Explainer › South Asia")
    const min = sep === ',' ? 6 : sep === '›' || sep === '»' ? 2 : 3;
    // n separators cut a line into n + 1 parts at most
    if (seps.filter((s) => s === sep).length + 1 < min) continue;
    const parts = line.split(sep).map((p) => p.trim()).filter(Boolean);
    if (parts.length < min) continue;
    // a short part has at most 4 words and starts with a capital or a digit (as a number part does);
    // counting stops once too many parts are long for 80% to be short
    let short = 0;
    let long = 0;
    for (const p of parts) {
      if (/^[\p{Lu}\d]/u.test(p) && wordCount(p, 5) <= 4) short++;
      else if ((parts.length - ++long) / parts.length < 0.8) break;
    }
    if (short / parts.length >= 0.8) return true;
  }
  return false;
}

const NEWSLETTER_PROMO = /^\W*(sign up|subscribe|register|get|join|receive)\b.{0,150}\b(newsletters?|briefings?|daily digest|email alerts|updates in your inbox)\b/i;

/** "Our Standards: The ... Trust Principles.", "Editorial standards and corrections": a site's policy link. */
const POLICY_FOOTER = /^\W*(our standards|our editorial standards|editorial standards|editorial guidelines|editorial policy|corrections policy|ethics policy|our principles)\b\s*[:|.–—-]?/i;

/** Share buttons: lines that are only the names of social networks and sharing actions. */
const SHARE_BUTTONS = /^(?:share\s*[:|]?\s+)?(?:(?:(?:share|post|send|tweet|pin)\s+(?:on|to|via)\s+)?(?:facebook|x|twitter|whatsapp|linkedin|telegram|reddit|pinterest|threads|bluesky|mastodon|tumblr|vk|weibo|wechat|line|messenger|flipboard|pocket|copy link|copy url|copied|e-?mail)\s*[|·•,/]?\s*)+$/i;
/** "Listen to this article · 6 min", "5 min read", "Reading time: 4 minutes": the page's reading aids. */
const READING_AIDS = /^((email|print|gift|save|bookmark|share|copy|listen to) this (article|story|page)|expand image|enlarge (image|photo)|view (image|gallery|photos?)|open gallery|\d+\s*min(ute)?s?\s+(read|listen)\b|reading time\b|audio\b.{0,20}\d+\s*min)/i;

function isNavigation(line: string): boolean {
  // prose (a long line of sentences) is never navigation
  if (line.length > 200 && (line.match(/[.!?]["”]?\s/g)?.length ?? 0) > 2) return false;
  if (line.length < 80 && (SHARE_BUTTONS.test(line) || READING_AIDS.test(line))) return true;
  // "Follow The Site channel on WhatsApp for breaking news alerts"
  if (line.length < 120 && /^follow\b.{0,60}\b(on|via)\s+(whatsapp|telegram|x|twitter|facebook|instagram|google news|youtube|threads|bluesky)\b/i.test(line)) return true;
  if (/^(previous|next)\s*(article|post|story)/i.test(line)) return true;
  // "SPONSORED · X: political-risk monitoring", "Sponsored by X", "Paid content | ...": an advertiser's line
  // (not a story's sentence: "Sponsored by Saudi Arabia and the United States, the Jeddah talks resumed.")
  if (line.length < 300 && /^\W*(sponsored|sponsor|paid (content|post|partnership)|partner content|promoted|advertisement|advertorial|presented by)\b\s*(by\b|[:·•|–—-])/i.test(line) && !/^\W*sponsored by\b[^.]*,\s+(the|a)\b/i.test(line)) return true;
  // "Source: https://...", "Saved: 2025-10-08 22:17": what a clipper or save-as extension writes above the page
  if (line.length < 300 && /^(source|saved|clipped|url|original url|retrieved|accessed|archived|captured)\s*:\s*(https?:\/\/\S+|\d{4}-\d{2}-\d{2}\b.*)$/i.test(line)) return true;
  // "— Name (@handle) October 12, 2025": the credit line of an embedded post
  if (line.length < 160 && /^[—–-]\s*[^()]{2,80}\(@\w{1,30}\)\s*([A-Z][a-z]+\.? \d{1,2}, \d{4})?\s*$/.test(line)) return true;
  // "*Sign up for The X Brief, our free weekly newsletter on ...*": a newsletter promotion
  if (line.length < 300 && (NEWSLETTER_PROMO.test(line) || POLICY_FOOTER.test(line))) return true;
  // "Read more: <a headline>", "Related: ...", "Share this article: Facebook | X"
  if (NAV_PREFIX.test(line) && !/[.!?]["”]?$/.test(line)) return true;
  // Past here a line is navigation only if it is short and all chrome phrases (at most 6 words), or
  // holds 5 distinct phrases and at most 2 sentence breaks: a longer line with more breaks is neither,
  // whatever the phrase regex finds.
  const short = wordCount(line, 7) <= 6;
  const fewBreaks = (line.match(/[.!?]\s/g)?.length ?? 0) <= 2;
  if (!short && !fewBreaks) return false;
  const hits = line.match(PHRASE_RE) ?? [];
  if (hits.length === 0) return false;
  if (short && !TERMINAL.test(line) && words(line.replace(PHRASE_RE, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ')).length <= 1) return true;
  // a long line of UI strings: many distinct chrome phrases, no sentences
  return fewBreaks && hits.length >= 5 && new Set(hits.map((h) => h.toLowerCase().replace(/\s+/g, ' '))).size >= 5;
}

const CREDIT_PATTERNS = [
  /^(©|\(c\)\s|copyright\b)/i,
  /^(photos?|images?|pictures?|video|credits?|file photo|illustration)(\s+(caption|credit)s?)?\s*[:/|]/i,
  /^\*[^*]+\*$/, // an italic line on its own: a caption
  /^[\p{Lu}][\p{Lu}.&' -]{1,30}\/[\p{Lu}][\p{L}.' -]*(\s+[-–—]|\s*$)/u, // AGENCY/PHOTOGRAPHER - caption
  /^\((ap|afp|reuters|getty)[^)]*\)$/i,
];
// Credit patterns that scan the whole line, tried only on lines with the character each needs.
const CREDIT_COLON = /\b(photo|photograph|picture|image|credit)\s*:\s*[^.]{2,80}(\/\s*\w+)?\s*\*?$/i; // "... Photo: Agency / handout"
const CREDIT_STAMP = /\s[-–—]\s[^-–—]{2,60},\s*\d{1,5},\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$/; // caption - Site, 1920, 09.12.2021
const CREDIT_AGENCY = /\b(getty images|shutterstock)\s*$/i;
/** A caption closed by its credit in brackets: "... on November 25. [Name / Site]". */
const CREDIT_BRACKETED = /\[[^\[\]]{2,60}\s\/\s[^\[\]]{2,60}\]\W*$/;

/** A caption that ends with an agency's credit: "... in Cucuta. REUTERS/Stringer", "... Photo: AP/Name". */
const TRAILING_AGENCY = /(^|[.\s])\p{Lu}{2,}\/\p{Lu}[\p{L}.' -]*$|\.\s+(\p{Lu}\p{Ll}+\s){0,3}\p{Lu}\p{Ll}+\/\p{Lu}[\p{Ll}.'-]*(\s\p{Lu}[\p{Ll}.'-]*)*$/u;

function isCredit(line: string): boolean {
  if (CREDIT_PATTERNS.some((re) => re.test(line))) return true;
  if (line.includes('/') && TRAILING_AGENCY.test(line.trimEnd())) return true;
  if (line.includes(':') && CREDIT_COLON.test(line)) return true;
  if (line.includes('/') && CREDIT_BRACKETED.test(line)) return true;
  // the last two end in a digit or an ASCII s or k before trailing spaces (trimEnd drops what \s matches)
  const end = line.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last >= 48 && last <= 57) return CREDIT_STAMP.test(line);
  return (last === 115 || last === 83 || last === 107 || last === 75) && CREDIT_AGENCY.test(line);
}

const BYLINE_PATTERNS = [
  /^\*?[Bb][Yy]\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*\*?\s*([|·•–—-]\s*[^.]{0,40})?$/u,
  /contributed( reporting)? to this (report|story|article)\.?$/i,
  /^\(?(additional )?(reporting|writing|editing|research) by\b/i,
  // "By Site staff with AFP", "By our correspondent and agencies": a byline of the newsroom
  /^by\s+[^.]{0,50}\b(staff|correspondents?|reporters?|desk|agencies|news service)\b[^.]{0,30}$/i,
  // "By Jane Roe With a report from John Doe in Manila October 3, 2025 | 6:42 PM"
  /^by\s+\p{Lu}[^.]{0,60}\b(with (a )?reports? (from|by)|with reporting (from|by)|reporting from)\b[^.]{0,80}$/iu,
  /^by\s+\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,3}\s*[|,·•–—-]?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b[^.]{0,40}$/iu,
  /^(written|edited|compiled) by\b/i,
];

const isByline = (line: string) => BYLINE_PATTERNS.some((re) => re.test(line));

/** Fragments of page markup glued into the text by bad scraping, and the words they swallowed. */
export function repairInline(line: string): string {
  if (!line.includes('}}') && !/[A-Z]{3}\d|&\w+;|\s[,.;:](\s|$)|[.!?]\s+\.|[ \t]{2}/.test(line)) return line.trim();
  return (
    line
      // JSON attribute debris: `EI“,” text “:” Some text “}}”>` (quotes straight or curly)
      .replace(/[\p{L}\p{N}]*\s*["“”]\s*,\s*["“”]\s*\w+\s*["“”]\s*:\s*["“”][^{}]*?["“”]?\s*\}\}\s*["“”‘’']?\s*>/gu, ' ')
      // HTML artefact tokens left at the end of a paragraph: "... last year HTML1."
      .replace(/\s(?:HTML|DIV|SPAN|IMG)\d+(?=[.!?]?$)/g, '')
      .replace(/&(nbsp|amp|quot|lt|gt|#\d+);/g, (m, e) => ({ nbsp: ' ', amp: '&', quot: '"', lt: '<', gt: '>' })[e as string] ?? ' ')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/([.!?])\s+\.(?=\s|$)/g, '$1') // "said. ." -> "said."
      .replace(/\s+([,.;:])(?=\s|$)/g, '$1')
      .trim()
  );
}

/** Normalises raw text: line breaks, invisible and control characters, spaces. */
export function normaliseText(raw: string): string {
  // after the line breaks, each pass maps single characters of sets that do not overlap (to a space or
  // to nothing), so one pass for all the spaces and one for all the deletions do what a pass per set did
  return (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw)
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\u202a-\u202e\u2066-\u2069]/g, '');
}

const CAPITALISED = /^[\p{Lu}\d]/u;

/** 85% of the content words (5+ words, 4+ not function words) start with a capital or a digit. */
function isTitleCase(line: string): boolean {
  // dropping quotes never adds a word, so a line of fewer than 5 words stays below 5
  if (wordCount(line, 5) < 5) return false;
  const ws = words(line.replace(/[‘’“”"']/g, ''));
  if (ws.length < 5) return false;
  let content = 0;
  let caps = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (FUNCTION_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (CAPITALISED.test(w)) caps++;
    else {
      // even if every word left were a capitalised content word, the share would stay below 85%
      const best = caps + ws.length - 1 - i;
      if (best / (best + content - caps) < 0.85) return false;
    }
  }
  return content >= 4 && caps / content >= 0.85;
}

/** Chooses the headline: the first line, unless it is a standfirst and a short line follows. */
function pickTitle(lines: string[]): string {
  const first = lines[0] ?? '';
  const second = lines[1];
  const long = /[.!?]$/.test(first) || wordCount(first, 26) > 25;
  if (long && second && !/[.!?]$/.test(second) && wordCount(second, 21) <= 20) return second;
  return first;
}

/** How a line is compared across documents: trimmed, single-spaced, lower case. */
export const lineKey = (line: string) => line.trim().replace(/ {2,}/g, ' ').toLowerCase();

/**
 * The lines of a raw text that could be site furniture if other documents of the folder repeat them:
 * every distinct line but prose sentences (wire copy repeats whole sentences, which must stay).
 */
export function furnitureCandidates(raw: string): string[] {
  const out = new Set<string>();
  for (const l of normaliseText(raw).split('\n')) {
    const line = lineKey(l);
    if (!line || (/[.!?"”]$/.test(line) && line.split(' ').length > 4)) continue;
    out.add(line);
  }
  return [...out];
}

const FOOTNOTE_STAR = /(?<=[\p{L})])\*(?=[\s.,;:)]|$)/muy;

/**
 * A "*" right after a letter or ")" and before a space, punctuation or a line end: "(ISIS)* said". The
 * same as testing /[\p{L})]\*(?=[\s.,;:)]|$)/mu on the text, but tried only where there is a "*" (the
 * lookbehind reads the whole code point before it) instead of at every character.
 */
function hasFootnoteMark(raw: string): boolean {
  for (let i = raw.indexOf('*'); i >= 0; i = raw.indexOf('*', i + 1)) {
    FOOTNOTE_STAR.lastIndex = i;
    if (FOOTNOTE_STAR.test(raw)) return true;
  }
  return false;
}

/**
 * Cleans one document's text. `repeated` holds normalised lines that recur across documents of the
 * same source (see ingest/index.ts); they are removed as site furniture.
 */
/** Headings of a block of links to other stories. */
const RELATED_HEADING = /^(related|related (articles|stories|posts|news|coverage|content|reading)|more on (this|this story|this topic)|read more|read next|up next|what to read next|also read|read also|see also|more from [\p{L} &,]{2,40}|more stories|you (may|might) also like|recommended( for you)?|most read|most popular|further reading|in other news|latest|top stories)\s*:?$/iu;

const COPYRIGHT_HOLDER = /^(?:©|[Cc]opyright(?:\s+©)?)\s*\d{4}(?:\s*[-–]\s*\d{4})?\s+(?:by\s+)?(\p{Lu}[\p{L}\p{N}&'’. -]*?)(?:\.\s|[.,|·]|\s+[Aa]ll [Rr]ights|$)/u;

/** Does a line open with the site's name ("The Site is funded by its readers", "Site — analysis from ...")? */
function startsWithSiteName(lower: string, siteNames: ReadonlySet<string>): boolean {
  const bare = lower.replace(/^the\s+/, '');
  for (const name of siteNames) if (bare.startsWith(name) && (bare.length === name.length || /^[\s—–:|,-]/.test(bare.slice(name.length)))) return true;
  return false;
}

/**
 * Where the headline of a text without markup stands: the first line of six words or more that is no
 * sentence and no page furniture, if it comes before the first line of prose (a line of twelve words
 * or more that ends as a sentence does); -1 if there is none.
 */
function plainHeadline(lines: readonly string[]): number {
  // the first such line of the five above the first byline, date line or line of the story: a site's
  // tagline ("Independent reporting from Central Africa since 2011") stands among the menus above, a
  // standfirst after the headline; text wrapped at a fixed width (a line ending in a comma, or followed
  // by one in lower case) is prose, and no headline is guessed in it
  const isProse = (l: string) => wordCount(l, 12) >= 12 && TERMINAL.test(l);
  // (a date bar may stand at the very top: each anchor is tried in turn, up to the story's first sentence)
  const candidate = (l: string) => wordCount(l, 6) >= 6 && !TERMINAL.test(l) && !DATE_LINE.test(l) && !isCategoryList(l) && !isNavigation(l) && !isCredit(l) && !isByline(l);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/,$/.test(line) || (/^\p{Ll}/u.test(lines[i + 1] ?? '') && !TERMINAL.test(line))) return -1;
    if (!(isProse(line) || isByline(line) || DATE_LINE.test(line))) continue;
    for (let k = Math.max(0, i - 5); k < i; k++) if (candidate(lines[k]!)) return k;
    if (isProse(line)) return -1;
  }
  return -1;
}

/** The site's note on a series or its funding: "This analysis is part of Site's series ..., supported by a media grant". */
const SITE_NOTE = /^(this|the) (article|analysis|report|story|piece|series|project|investigation|coverage)\b.{0,80}\b(is|was|are) (part of|supported by|funded by|produced with|made possible by)\b/i;

/** A line with a date or a time of day: "15 May 2025, 18:42 GMT", "Published Nov. 3". */
const DATE_LINE = /\b(\d{1,2}:\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})/i;

/** `headline`: the marked headline (Markdown), null for none, undefined to guess it (plain text). */
export function stripChrome(raw: string, repeated: ReadonlySet<string> = new Set(), headline?: string | null): CleanResult {
  const removed: RemovedText[] = [];
  const drop = (text: string, rule: string) => removed.push({ text, rule });
  const lines = normaliseText(raw)
    .split('\n')
    // ("Latest   Central Africa   Conflict & Security": a menu's items set apart by runs of spaces, not
    // after a sentence's end, are a list)
    .map((l) => ((l.trim().match(/(?<![.!?"”:;])\s{2,}(?=\S)/g)?.length ?? 0) >= 3 ? l.trim().replace(/(?<![.!?"”:;])\s{2,}(?=\S)/g, ' | ') : l).replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);

  const hasFootnoteMarks = hasFootnoteMark(raw);
  const firstProse = lines.find((l) => wordCount(l, 4) >= 4) ?? lines[0] ?? '';

  // The site's name: a line that is another line plus a short prefix or suffix ("Site - Headline").
  const siteNames = new Set<string>();
  const containers = new Set<number>();
  const headlines = lines.slice(0, 3);
  lines.forEach((line, i) => {
    for (const other of headlines) {
      if (other === line || other.length < 20 || !line.includes(other)) continue;
      const rest = line.replace(other, '\u0000').split('\u0000');
      const extra = rest.join(' ').replace(/^[\s:|–—-]+|[\s:|–—-]+$/g, '').trim();
      if (wordCount(extra, 7) > 6) continue;
      containers.add(i);
      const site = rest.map((r) => r.replace(/[\s:|–—-]+$|^[\s:|–—-]+/g, '').trim()).find((r) => r.length > 0);
      if (site && !/^(home|latest news)/i.test(site)) siteNames.add(site.toLowerCase());
    }
  });

  // "© 2026 The Site Name. All rights reserved.": the site's name, which lines of its own repeat
  for (const line of lines) {
    // ("Equator Wire Media Ltd": the company's suffixes are not the site's name)
    let holder = COPYRIGHT_HOLDER.exec(line)?.[1]?.trim();
    while (holder && /\s(media|group|ltd|limited|inc|llc|holdings|publishing|publications|company|corporation|corp|plc|gmbh|co|sarl|sa|srl|spa|ag|bv|nv|pty|ltda)\.?$/i.test(holder)) holder = holder.replace(/\s\S+$/, '');
    if (holder && wordCount(holder, 6) <= 5) siteNames.add(holder.toLowerCase().replace(/^the\s+/, ''));
  }
  // lines above a marked headline that are not prose: the page's header (in plain text, the headline is
  // the first line of six words or more without a full stop that stands before the story's first sentence)
  const headlineAt = headline ? lines.findIndex((l) => l === headline.trim()) : headline === null ? -1 : plainHeadline(lines);

  const kept: string[] = [];
  const seen = new Set<string>();
  // after a "Related" heading, short lines are links to other stories, until prose comes back
  let inRelated = false;
  lines.forEach((original, i) => {
    const line = repairInline(original);
    const lower = line.toLowerCase();
    let rule: string | undefined;
    if (!line) rule = 'markup';
    else if (i < headlineAt && !TERMINAL.test(line)) rule = 'above-headline';
    else if (/^[\d\s.,:;%+\-–—/]+$/.test(line)) rule = 'number-only';
    // "site.org/briefs/41 | Page 1 of 3": a printed page's running footer
    else if (/(^|[\s|·])Page \d+( of \d+)?($|[\s|·])/i.test(line) && wordCount(line, 13) <= 12 && !TERMINAL.test(line)) rule = 'page-footer';
    else if (containers.has(i)) rule = 'site-title';
    // (and the site describing itself: "The Site is an independent, reader-funded newsroom ...")
    else if (siteNames.has(lower) || (startsWithSiteName(lower, siteNames) && ((wordCount(line, 13) <= 12 && !/\.$/.test(line)) || /^[^.]*?\s(is|was)\s(an?|the)\s[^.]*\b(newsroom|news site|publication|outlet|magazine|newspaper|website|media|platform)\b/.test(lower)))) rule = 'site-name';
    // "This analysis is part of Site's series ..., supported by a media grant": the site's own note
    else if (siteNames.size && SITE_NOTE.test(line) && !/\b(said|says|told|tells)\b/.test(lower) && wordCount(line, 41) <= 40 && [...siteNames].some((n) => lower.includes(n))) rule = 'site-note';
    else if (isCategoryList(line)) rule = 'category-list';
    else if (isCredit(line)) rule = 'credit';
    else if (isByline(line)) rule = 'byline';
    else if (isNavigation(line)) rule = 'navigation';
    else if (hasFootnoteMarks && /^\*+\s*\S/.test(line)) rule = 'footnote';
    else if (isForeignLine(line)) rule = 'foreign-language';
    else if (/(\.\.\.|…)$/.test(line) && line.length > 30) {
      const stem = line.replace(/(\.\.\.|…)$/, '').trim();
      if (lines.some((o, j) => j !== i && o.length > stem.length && o.startsWith(stem))) rule = 'teaser';
    }
    if (!rule && seen.has(lower) && wordCount(line, 2) >= 2) rule = 'duplicate';
    if (!rule && repeated.size > 0 && repeated.has(lineKey(original))) rule = 'repeated-across-documents';
    // the cheap TERMINAL test first: prose ends with one and is never a headline link
    if (!rule && kept.length > 0 && line !== firstProse && !TERMINAL.test(line) && isTitleCase(line)) rule = 'headline-link';
    // (a heading another rule took, "Related stories", still opens the block of links)
    if (RELATED_HEADING.test(line)) {
      rule ??= 'related-heading';
      inRelated = true;
    } else if (inRelated) {
      // (a headline link has no full stop; a sentence of the story ends the block)
      if (wordCount(line, 21) <= 20 && !/[.!]["”’]?$/.test(line)) rule ??= 'related-link';
      else inRelated = false;
    }
    if (rule) drop(original, rule);
    else {
      // "... with" | page footer | "mortars. That afternoon": a sentence that goes on after a break (a page's
      // chrome, a wrapped headline) is joined back to its start
      const prev = kept[kept.length - 1];
      if (prev !== undefined && /^\p{Ll}/u.test(line) && !isFurniture(line) && !/[.!?:;"”’)\]]$/.test(prev) && /\p{L}[,]?$/u.test(prev)) kept[kept.length - 1] = `${prev} ${line}`;
      else kept.push(line);
      seen.add(lower);
    }
  });

  // A trailing block of short non-prose lines is footer.
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (!TERMINAL.test(last) && wordCount(last, 6) <= 5) {
      drop(last, 'footer');
      kept.pop();
    } else break;
  }
  return { text: kept.join('\n'), title: pickTitle(kept), removed };
}
