// A document's publication date from its text: ISO dates, "December 9, 2021", "9 December 2021",
// "Dec. 9, 2021", and the "09.12.2021" stamps of captions, looked for in the first lines and in the
// page chrome (bylines and captions carry them). No date is guessed from the file's time: the same
// input must give the same graph on every machine.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** YYYY-MM-DD for a real calendar day ("31 February" is none), else undefined. */
const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = y >= 1900 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
};

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!)],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), (m) => iso(+m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!)],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
];

/** The PATTERNS, global and case-blind, to cut every date out of a line. */
const ALL_DATES = PATTERNS.map(([re]) => new RegExp(re.source, 'gi'));

/**
 * A line that states when the article was published: "Published 9 December 2021", "Updated: ...",
 * a line that is only a date (and a time), or a dateline ("BAGHDAD, Dec. 9, 2021 (AP) -"). Dates in
 * prose ("by December 31, 2021") and photo captions are about something else.
 */
export function isDateLine(line: string): boolean {
  if (/\b(published|updated|posted|last modified|date)\b\s*:?/i.test(line) && line.split(/\s+/).length <= 14) return true;
  // every pattern needs a digit, so a line without one has no date to cut
  const withoutDate = /\d/.test(line) ? ALL_DATES.reduce((l, re) => l.replace(re, ''), line) : line;
  if (/^[\s,|·•–—\-:]*(\d{1,2}[:.]\d{2}\s*(am|pm|gmt|utc|[A-Z]{2,4})?)?[\s,|·•–—\-]*((mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i.test(withoutDate)) return true;
  return /^[\p{Lu}][\p{Lu} .'-]+,\s*/u.test(line) && PATTERNS.some(([re]) => re.test(line.slice(0, 60)));
}

/** The first publication date in `lines` (see isDateLine), as YYYY-MM-DD. */
export function findDate(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (!isDateLine(line)) continue;
    for (const [re, make] of PATTERNS) {
      const m = re.exec(line);
      const date = m && make(m);
      if (date) return date;
    }
  }
  return undefined;
}
