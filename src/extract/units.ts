// Word units: wink splits "al-Assad" into "al" "-" "Assad" and "U.S.-led" into "U.S." "-" "led".
// Tokens joined without spaces by hyphens or inner apostrophes are put back together, so that a
// name part or a hyphenated modifier is one unit.
import type { Token } from '../nlp/types.js';

export interface Unit {
  text: string;
  start: number;
  end: number;
  /** POS of the unit's last word token. */
  pos: string;
  /** Index of the first token of the unit in the sentence. */
  first: number;
  last: number;
  spaceBefore: boolean;
}

const JOINERS = new Set(['-', '‑', '–']);

export function toUnits(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = units[units.length - 1];
    const prevTok = tokens[i - 1];
    const next = tokens[i + 1];
    // "-" glued on both sides joins the units around it
    if (prev && JOINERS.has(t.text) && t.text !== '–' && !t.spaceBefore && next && !next.spaceBefore && next.kind !== 'punctuation') {
      prev.text += t.text + next.text;
      prev.end = next.end;
      prev.pos = next.pos === 'PROPN' || prev.pos === 'PROPN' ? (next.pos === 'VERB' ? 'ADJ' : 'PROPN') : next.pos;
      prev.last = i + 1;
      i++;
      continue;
    }
    // a word glued to the previous one by an inner apostrophe ("Kata'ib"), not the possessive
    if (prev && prevTok && !t.spaceBefore && /^['’]\p{L}{2,}/u.test(t.text) && !/^['’]s$/i.test(t.text)) {
      prev.text += t.text;
      prev.end = t.end;
      prev.last = i;
      continue;
    }
    // "111th": wink reads "1" "11th"; an ordinal glued to the digits before it is one unit
    if (prev && prevTok && !t.spaceBefore && /^\d+$/.test(prev.text) && /^\d+(st|nd|rd|th)$/i.test(t.text)) {
      prev.text += t.text;
      prev.end = t.end;
      prev.pos = t.pos;
      prev.last = i;
      continue;
    }
    units.push({ text: t.text, start: t.start, end: t.end, pos: t.pos, first: i, last: i, spaceBefore: t.spaceBefore });
  }
  return units;
}

/** Capitalised like a name: "Baghdad", "al-Assad", "McCain", "ISIS", "U.S.", "W.". */
export function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text) || /^(al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu|abd)-\p{Lu}/u.test(text);
}
