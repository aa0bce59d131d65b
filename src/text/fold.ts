// Name keys shared by extract, resolve and query: case, diacritics and transliteration folded, so
// that the spellings of one name across sources meet (Qasim / Qassem, Suleiman / Soleiman,
// Hezbollah / Hizbullah, Moustafa / Mustafa, Shabaab / Chabab). Both keys are memoised.
import { memo } from './memo.js';

/** Latin letters with no decomposition to a base letter, and that letter (one for one). */
export const BASE_OF_UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', ƒ: 'f',
  ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ĳ: 'i', Ĳ: 'I', ĸ: 'k', ſ: 's',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(BASE_OF_UNDECOMPOSED).join('')}]`, 'g');

/** Lower case, no diacritics, straight apostrophes, single spaces; punctuation other than ' and - dropped. */
export const plainKey = memo(plainKeyOf);

function plainKeyOf(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u02bb`´]/g, "'")
    .toLowerCase()
    // letters with no decomposition: Turkish dotless i, Polish l, Nordic o ("Diyarbakır", "Łódź", "Støre")
    .replace(UNDECOMPOSED, (c) => BASE_OF_UNDECOMPOSED[c]!)
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Arabic article particles written before a name part: al-, el-, ad-, as-, an-, ar-, at-, az-. */
const ARTICLE = /(^|[\s-])(?:al|el|ad|as|an|ar|at|az|ash|ath|adh)[-\s](?=\p{L})/gu;

/**
 * A transliteration-aware skeleton: plainKey, articles dropped, and the letters that vary between
 * transliteration schemes folded (dh/th/z -> z, ou/u/o -> u, e/i -> i, q/k -> k, ch/sh -> sh,
 * kh/h -> h, gh/g -> g, j/dj -> j, w/v, y/i), doubled letters made single, hyphens and apostrophes removed.
 */
export const skeletonKey = memo(skeletonKeyOf);

function skeletonKeyOf(s: string): string {
  let k = plainKey(s).replace(ARTICLE, '$1');
  k = k.replace(/['-]/g, ' ').replace(/\s+/g, ' ').trim();
  k = k
    .replace(/dh|th|z/g, 'z')
    .replace(/ou|oo|o|u/g, 'u')
    .replace(/ee|ei|ey|e|y/g, 'i')
    .replace(/q|ck|c(?!h)/g, 'k')
    .replace(/ch|sh/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/dj/g, 'j')
    .replace(/w/g, 'v')
    .replace(/([a-z])\1+/g, '$1');
  return k;
}
