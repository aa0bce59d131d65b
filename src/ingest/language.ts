// Is a line in English? Function words of English against those of the languages news sites most
// often mix in (captions, footers, related links), and the script of the letters.

const ENGLISH = new Set(
  'the of and to in is was for on that with by as at from has have it are be this an or not but will said their its which who after his her they been were would had there into than also about over'.split(' '),
);

const FOREIGN = new Set(
  [
    // Spanish
    'el la los las del de en si sin son fue han ha lo y que por con para una unos unas se su sus es mientras durante tus nos hacer como más muy pero sobre entre desde hasta cuando también según ante tras este esta estos estas lunes martes miércoles jueves viernes sábado domingo enero febrero',
    // French
    'le les des du et est une qui dans pour sur au aux avec pas ce cette elle ont sont été leur mais où selon aussi très vous nous lundi mardi mercredi jeudi vendredi janvier février',
    // German
    'der die das und ist nicht mit den dem ein eine einer auf für von zu sich auch wird wurde bei nach aus',
    // Portuguese and Italian
    'não uma com os ao da dos das pelo pela il gli della delle degli che per sono è di',
  ]
    .join(' ')
    .split(' '),
);

const LATIN_EXTRA = /[áéíóúñçàèìòùâêîôûäëïöüßãõ¿¡]/i;

const COMMON_ENGLISH = /\b(the|and|of|to|in|is|was|said|that|for|with)\b/gi;
const COMMON_FOREIGN = /\b(de|la|el|le|les|des|und|der|die)\b/gi;

/** How many matches of the global `re` `s` has, counting no further than `cap`. */
function countUpTo(re: RegExp, s: string, cap: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < cap && re.test(s)) n++;
  re.lastIndex = 0;
  return n;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** True when the line is, by its words or its script, not English. */
export function isForeignLine(line: string): boolean {
  // most lines are plainly English: three common function words settle it without counting
  if (countUpTo(COMMON_ENGLISH, line, 3) >= 3 && countUpTo(COMMON_FOREIGN, line, 3) < 3) return false;
  // letters, and the letters of the Latin script, by code point; ASCII letters are both
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const cp = line.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  if (letters === 0) return false;
  if (latin / letters < 0.5) return true;
  const words = line.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 3) return false;
  let en = 0;
  let fo = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) en++;
    else if (FOREIGN.has(w)) fo++;
  }
  if (fo >= 3 && fo > 2 * en) return true;
  return words.length <= 8 && en === 0 && fo >= 1 && LATIN_EXTRA.test(line);
}
