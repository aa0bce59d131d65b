// Plain text wrapped at a fixed width (copied from a PDF, an e-mail, a terminal) breaks sentences and
// names across lines: "Vladimir\nPutin", "fight-\ning". A text most of whose lines stop near one width
// and go on in the next line is joined back into its paragraphs, before any line is judged as chrome.

/** Endings of a word broken by a hyphen at a line's end: "fight-ing", "mobilis-ation". */
const SUFFIX = /^(ing|ings|tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence|ous|ive|ives|ally|ly|ers|er|ed|es|ies|ised|ized|ising|izing|isation|ization|able|ible|al|ial|ical|ist|ists|ism|ure|ures|age|ary|ory|ery|ant|ants|ent|ents|ic|ics|ful|less|ward|wards|ship)$/;

/** The width a text is wrapped at, or 0 when it is not wrapped (most lines of prose end before it and go on in the next). */
export function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 12) return 0;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 40 || width > 110) return 0;
  // lines that reach the width and whose sentence goes on in the next line
  let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.length >= width * 0.75 && lines[i + 1]!.trim() && !/[.!?:"”’)]$/.test(line)) wrapped++;
  }
  return wrapped >= 5 && wrapped >= lengths.length * 0.25 ? width : 0;
}

/** Joins the lines of a hard-wrapped text into paragraphs; any other text comes back as it was. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  if (!width) return text;
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const elsewhere = (w: string) => (counts.get(w) ?? 0) >= 2;
  const out: string[] = [];
  let open = false; // the last line out reached the width: the next one goes on its paragraph
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      out.push('');
      open = false;
      continue;
    }
    if (open && out.length && !isFurniture(line)) {
      const prev = out[out.length - 1]!;
      const broken = /\p{Ll}-$/u.exec(prev) && /^\p{Ll}+/u.exec(line);
      if (broken) {
        const head = /(\p{L}+)-$/u.exec(prev)![1]!.toLowerCase();
        const tail = /^\p{L}+/u.exec(line)![0];
        // "fight-\ning", "laun-\nchers" are one word; "cross-\nborder" (a word each, used elsewhere) keeps its hyphen
        const oneWord = elsewhere(head + tail) || SUFFIX.test(tail) || !(elsewhere(head) && elsewhere(tail.toLowerCase()));
        out[out.length - 1] = oneWord ? prev.slice(0, -1) + line : prev + line;
      } else out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
    // (a line that stops well short of the width ends its paragraph: a heading, a byline, a paragraph's last line)
    open = raw.trimEnd().length >= width * 0.7 && !isFurniture(line);
  }
  return out.join('\n');
}

/** Lines no sentence runs through: menus and page footers ("Home | News", "site.org/x | Page 1 of 3", "Print · Share"). */
export function isFurniture(line: string): boolean {
  return /\s[|·•]\s/.test(line) || /^(https?:\/\/|www\.)/i.test(line) || /^[\w-]+(\.[\w-]+)*\.(com|org|net|info|news|co|io|tv|uk|fr|de|int)\b/i.test(line) || /^page \d+( of \d+)?$/i.test(line);
}
