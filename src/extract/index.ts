// Stage 3, extract: the mentions of entities in each sentence. Proper-name chunks from wink's tokens
// and POS (name particles, hyphens, initials, acronyms, possessives), titles taken off as roles,
// country words, state-body phrases, coalitions, and each mention typed by gazetteers and cue words.
import type { Document } from '../ingest/types.js';
import type { AnalysedDocument, Sentence } from '../nlp/types.js';
import { isCommonWord } from '../nlp/index.js';
import { skeletonKey } from '../text/fold.js';
import { BODY_HEADS, FACILITY_HEADS, SAME_BODY, STATE_HEADS, matchHead } from './body-phrases.js';
import { classifyName, countryOfModifier, isCalendarWord, isNonEntityWord, REGION_ADJECTIVES, type Classified } from './classify.js';
import { PLACE_OF, typeByCues } from './cues.js';
import { isHonorific, isTitleWord, NAME_PARTICLES, NAME_SUFFIXES, PERSON_ROLE_NOUNS } from './titles.js';
import type { Mention } from './types.js';
import type { EntityType } from '../ontology.js';
import { isCapitalised, toUnits, type Unit } from './units.js';
import { KNOWN_BODY_COUNTRY, organisationByName, startsKnownName } from '../gazetteer/groups.js';
import { countryByName } from '../gazetteer/countries.js';
import { placeByName } from '../gazetteer/places.js';

export type { Mention } from './types.js';

/** Suffixes of hyphenated modifiers: "US-led", "Iranian-backed", "New York-based". */
const MODIFIER_SUFFIX = /^(.+?)-(led|backed|based|aligned|allied|funded|sponsored|supported|born|owned|run|controlled|held|dominated|affiliated|linked|friendly|trained|armed|made|brokered|installed|imposed|built|designed|supplied|produced|manufactured|occupied|administered|ruled|inspired|oriented|leaning|connected|sanctioned|appointed|aided|majority|dominant|populated|speaking)$/i;
const CLOSED_CLASS = new Set(['DET', 'ADP', 'PRON', 'SCONJ', 'CCONJ', 'ADV', 'AUX', 'PART', 'INTJ', 'NUM', 'SYM', 'PUNCT']);
const CONNECTORS = new Set(['of', 'for', 'on']);
const ACTOR_VERBS = /^(said|says|say|announced|announces|reached|agreed|agrees|has|have|had|will|would|wants|want|accused|accuses|rejected|rejects|demanded|demands|warned|warns|insisted|insists|denied|denies|signed|signs|struck|launched|urged|urges|called|threatened|condemned|backed|backs|supports|supported|sent|pushed|is|was|may|could|must|should|can)$/i;

interface Ctx {
  doc: string;
  sentence: Sentence;
  units: Unit[];
  out: Mention[];
}

function push(ctx: Ctx, from: Unit, to: Unit, text: string, c: Classified, extra: Partial<Mention> = {}): Mention {
  const m: Mention = {
    id: `${ctx.doc}:${ctx.sentence.index}:${from.start}-${to.end}`,
    doc: ctx.doc,
    sentence: ctx.sentence.index,
    start: from.start,
    end: to.end,
    text,
    entityType: c.entityType,
    rule: c.rule,
    roles: [],
    ...(c.key ? { key: c.key } : {}),
    ...(c.canonical ? { canonical: c.canonical } : {}),
    ...(c.country ? { country: c.country } : {}),
    ...extra,
  };
  ctx.out.push(m);
  return m;
}

function countryMention(country: { code: string; name: string }, rule: string): Classified {
  return { entityType: 'government', rule, key: `country:${country.code}`, canonical: country.name, country: country.code };
}

const textOf = (ctx: Ctx, a: number, b: number) => ctx.sentence.text.slice(ctx.units[a]!.start - ctx.sentence.start, ctx.units[b]!.end - ctx.sentence.start);

/** Is the unit at `i` the start of a name? Sentence-initial function words and calendar words are not. */
function startsName(ctx: Ctx, i: number): boolean {
  const u = ctx.units[i]!;
  // "the 33rd Front", "the 82nd Airborne Division": an ordinal before a capitalised word
  if (/^\d+(st|nd|rd|th)$/.test(u.text) && /^\p{Lu}/u.test(ctx.units[i + 1]?.text ?? '')) return true;
  if (!isCapitalised(u.text) || u.pos === 'PUNCT') return false;
  if (u.text === 'I') return false;
  if (isCalendarWord(u.text)) return false;
  // "the Three Brotherhood Alliance": a number word written with a capital inside a sentence starts a name
  const numberInName = u.pos === 'NUM' && /^\p{Lu}\p{Ll}+$/u.test(u.text) && i > 0 && isCapitalised(ctx.units[i + 1]?.text ?? '');

  // "near Am Dafok", "in Um Ruwaba": Arabic place names open with Am or Um (read as the verb "am")
  const arabicParticle = /^(Am|Um|Umm)$/.test(u.text) && i > 0 && /^\p{Lu}\p{Ll}/u.test(ctx.units[i + 1]?.text ?? '');
  // "NORTH MITROVICA, Kosovo –": a dateline's place in capitals opens with whatever word it has
  const datelineCaps = i === 0 && /^\p{Lu}{2,}$/u.test(u.text) && /^\p{Lu}{2,}$/u.test(ctx.units[i + 1]?.text ?? '');
  // "the Afar regional government", "spread to Afar": a capitalised adverb inside a sentence that the gazetteer knows as a place
  const placeAdverb = u.pos === 'ADV' && i > 0 && /^\p{Lu}\p{Ll}+$/u.test(u.text) && !!placeByName(u.text);
  if (CLOSED_CLASS.has(u.pos) && !numberInName && !arabicParticle && !datelineCaps && !placeAdverb && !countryOfModifier(u.text) && !organisationByName(u.text)) return false;
  const prev = ctx.units[i - 1];
  const initial = !prev || /^[“"‘'(\[—–-]$/.test(prev.text);
  // "Other JNIM units", "Several RSF fighters", "Hundreds of fighters": a quantifier opening a sentence
  if (initial && QUANTIFIERS.test(u.text)) return false;
  // "Relatives of the victims", "Residents said": a plural common noun opening a sentence
  const next = ctx.units[i + 1];
  // (only before what a group does or where it is: "Burns said", "Sessions told" are surnames)
  if (initial && /^\p{Lu}\p{Ll}+(s|men)$/u.test(u.text) && /^(of|from|across|in|at|near|who|whose|were|are|have|had|fled|gathered|returned|protested)$/.test(next?.text ?? '') && (u.text.endsWith('men') ? isCommonWord(`${u.text.slice(0, -3)}man`) : isCommonWord(u.text) && isCommonWord(u.text.slice(0, -1))) && !classifyName(u.text, 1) && !countryOfModifier(u.text)) return false;
  if (initial && u.pos !== 'PROPN' && !classifyName(u.text, 1) && !countryOfModifier(u.text) && !MODIFIER_SUFFIX.test(u.text)) {
    const next = ctx.units[i + 1];
    if (!next || !isCapitalised(next.text)) return false;
  }
  return true;
}

/** A rank that opens a person's name after "of": "the 101st Brigade of Brig. Gen. X". */
const RANK_BEFORE_NAME = /^\p{Lu}\p{Ll}{0,5}\.$/u;

/** Given names that are also English words ("Mike Waltz", "Tom Cotton", "Christian Lindner"): a name they open is a person's. */
const GIVEN_NAMES_THAT_ARE_WORDS = new Set(['mike', 'tom', 'jack', 'bill', 'mark', 'will', 'rose', 'sue', 'frank', 'christian', 'hope', 'grace', 'faith', 'joy', 'dawn', 'ray', 'rob', 'pat', 'don', 'ben', 'guy', 'rich', 'art', 'chuck', 'bob', 'jean', 'john', 'max', 'victor', 'grant', 'dean', 'earl', 'gene', 'gray', 'ivy', 'jade', 'jay', 'kit', 'lance', 'miles', 'nick', 'pierce', 'reed', 'rusty', 'sandy', 'summer', 'april', 'june', 'august', 'amber', 'ruby', 'pearl', 'hunter', 'king', 'bishop', 'rand', 'lindsey', 'carter', 'heath', 'wade', 'wood', 'woody', 'buck', 'marshall', 'page', 'penny', 'holly', 'iris', 'olive', 'violet', 'cliff', 'glen', 'brook', 'forest', 'rocky', 'sally', 'patience', 'charity', 'noble', 'ernest', 'frankie', 'dale', 'rod', 'sonny', 'sterling', 'tony', 'andy', 'larry', 'harry', 'terry', 'jerry', 'barry', 'gary', 'mo', 'abe', 'al', 'ed', 'ted', 'fred', 'ken', 'kim', 'lee', 'sam', 'dan', 'tim', 'jim', 'joe', 'ann', 'eve', 'liz', 'meg', 'peg', 'bud', 'hank', 'ike', 'jeb', 'newt', 'rex', 'roy', 'stan', 'walt']);
const isPlaceOrState = (c: Classified | undefined) => !!c && (c.entityType === 'place' || !!c.key?.startsWith('country:'));
const RELIGION_WORD = /^(islam|islamic|islamist|islamists|muslims?|christians?|christian|jewish|jews|catholic|orthodox|coptic|sunnis?|shias?|shiites?|shi'a|druze|alawites?|yazidis?|jihad|jihadists?|zionist)$/i;
/** A compass word, as a point or a direction ("North", "western"): a place's, not a people's. */
const isCompassWord = (w: string) => COMPASS_POINTS.test(w.toLowerCase()) || DIRECTIONS.test(w.toLowerCase());

const QUANTIFIERS = /^(Other|Others|Several|Many|Such|Some|Most|Few|Both|Each|Every|All|Any|Various|Numerous|More|Fewer|Dozens|Hundreds|Thousands|Millions|Scores|Tens)$/;

/** The end (inclusive) of the name chunk starting at `i`. */
function chunkEnd(ctx: Ctx, i: number): number {
  const us = ctx.units;
  let j = i;
  if (MODIFIER_SUFFIX.test(us[j]!.text)) return j;
  let crossed = false;
  for (;;) {
    const next = us[j + 1];
    if (!next) break;
    // "Justice and Development Party", "Peoples' Equality and Democracy Party": a party's or front's name
    // with "and" before its head, the words before "and" naming nothing on their own
    // ("Tigray Peace and Security Bureau", "AU Peace and Security Council": a region's or body's name may open it)
    const opener = us[i] && (classifyName(us[i]!.text, 1)?.entityType === 'place' || !!organisationByName(us[i]!.text)) ? i + 1 : i;
    if (next.text === 'and' && us[j + 2] && /^\p{Lu}\p{Ll}/u.test(us[j + 2]!.text) && opener <= j && us.slice(opener, j + 1).every((u) => PARTY_WORDS.test(u.text) || /^['’]s?$/.test(u.text))) {
      let k = j + 2;
      while (us[k + 1] && /^\p{Lu}\p{Ll}/u.test(us[k + 1]!.text) && k < j + 5) k++;
      if (/^(Party|Front|Movement|Alliance|Union|Congress|Council|Bureau|Commission|Committee|Office)$/.test(us[k]!.text) && k > j + 2) {
        j = k;
        continue;
      }
    }
    // "Center for Strategic and International Studies", "Ministry of Foreign Affairs and Trade": after "of"
    // or "for", "and" goes on in the name before a word that names nothing on its own
    const afterAnd = crossed && next.text === 'and' && us[j + 2] && /^\p{Lu}\p{Ll}/u.test(us[j + 2]!.text) ? classifyName(us[j + 2]!.text, 1) : null;
    if (afterAnd !== null && (!afterAnd || (afterAnd.entityType === 'place' && !afterAnd.capitalOf && afterAnd.place?.kind !== 'region' && !isCapitalised(us[j + 3]?.text ?? ''))) && !countryOfModifier(us[j + 2]!.text) && !isTitleWord(us[j + 2]!.text)) {
      j += 2;
      continue;
    }
    // "Military Operation Command 15", "Border Guard Police Battalion No. 5": a unit's number is part of its name
    const numberAt = /^\d{1,4}$/.test(next.text) ? j + 1 : /^No\.?$/.test(next.text) ? (/^\d{1,4}$/.test(us[j + 2]?.text ?? '') ? j + 2 : us[j + 2]?.text === '.' && /^\d{1,4}$/.test(us[j + 3]?.text ?? '') ? j + 3 : -1) : -1;
    if (/^(Command|Battalion|Brigade|Division|Regiment|Company|Squadron|Corps|Highway|Route)$/.test(us[j]!.text) && numberAt > 0) {
      j = numberAt;
      break;
    }
    if (isCapitalised(next.text) && next.pos !== 'PUNCT' && !(CLOSED_CLASS.has(next.pos) && next.pos !== 'DET' && !/^\p{Lu}{2,}/u.test(next.text) && next.text.length < 4)) {
      j++;
      if (MODIFIER_SUFFIX.test(next.text)) break;
      continue;
    }
    // "National Task Force to End Local Communist Armed Conflict", "Campaign to Stop Killer Robots": a group's aim in its name
    if (next.text === 'to' && /^(Force|Campaign|Coalition|Committee|Movement|Alliance|Fund|Council|Commission|Initiative|Mission|Network)$/.test(us[j]!.text) && /^(End|Stop|Save|Protect|Defend|Free|Ban|Fight|Combat|Counter|Prevent|Restore)$/.test(us[j + 2]?.text ?? '')) {
      j += 2;
      continue;
    }
    // "Côte d'Ivoire": a French elision inside a name
    if (/^[dl]['’]\p{Lu}/u.test(next.text)) {
      j++;
      continue;
    }
    // "People's Defence Force", "Workers' Party": a possessive that belongs to the name
    // ("Indigenous Tribal Leaders' Forum": a plural's apostrophe alone, before a capitalised word, too)
    // (only where a group's head follows: "the Houthis' Red Sea attacks" is two names)
    const groupAhead = () => { for (let k = j + 2; k < j + 6 && isCapitalised(us[k]?.text ?? ''); k++) if (/^(Forum|Party|Front|Council|Union|Association|Movement|Congress|League|Alliance|Coalition|Organisation|Organization|Committee|Federation|Network|Collective|Assembly|Society)$/.test(us[k]!.text)) return true; return false; };
    // ("Cox's Bazar": a place the gazetteer knows with its apostrophe)
    const knownWithApostrophe = () => /^['’]s$/.test(next.text) && isCapitalised(us[j + 2]?.text ?? '') && !!placeByName(`${textOf(ctx, i, j)}'s ${us[j + 2]!.text}`);
    if (/^['’]s?$/.test(next.text) && !next.spaceBefore && (NAME_POSSESSIVES.has(us[j]!.text.toLowerCase()) || knownWithApostrophe() || (/^['’]$/.test(next.text) && /\p{Ll}s$/u.test(us[j]!.text) && groupAhead())) && isCapitalised(us[j + 2]?.text ?? '')) {
      j += 2;
      continue;
    }
    // initials and suffixes: "George H. W. Bush Jr."
    if (NAME_SUFFIXES.has(next.text.toLowerCase()) && !next.spaceBefore === false) {
      j++;
      continue;
    }
    const after = us[j + 2];
    if (NAME_PARTICLES.has(next.text.toLowerCase()) && after && isCapitalised(after.text)) {
      j += 2;
      continue;
    }
    // "Juan Ramón de la Fuente", "Ursula von der Leyen": two particles before the last name
    if (NAME_PARTICLES.has(next.text.toLowerCase()) && after && NAME_PARTICLES.has(after.text.toLowerCase()) && us[j + 3] && isCapitalised(us[j + 3]!.text)) {
      j += 3;
      continue;
    }
    // "Army of the Guardians of the Islamic Revolution", "Ministry of Defence"
    if (CONNECTORS.has(next.text.toLowerCase()) && after) {
      const head = textOf(ctx, i, j);
      const cue = classifyName(head, 2);
      // "House of Peoples' Representatives", "Chamber of Deputies": a chamber's name goes on after "of"
      const geographic = /^(cape|gulf|strait|straits|bay|sea|isle|island|islands|lake|mount|port|horn|sea|house|chamber|line)$/i.test(head) ||
        (next.text.toLowerCase() === 'for' && /\b(route|highway|railway|corridor)$/i.test(head));
      if ((cue && cue.entityType !== 'place' && cue.entityType !== 'person' && !cue.key) || geographic) {
        const k = after.text.toLowerCase() === 'the' ? j + 3 : j + 2;
        const nextAfter = us[k + 1];
        const adjectiveOnly = countryOfModifier(us[k]?.text ?? '') && !countryByName(us[k]?.text ?? '') && nextAfter && /^\p{Ll}/u.test(nextAfter.text);
        // "the Security Service of Ukraine": the state is its own mention (and the body part of it)
        const stateName = countryByName(us[k]?.text ?? '') || countryByName(`${us[k]?.text ?? ''} ${us[k + 1]?.text ?? ''}`) || (us[k] && countryAt(ctx, k) !== undefined);
        // "Revolutionary Armed Forces of Colombia", "Communist Party of China": a group's name takes its state
        const groupHead = !!cue && (cue.entityType === 'militia' || cue.entityType === 'organization');
        // ("Port of Spain": a place the gazetteer knows whole)
        const knownPlace = !!us[k] && !!placeByName(textOf(ctx, i, k));
        // ("Commission on Elections", not "the Army on Tuesday"; not "Brigade of Brig. Gen. X")
        // ("on" only after a body that has a subject, and never before a place: "the Refugee Council on Gaza")
        const onTime = next.text.toLowerCase() === 'on' && (isCalendarWord(us[k]?.text ?? '') || geographic || !/\b(commission|committee|council|conference|court|tribunal|panel|forum|office|center|centre|institute)$/i.test(head) || !!stateName || !!placeByName(us[k]?.text ?? '') || !!countryOfModifier(us[k]?.text ?? ''));
        if (us[k] && isCapitalised(us[k]!.text) && !adjectiveOnly && !onTime && !RANK_BEFORE_NAME.test(us[k]!.text) && (!stateName || groupHead || knownPlace)) {
          j = k;
          // (only a body's or group's name goes on after "and": "Strait of Hormuz and Dubai" are two)
          crossed = !knownPlace && !(geographic && next.text.toLowerCase() === 'of');
          continue;
        }
      }
    }
    break;
  }
  return j;
}

/**
 * Does a capital at units[i..j] stand for its government ("Washington said", "ally of Tehran",
 * "Baghdad and Washington reached")? A capital after a preposition of place ("a strike in Baghdad"),
 * in a dateline ("BAGHDAD -") or before a place of its own ("Baghdad's Green Zone") is a place.
 */
function capitalIsActor(ctx: Ctx, i: number, j: number): boolean {
  const us = ctx.units;
  // "BOGOTA (Reuters) -", "KYIV —": a dateline
  if (i === 0 && /^\p{Lu}{3,}$/u.test(us[i]!.text) && isDateline(ctx, j)) return false;
  const prev = us[i - 1]?.text.toLowerCase();
  const next = us[j + 1];
  if (!next || /^[–—:-]$/.test(next.text)) return false;
  if (/^['’]s$/.test(next.text)) return !isCapitalised(us[j + 2]?.text ?? 'X') && !PLACE_HEADS.has(us[j + 2]?.text.toLowerCase() ?? '');
  if (prev === 'of' && /^(ally|allies|proxy|proxies|support|pressure|influence|demands|policy|backing|enemy|enemies|envoy|partner|partners)$/i.test(us[i - 2]?.text ?? '')) return true;
  // "under pressure from Ankara", "with support from Washington", "friction with Ankara": the government's
  if ((prev === 'from' || prev === 'with') && /^(pressure|support|demands?|criticism|opposition|threats?|objections?|warnings?|requests?|calls?|backing|aid|funding|approval|permission|protests?|friction|tensions?|talks|ties|relations|agreement|deal)$/i.test(us[i - 2]?.text ?? '')) return true;
  if (prev && (LOCATIVE.has(prev) || PLACE_OF.includes(prev))) return false;
  // "in central Tripoli", "across southern Beirut": a part of the city
  if (prev && /^(central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|downtown|greater|outer|inner|old)$/.test(prev) && LOCATIVE.has(us[i - 2]?.text.toLowerCase() ?? '')) return false;
  // "Houthi-controlled Sanaa", "rebel-held Goma": a capital held by someone is the city
  if (prev && /^\S+-(controlled|held|occupied|administered|ruled|besieged)$/.test(prev)) return false;
  // "back to the capital, Khartoum,": a capital in apposition to a place noun is the place
  if (prev === ',' && /^(capital|city)$/i.test(us[i - 2]?.text ?? '')) return false;
  // the object of a verb of motion or force is a place ("missiles hit Kyiv", "fighters entered Kabul"),
  // of a verb of speech an actor ("reminds Washington", "urged Tehran")
  // the subject of a verb: "said Washington remained", "officials say Tehran arms"
  if (next.pos === 'VERB' || next.pos === 'AUX' || ACTOR_VERBS.test(next.text)) return true;
  const verb = us[i - 1];
  if (verb && /^(say|says|said|believe|believes|think|thinks|claim|claims|insist|insists|argue|argues|note|notes)$/i.test(verb.text)) return true;
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) return SPEECH_VERBS.test(verb.text);
  if (verb && verb.pos === 'DET' && us[i - 2]?.pos === 'VERB' && !SPEECH_VERBS.test(us[i - 2]!.text)) return false;
  return true;
}

const SPEECH_VERBS = /^(remind|reminds|reminded|urge|urges|urged|warn|warns|warned|accuse|accuses|accused|told|tell|tells|criticised|criticized|pressed|press|presses|asked|ask|asks|blamed|blames|blame|called|calls|call|thanked|thanks|invited|invites|joined|joins|backed|backs|supported|supports|condemned|condemns|opposed|opposes|sanctioned|sanctions|assured|assures|assure|reassured|reassures|promised|promises|informed|informs|notified|persuaded|pressured|pressures|briefed|phoned|convinced|lobbied|lobbies|reassure)$/i;

const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'inside', 'outside', 'around', 'across', 'of', 'via', 'through', 'over', 'toward', 'towards', 'within', 'throughout', 'outskirts', 'visit', 'visited', 'visiting']);

/** Prepositions after which an unknown name is a place ("near Marib", "in North Darfur"). */
const LOCATIVE_BEFORE_PLACE = new Set(['in', 'near', 'around', 'outside', 'inside', 'across', 'into', 'towards', 'toward']);


/** Roles written before a name in lower case: "national security adviser X", "analyst X". */
function rolesBefore(ctx: Ctx, i: number): string | undefined {
  // "the contingent's deputy commander, Ivan Kovgan,": a role before a comma, the name in apposition
  if (ctx.units[i - 1]?.text === ',' && i >= 2 && PERSON_ROLE_NOUNS.has(ctx.units[i - 2]!.text.toLowerCase()) && /^\p{Ll}/u.test(ctx.units[i - 2]!.text)) return rolesBefore(ctx, i - 1);
  let k = i - 1;
  while (k >= 0 && /^\p{Ll}/u.test(ctx.units[k]!.text) && (PERSON_ROLE_NOUNS.has(ctx.units[k]!.text.toLowerCase()) || isTitleWord(ctx.units[k]!.text))) k--;
  if (k === i - 1) return undefined;
  if (!PERSON_ROLE_NOUNS.has(ctx.units[i - 1]!.text.toLowerCase())) return undefined;
  // take the name or demonym just before: "Iraqi national security adviser", "Quds Force commander"
  let s = k + 1;
  while (s - 1 >= 0 && isCapitalised(ctx.units[s - 1]!.text) && ctx.units[s - 1]!.pos !== 'PUNCT' && !CLOSED_CLASS.has(ctx.units[s - 1]!.pos)) s--;
  return textOf(ctx, s, i - 1);
}

/** A role in apposition after a name: "X, the Iraqi prime minister," / "X, a fellow with the Y,". */
function roleAfter(ctx: Ctx, j: number): string | undefined {
  const us = ctx.units;
  if (us[j + 1]?.text !== ',') return undefined;
  let k = j + 2;
  if (['the', 'a', 'an'].includes(us[k]?.text.toLowerCase() ?? '')) k++;
  const start = k;
  let hasRole = false;
  while (us[k] && !/^[,;:.!?)”"]$/.test(us[k]!.text) && k - start < 14) {
    // an apposition names a role before any verb: "X, signed a deal with SDF commander Y" is a clause
    // (a lower-case verb: wink takes the acronym "IS" in "a senior IS leader" for one)
    if (!hasRole && (us[k]!.pos === 'VERB' || us[k]!.pos === 'AUX') && /^\p{Ll}/u.test(us[k]!.text)) return undefined;
    // (a role word before a noun modifies it: "his official residence")
    if (PERSON_ROLE_NOUNS.has(us[k]!.text.toLowerCase()) && !(us[k + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(us[k + 1]!.text) && !PERSON_ROLE_NOUNS.has(us[k + 1]!.text.toLowerCase()))) hasRole = true;
    // ("X, the US ambassador to Turkey and special envoy for Syria": the role named before "and" is one)
    if (hasRole && us[k]!.text.toLowerCase() === 'and') break;
    if (['said', 'says', 'told', 'who', 'which', 'and'].includes(us[k]!.text.toLowerCase())) return undefined;
    k++;
  }
  if (!hasRole || k === start) return undefined;
  return textOf(ctx, start, k - 1);
}

const DOCUMENT_HEADS = /^(Treaty|Accord|Accords|Agreement|Convention|Protocol|Declaration|Charter|Partnership|Prize|Award|Medal|Doctrine|Framework|Roadmap|Act|Bill|Resolution|Constitution|Dialogue|Process)$/;
const WEAPON_NOUNS = /^(bombers?|jets?|fighters?|aircraft|planes?|missiles?|drones?|tanks?|helicopters?|systems?|rockets?|launchers?|batteries|stealth|interceptors?|warplanes?)$/;
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{3,}(ing|ed)$/u;
const GIVEN_NAMES_IN_ED = /^(ahmed|mohammed|muhammed|mohamed|muhamed|hamed|saeed|rasheed|majed|javed|fareed|zahed|waleed|khaled|hamid|mahmoud|sayed|sayyed|ubed|obed|zaid)$/i;

/**
 * "United Nations Support Mission in Libya", "UN Security Council", "AU Commission": a body whose name
 * opens with a well-known international organisation's is part of it; the opening words are an
 * adjectival mention of that organisation, as "Iraqi" is of Iraq in "Iraqi Interior Ministry".
 */
function knownPrefix(ctx: Ctx, s: number, j: number, self?: string): void {
  const us = ctx.units;
  for (let k = Math.min(3, j - s); k >= 1; k--) {
    const org = organisationByName(textOf(ctx, s, s + k - 1));
    if (!org || org.entityType !== 'organization' || org.label === self) continue;
    push(ctx, us[s]!, us[s + k - 1]!, textOf(ctx, s, s + k - 1), { entityType: 'organization', rule: 'name-prefix:organisation', key: `org:${org.label}`, canonical: org.label }, { adjectival: true });
    return;
  }
}

/** Words of parties' names before "and": "Justice and Development Party", "Peoples' Equality and Democracy Party". */
const PARTY_WORDS = /^(Justice|Development|Freedom|Democracy|Democratic|Progress|Progressive|Peace|Unity|Equality|Liberty|Labour|Labor|Socialist|Social|Solidarity|Reform|Renewal|Prosperity|Independence|Future|National|People|Peoples|Workers|Green|Law|Order|Dignity|Truth|Reconciliation|Change|Hope|Welfare|Salvation|Construction|Citizens|Union|Liberation|Popular|Islamic|Christian|Conservative|Liberal|Patriotic)$/;

/** Handles the chunk units[i..j]: takes off titles and nationality, types the rest, pushes mentions. */
function handleChunk(ctx: Ctx, i: number, j: number): void {
  const us = ctx.units;
  // "Neighbouring Tanzania", "Embattled Sudan": a participle opening a sentence is no part of the name after it
  if (j > i && OPENING_PARTICIPLE.test(us[i]!.text) && !GIVEN_NAMES_IN_ED.test(us[i]!.text) && !classifyName(us[i]!.text, 1) && (i === 0 || /^[“"‘'(]$/.test(us[i - 1]!.text))) {
    const rest = classifyName(textOf(ctx, i + 1, j), j - i);
    if (rest?.rule.startsWith('gazetteer') && !classifyName(textOf(ctx, i, j), j - i + 1)) i++;
  }
  // "the mostly Muslim Seleka rebels", "Shia Houthis": a word of religion or people opening an unknown name is no part of it
  // (not inside a longer name: "Bangsamoro Autonomous Region in Muslim Mindanao")
  if (j > i && isNonEntityWord(us[i]!.text) && !GIVEN_NAMES_THAT_ARE_WORDS.has(us[i]!.text.toLowerCase()) && !isCalendarWord(us[i]!.text) && !countryOfModifier(us[i]!.text) && !MODIFIER_SUFFIX.test(us[j]!.text) && !isCompassWord(us[i]!.text) && !/^(in|of|for|and|on)$/.test(us[i - 1]?.text ?? '') && !classifyName(textOf(ctx, i, j), j - i + 1) && us.slice(i + 1, j + 1).some((u) => !isCommonWord(u.text))) i++;
  // "Kosovo Serbs", "the Kosovo Serb party": a people's word after a place's name is no part of it
  if (j > i && isNonEntityWord(us[j]!.text) && !isCalendarWord(us[j]!.text) && !REGION_ADJECTIVES.test(us[j]!.text) && !isCompassWord(us[j]!.text) && !RELIGION_WORD.test(us[j]!.text) && !classifyName(textOf(ctx, i, j), j - i + 1) && !countryOfModifier(textOf(ctx, i, j)) && isPlaceOrState(classifyName(textOf(ctx, i, j - 1), j - i))) {
    handleChunk(ctx, i, j - 1);
    return;
  }
  // "Karabakh Armenians", "Gaza Palestinians": a people after a place's name is no part of it
  if (j > i && /s$/.test(us[j]!.text) && !countryByName(us[j]!.text) && !classifyName(textOf(ctx, i, j), j - i + 1)) {
    const people = countryOfModifier(us[j]!.text);
    if (people) {
      handleChunk(ctx, i, j - 1);
      push(ctx, us[j]!, us[j]!, us[j]!.text, countryMention(people, 'demonym'), { adjectival: true });
      return;
    }
  }
  // "the Indus Waters Treaty", "a Charter on Strategic Partnership", "the Nobel Peace Prize": documents
  // and awards are no actors; "FULL AND IMMEDIATE CEASEFIRE": a slogan in capitals is no name
  if (DOCUMENT_HEADS.test(us[j]!.text) && j > i && !organisationByName(textOf(ctx, i, j))) {
    // ("Government of National Accord" is a body by its own words)
    const named = classifyName(textOf(ctx, i, j), j - i + 1);
    if (!named || named.entityType === 'person' || named.entityType === 'place') return;
  }
  // (a subhead in capitals, "THE ROAD FROM IMRALI", "SYRIA QUESTION": only a whole known name counts)
  // (not two acronyms side by side: "UN OCHA said")
  if (j > i && !(i === 0 && datelinePlace(ctx, i, j)) && us.slice(i, j + 1).every((u) => /^\p{Lu}{2,}$/u.test(u.text)) && (j - i >= 2 || us.slice(i, j + 1).every((u) => u.text.length >= 5 || isCommonWord(u.text))) && !classifyName(textOf(ctx, i, j), j - i + 1)?.rule.startsWith('gazetteer')) return;
  // "PM GMT", "B-2", "F-35": times and weapon models name no one
  if (us.slice(i, j + 1).every((u) => /^(AM|PM|GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|IST|PKT|EAT|WAT|CAT)$/.test(u.text)) || (/^\p{Lu}[\p{Lu}\p{Ll}]{0,2}-\d+\p{Lu}?$/u.test(us[j]!.text) && WEAPON_NOUNS.test(us[j + 1]?.text ?? ''))) {
    const country = j > i ? countryOfModifier(us[i]!.text) : undefined;
    if (country) push(ctx, us[i]!, us[i]!, us[i]!.text, countryMention(country, 'nationality'), { adjectival: true });
    return;
  }
  // "Victory Day", "Independence Day": a holiday, not an actor
  if (j > i && /^Day$/.test(us[j]!.text)) return;
  // "Last October", "Early Monday": a time, not a name
  if (j > i && isCalendarWord(us[j]!.text) && us.slice(i, j).every((u) => /^(last|next|this|early|late|mid|since|until|by|on|in|that|each|every|published|updated|posted|modified)$/i.test(u.text))) return;
  // "BOGOTA (Reuters) -", "GAZA CITY (AP) —": a dateline's agency credit names no one in the story
  // (also with the place's state and the date: "BAMENDA, Cameroon, Nov 10 (Reuters) -")
  if (i >= 2 && us[i - 1]!.text === '(' && us[j + 1]?.text === ')' && /^[—–-]$/.test(us[j + 2]?.text ?? '') && (us.slice(0, i - 1).every((u) => /^[\p{Lu}\p{P}]+$/u.test(u.text)) || (i <= 10 && /^\p{Lu}{3,}$/u.test(us[0]!.text) && us[1]?.text === ','))) return;
  // "US-led", "Iranian-backed", "New York-based": the base is an adjectival mention
  const mod = MODIFIER_SUFFIX.exec(us[j]!.text);
  if (mod) {
    const baseText = (i < j ? `${textOf(ctx, i, j - 1)} ` : '') + mod[1]!;
    let country = i === j ? countryOfModifier(mod[1]!) : undefined;
    let c: Classified | undefined = classifyName(baseText, j - i + 1);
    // "Washington-led": a capital that leads or backs is its government
    if (!country && c?.capitalOf && !/^(based|born|made|run|held)$/i.test(mod[2]!)) country = c.capitalOf;
    if (country) c = countryMention(country, 'modifier:country');
    if (c) {
      if (c.rule === 'cue:coalition' && GENERIC_COALITION.test(baseText)) c = { ...c, key: 'coalition' };
      const m = push(ctx, us[i]!, us[j]!, baseText, c, { modifier: mod[2]!.toLowerCase(), adjectival: true });
      m.end = us[j]!.start + (us[j]!.text.length - mod[2]!.length - 1);
    }
    return;
  }
  // "Amnesty International Indonesia", "Transparency International Ukraine": a well-known organisation's
  // national branch, named with its state, is an organisation of its own
  for (let k = j - 1; k > i; k--) {
    const org = organisationByName(textOf(ctx, i, k));
    // (not "Human Rights Watch Iraq researcher X": a role after it makes it a title)
    if (!org || org.entityType !== 'organization' || !countryByName(textOf(ctx, k + 1, j)) || /^\p{Ll}/u.test(us[j + 1]?.text ?? '') && us[j + 1]?.pos === 'NOUN') continue;
    push(ctx, us[i]!, us[j]!, textOf(ctx, i, j), { entityType: 'organization', rule: 'branch-of-organisation' });
    return;
  }
  // a well-known name as a whole: "Syrian Democratic Forces" is not a Syrian body called "Democratic Forces"
  const whole = textOf(ctx, i, j);
  const knownWhole = j > i ? organisationByName(whole) : undefined;
  if (knownWhole) {
    // the country word in it still names the country ("Iranian Revolutionary Guards")
    // (a state's name opening a group's name is the group's: "Myanmar National Democratic Alliance Army")
    const lead = countryOfModifier(us[i]!.text);
    const leadIsName = !!countryByName(us[i]!.text);
    // (an armed group's or organisation's name does not name the state: "Syrian National Army")
    if (lead && knownWhole.entityType === 'government') push(ctx, us[i]!, us[i]!, us[i]!.text, countryMention(lead, 'nationality'), leadIsName ? {} : { adjectival: true });
    // "Security Service of Ukraine": the state at the end of a state body's name is named too
    const last = us[j]!;
    const tail = j > i + 1 && knownWhole.entityType === 'government' && /^(of|in)$/i.test(us[j - 1]!.text) ? countryByName(last.text) : undefined;
    if (tail) push(ctx, last, last, last.text, countryMention(tail, 'gazetteer:country'), {});
    knownPrefix(ctx, i, j, knownWhole.label);
    push(ctx, us[i]!, us[j]!, whole, classifyName(whole, j - i + 1)!);
    return;
  }
  // a demonym or country word alone: "Iraqi officials", "American influence", "Iraqis"
  const alone = countryOfModifier(textOf(ctx, i, j));
  if (alone) {
    const written = textOf(ctx, i, j);
    push(ctx, us[i]!, us[j]!, written, countryMention(alone, countryByName(written) ? 'gazetteer:country' : 'demonym'), countryByName(written) ? {} : { adjectival: true });
    return;
  }
  // take titles and nationality words off the front
  let s = i;
  const titles: number[] = [];
  let nationality: { at: number; to: number; code: string; name: string } | undefined;
  // ("Niger State" is a province the gazetteer knows whole, not "Niger" and a title)
  const provinceWhole = j > i && classifyName(textOf(ctx, i, j), j - i + 1)?.rule === 'gazetteer:province';
  while (!provinceWhole && (s < j || (s === j && isHonorific(us[s]!.text)))) {
    const u = us[s]!;
    const two = s + 1 <= j ? `${u.text} ${us[s + 1]!.text}` : '';
    const country2 = two && countryOfModifier(two);
    const country = countryOfModifier(u.text);
    // ("Indian Ocean Commission", "Persian Gulf states": a demonym opening a region's name is the region's)
    const regionName = s + 1 <= j && !country2 && classifyName(`${u.text} ${us[s + 1]!.text}`, 2)?.rule === 'gazetteer:region';
    if (!nationality && titles.length === 0 && (country2 || country) && !regionName) {
      const c = (country2 || country)!;
      const to = country2 ? s + 1 : s;
      const rest = textOf(ctx, to + 1, j);
      // "Iraqi Security Forces" is a body, "Iraqi Prime Minister X" a person with a nationality
      const restType = classifyName(rest, j - to);
      const facility = FACILITY_HEADS.has(us[j]!.text.toLowerCase());
      // a nationality stands before a title ("Iraqi Prime Minister X") or a body ("Iraqi Security Forces"),
      // not before a bare name: "Jordan Bardella" is a person
      const beforeTitleOrBody = isTitleWord(us[to + 1]?.text ?? '') || (TITLE_BODY_WORDS.test(us[to + 1]?.text ?? '') && isTitleWord(us[to + 2]?.text ?? '')) || (!!restType && restType.entityType !== 'person' && restType.entityType !== 'place') || facility || isNonEntityWord(rest);
      // a state's name (not its adjective) before a group's name belongs to the name: "Congo River Alliance"
      // ("US Export-Import Bank": an abbreviated state is a modifier)
      const nameOfGroup = !!countryByName(country2 ? two : u.text) && !/^\p{Lu}{2,3}$/u.test(u.text) && !!restType && (restType.entityType === 'organization' || restType.entityType === 'militia') && !restType.key;
      // "Armenian Apostolic Church", "Iraqi Communist Party": a demonym opening an organisation's name
      // by its cue word is part of the name (and still names its state)
      const demonymOfGroup = !nameOfGroup && !countryByName(country2 ? two : u.text) && !isTitleWord(us[to + 1]?.text ?? '') && !!restType && restType.entityType === 'organization' && !restType.key && j - to >= 2;
      if (demonymOfGroup) {
        push(ctx, us[s]!, us[to]!, textOf(ctx, s, to), countryMention(c, 'nationality'), { adjectival: true });
        break;
      }
      if (to + 1 <= j && beforeTitleOrBody && !nameOfGroup) {
        nationality = { at: s, to, code: c.code, name: c.name };
        s = to + 1;
        continue;
      }
      break;
    }
    // "Parliament Speaker X", "Army Chief X": a body's word before a title is part of the title
    const bodyWord = titles.length === 0 && s + 1 < j && TITLE_BODY_WORDS.test(u.text) && isTitleWord(us[s + 1]!.text) && /^\p{Lu}/u.test(us[s + 1]!.text);
    // ("Gen Z", "Gen X": a generation, no general)
    const generation = u.text === 'Gen' && /^[XYZ]$/.test(us[s + 1]?.text ?? '');
    if (bodyWord || (isTitleWord(u.text) && !countryOfModifier(u.text) && !generation)) {
      titles.push(s);
      s++;
      continue;
    }
    break;
  }
  // a chunk of titles only ("Iraqi National Security Advisor"): a role, no name
  if (s === j && isTitleWord(us[j]!.text) && (titles.length > 0 || nationality) && !classifyName(us[j]!.text, 1)) {
    titles.push(j);
    s = j + 1;
  }
  if (nationality) {
    push(ctx, us[nationality.at]!, us[nationality.to]!, textOf(ctx, nationality.at, nationality.to), countryMention(nationality, 'nationality'), countryByName(textOf(ctx, nationality.at, nationality.to)) ? {} : { adjectival: true });
  }
  // "Former Afghan president X": a demonym left after a title names the state, not a person
  const leftDemonym = s === j && titles.length > 0 && !nationality && !countryByName(us[j]!.text) ? countryOfModifier(us[j]!.text) : undefined;
  if (leftDemonym) {
    push(ctx, us[j]!, us[j]!, us[j]!.text, countryMention(leftDemonym, 'nationality'), { adjectival: true });
    return;
  }
  if (s > j) return; // only titles and nationality: a role phrase with no name
  // ("Adviser on Peace": what is left after the title is its subject, no name)
  if (CONNECTORS.has(us[s]!.text)) return;
  // "Revolutionary Guards Quds Force": a known name glued to the next name
  let split = false;
  for (let p = s; p < j; p++) {
    const prefixType = classifyName(textOf(ctx, s, p), p - s + 1);
    // a known organisation, or any typed name ("White House", "Washington") before a title
    // (a capitalised title: "of" in "Revolutionary Armed Forces of Colombia" is no title)
    // (not an honorific inside a name: "Hassan Sheikh Mohamud" is one person, whatever town is called Hassan)
    const titleNext = isTitleWord(us[p + 1]!.text) && /^\p{Lu}/u.test(us[p + 1]!.text) && !us.slice(p + 1, j + 1).some((u) => u.text === 'and') && !(isHonorific(us[p + 1]!.text) && prefixType?.entityType === 'place' && prefixType.place?.kind !== 'capital');
    // (no name ends in a connector: "Government of National Accord" is not "Government of" and a title;
    // "Local Government Minister X": a body's words by cue before "Minister" are the portfolio, no body)
    const portfolio = prefixType?.rule.startsWith('cue:') && prefixType.entityType !== 'place' && /^(minister|secretary|commissioner)$/i.test(us[p + 1]!.text) && p + 1 < j;
    const known = organisationByName(textOf(ctx, s, p)) ?? (prefixType && prefixType.entityType !== 'person' && titleNext && !isTitleWord(us[s]!.text) && !CONNECTORS.has(us[p]!.text.toLowerCase()) && us[p]!.text !== 'the' && !portfolio ? prefixType : undefined);
    const rest = classifyName(textOf(ctx, p + 1, j), j - p);
    // "Revolutionary Guards Quds Force", "NATO Secretary General Mark Rutte"
    const restIsName = rest && rest.entityType !== 'person' && rest.entityType !== 'place' && (j - p > 1 || !!rest.key);
    // "Myanmar National Democratic Alliance Army": a state's name before an unknown group's name is part of it
    const stateInName = !!prefixType?.key?.startsWith('country:') && !!rest && (rest.entityType === 'militia' || rest.entityType === 'organization') && !rest.key;
    // "Chief of Army Staff Lt. Gen. X", "Chief of the Defence Staff": the staff is the title's, no body of its own
    if (known && /\bstaff$/i.test(textOf(ctx, s, p)) && /^of$/i.test(us[s - 1]?.text ?? '') && /^chiefs?$/i.test(us[s - 2]?.text ?? '')) {
      for (let q = s; q <= p; q++) titles.push(q);
      s = p + 1;
      while (s < j && isTitleWord(us[s]!.text)) titles.push(s++);
      break;
    }
    // "Tigray Interim Administration", "Kurdistan Regional Government": a region's name opens its body's name
    // ("West Papua National Liberation Army": an armed group named for its region, not the one the gazetteer knows by the rest)
    const regionInName = prefixType?.entityType === 'place' && !organisationByName(textOf(ctx, s, p)) && restIsName && (rest!.entityType === 'government' || (rest!.entityType === 'militia' && j - p > 1));
    if (portfolio && titles.length === 0 && p + 1 < j) {
      for (let q = s; q <= p + 1; q++) titles.push(q);
      s = p + 2;
      while (s < j && isTitleWord(us[s]!.text)) titles.push(s++);
      break;
    }
    // "the UN Secretary-General's representative": a known body and a title, no name
    if (known && known.entityType !== 'place' && organisationByName(textOf(ctx, s, p)) && titleNext && us.slice(p + 1, j + 1).every((u) => isTitleWord(u.text))) {
      push(ctx, us[s]!, us[p]!, textOf(ctx, s, p), classifyName(textOf(ctx, s, p), p - s + 1)!);
      return;
    }
    if (known && !stateInName && !regionInName && (restIsName || (titleNext && p + 1 < j))) {
      const c = classifyName(textOf(ctx, s, p), p - s + 1)!;
      push(ctx, us[s]!, us[p]!, textOf(ctx, s, p), c);
      s = p + 1;
      split = true;
      while (s < j && isTitleWord(us[s]!.text)) titles.push(s++);
      break;
    }
  }
  let name = textOf(ctx, s, j);
  let words = j - s + 1;
  // a title was taken but the rest has a cue word: the title word belonged to the name ("General Assembly")
  let c = classifyName(name, words);
  const withTitles = titles.length ? classifyName(textOf(ctx, titles[0]!, j), j - titles[0]! + 1) : undefined;
  const restIsCue = (c && c.entityType !== 'person' && c.rule.startsWith('cue:')) || (!c && words === 1 && typeByCues(name));
  if (titles.length && restIsCue && withTitles && withTitles.entityType !== 'person') {
    s = titles[0]!;
    titles.length = 0;
    name = textOf(ctx, s, j);
    words = j - s + 1;
    c = classifyName(name, j - s + 1);
  }
  // "the United States Embassy": a state's facility, keyed by the state
  if (nationality && !titles.length && FACILITY_HEADS.has(name.toLowerCase())) {
    push(ctx, us[nationality.at]!, us[j]!, textOf(ctx, nationality.at, j), { entityType: 'place', rule: `cue:${name.toLowerCase()}`, key: `body:${nationality.code}:${skeletonKey(name.toLowerCase())}` });
    return;
  }
  const roleText = titles.length ? textOf(ctx, nationality ? nationality.at : titles[0]!, titles[titles.length - 1]!) : undefined;
  if (c && c.entityType !== 'person') {
    if (words === 1 && isNonEntityWord(name)) return;
    // "the Eritrean Defence Forces": a state's demonym before its forces' name makes them the state's, not a group's
    if (nationality && c.entityType === 'militia' && /^cue:(defen[cs]e forces?|armed forces|national army|army)$/.test(c.rule)) c = { ...c, entityType: 'government' };
    // a state body: key it by its country so "Iraqi Security Forces" and "Iraq's security forces" meet
    if (c.entityType === 'government' && !c.key) {
      // "Pakistan Army": a state's name opening a body's head is the body's state, as "Pakistani army"
      const own = !nationality && words > 1 ? countryOfModifier(us[s]!.text) : undefined;
      const ownHead = own ? matchHead(name.toLowerCase().split(/\s+/).slice(1), BODY_HEADS) : undefined;
      if (own && ownHead && ownHead.length === words - 1) {
        push(ctx, us[s]!, us[j]!, name, { ...c, key: `body:${own.code}:${skeletonKey(SAME_BODY[ownHead.head] ?? ownHead.head)}`, country: own.code }, {});
        return;
      }
      const country = nationality?.code;
      const from = nationality && !split ? nationality.at : s;
      const bodyName = textOf(ctx, from, j);
      const head = matchHead(name.toLowerCase().split(/\s+/), BODY_HEADS);
      // (one ministry by any of its names only where its state is known: across stories, "the Ministry of
      // Defence" of one and "the Defence Ministry" of another may be two states')
      const bare = name.replace(/^the\s+/i, '');
      const key = `body:${country ?? ''}:${skeletonKey(head && head.length === words ? (SAME_BODY[head.head] ?? head.head) : country ? ministryName(bare) : bare)}`;
      push(ctx, us[from]!, us[j]!, bodyName, { ...c, key, country }, {});
      return;
    }
    // "Sheinbaum's Morena party", "the Juarez cartel": a town's name before a party's or gang's noun names the group
    const groupNoun = c.entityType === 'place' && !c.capitalOf && c.place && c.place.kind !== 'region' ? /^(party|movement|gang|cartel|militia|faction)$/.exec(us[j + 1]?.text ?? '') : null;
    if (groupNoun) {
      push(ctx, us[s]!, us[j]!, name, { entityType: /^(party|movement)$/.test(groupNoun[1]!) ? 'organization' : 'militia', rule: `head:${groupNoun[1]}` });
      return;
    }
    if (c.capitalOf && capitalIsActor(ctx, s, j)) {
      // the capital stands for the state but is not a spelling of it: no alias
      push(ctx, us[s]!, us[j]!, name, countryMention(c.capitalOf, 'metonymy:capital'), { adjectival: true });
      return;
    }
    if (c.rule === 'cue:coalition' && GENERIC_COALITION.test(name)) c = { ...c, key: 'coalition' };
    const facility = matchHead(name.toLowerCase().split(/\s+/), [...FACILITY_HEADS]);
    if (nationality && facility && facility.length === words) {
      push(ctx, us[nationality.at]!, us[j]!, textOf(ctx, nationality.at, j), { ...c, key: `body:${nationality.code}:${skeletonKey(facility.head)}` });
      return;
    }
    if (c.entityType !== 'place') knownPrefix(ctx, s, j);
    push(ctx, us[s]!, us[j]!, name, c);
    return;
  }
  // people, and names that may be people ("West African" is neither)
  if (isNonEntityWord(name)) return;
  // "QAMISHLI, Syria —": a dateline's city, written in capitals
  if (/^\p{Lu}{3,}(\s\p{Lu}{2,}){0,2}$/u.test(name) && words <= 3 && s === 0 && datelinePlace(ctx, s, j)) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: 'dateline', canonical: name.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) });
    return;
  }
  // "the Cape of Good Hope", "Lake Chad", "Mount Sinjar": a geographic head makes a place
  if (GEOGRAPHIC.test(name)) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: 'head:geographic' });
    return;
  }
  if (/^\p{Lu}[\p{Lu}\d&.-]+$/u.test(name) && words === 1 && !titles.length) {
    // "MONUSCO, the UN peacekeeping mission", "the M-19 guerrilla group": an apposition or a group noun says what the acronym names
    // (or a group noun before it: "the state broadcaster RTB")
    const what = groupNounAfter(ctx, j) ?? appositionCue(ctx, j) ?? groupNounBefore(ctx, s, j, true);
    if (what) {
      push(ctx, us[s]!, us[j]!, name, { entityType: what.entityType, rule: `acronym-apposition:${what.cue}` });
      return;
    }
    // an unknown acronym: resolve keeps it only where a parenthesis defined it ("US Central Command (CENTCOM)")
    push(ctx, us[s]!, us[j]!, name, { entityType: 'organization', rule: 'acronym-use' }, { shortForm: true });
    return;
  }
  const prevWord = us[s - 1]?.text.toLowerCase() ?? '';
  const before = rolesBefore(ctx, s);
  const after = roleAfter(ctx, j);
  // "the port city of Hodeidah", "the capital Sanaa", "near Marib", "in northern Shan State", "towns ...,
  // including Laukkai": the context makes a place
  const placeWord = prevWord === 'of' ? us[s - 2]?.text.toLowerCase() ?? '' : prevWord;
  const evidence = titles.length > 0 || !!before || !!after;
  const directed = DIRECTIONS.test(prevWord) && LOCATIVE_BEFORE_PLACE.has(us[s - 2]?.text.toLowerCase() ?? '');
  const listed = (prevWord === 'including' || (prevWord === 'as' && us[s - 2]?.text.toLowerCase() === 'such')) && us.slice(Math.max(0, s - 10), s).some((u) => PLACES_PLURAL.test(u.text));
  // "fled with his family to Mueda", "flights were diverted to Misrata": where people go is a place
  // (the verb in this clause: no comma, verb or "closer" between it and "to")
  const motionAt = prevWord === 'to' ? us.slice(Math.max(0, s - 6), s - 1).findIndex((u) => MOTION_VERBS.test(u.text)) : -1;
  const goneTo = (motionAt >= 0 && !us.slice(Math.max(0, s - 6) + motionAt + 1, s - 1).some((u) => u.text === ',' || u.pos === 'VERB' || u.pos === 'AUX' || /^(closer|nearer|next|close)$/i.test(u.text))) ||
    // "bombers struck Fordow", "artillery shelled Kadugli": what is bombed is a place
    /^(struck|bombed|shelled|pounded|bombarded|overran|retook|recaptured|stormed|besieged|encircled|shelling|bombing|overrunning|storming)$/.test(prevWord);
  // "the base at Awdheegle", "a camp near Kidal": after a place noun
  const sited = /^(at|near|outside|in)$/.test(prevWord) && PLACE_HEADS.has(us[s - 2]?.text.toLowerCase() ?? '');
  const division = words > 1 && DIVISION_HEADS.test(us[j]!.text) && !/^(Infantry|Armoured|Armored|Airborne|Mechanised|Mechanized|Marine|Cavalry|Mountain|Panzer|Artillery|Tank)$/.test(us[j - 1]?.text ?? '');
  // (the place noun in lower case: "Secretary of State Antony Blinken" is no place)
  // ("took control of X": only after a verb of taking)
  const takenControl = placeWord === 'control' && /^(took|taken|take|takes|taking|seized|seize|seizing|gained|wrested|regained|retook|assumed)$/i.test(us[s - 3]?.text ?? '');
  const placeNoun = (PLACE_OF.includes(placeWord) || (prevWord === 'of' && (PART_OF_PLACE.test(placeWord) || takenControl))) && /^\p{Ll}/u.test(prevWord === 'of' ? us[s - 2]?.text ?? '' : us[s - 1]?.text ?? '');
  // "a review at Raj Bhavan in Imphal": at a name in a known place; "X lies on the highway": where things lie
  // (not where people work or study: "an analyst at Control Risks in London", "studied at Harvard in Massachusetts")
  const atInPlace = /^(at|near)$/.test(prevWord) && knownPlaceAfterIn(ctx, j) && !(prevWord === 'at' && /^(analyst|analysts|researcher|researchers|fellow|professor|lecturer|student|students|economist|expert|official|officials|director|head|staff|employee|worked|works|working|studied|studies|studying|teaches|taught|trained|educated|job|partner|executive|strategist|scholar)$/i.test(us[s - 2]?.text ?? ''));
  // (not "Putin lies about the war", "Traore sits in the palace": only where a place lies, and "some 15 km")
  const lies = /^(lies|straddles)$/.test(us[j + 1]?.text ?? '') && (/^(on|along|astride|between)$/.test(us[j + 2]?.text ?? '') || (/^(some|about|roughly|nearly|just)$/.test(us[j + 2]?.text ?? '') && us[j + 3]?.pos === 'NUM'));
  // ("Myrna Sularte, known in the movement as Maria Malaya, outside Butuan City": another name, whatever follows it)
  const aliasAs = prevWord === 'as' && us.slice(Math.max(0, s - 7), s - 1).some((u) => /^(known|called|dubbed|nicknamed|named|alias)$/i.test(u.text)) &&
    ctx.out.filter((m) => m.sentence === ctx.sentence.index && m.end <= us[s]!.start).pop()?.entityType === 'person';
  if (!aliasAs && (placeNoun || division || (!evidence && (directed || listed || sited || goneTo || atInPlace || lies || ((LOCATIVE.has(prevWord) || prevWord === 'as') && inRegionAfter(ctx, j)) || placeApposition(ctx, j) || LOCATIVE_BEFORE_PLACE.has(prevWord)) && !/^['’]s$/.test(us[j + 1]?.text ?? '')))) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: `context:${placeWord}` }, words === 1 ? { shortForm: true } : {});
    return;
  }
  // "the two main factions of the Sinaloa Cartel, Los Chapitos and La Mayiza": names listed after a group noun
  // (a list item is followed by the list's commas or conjunction, not by its own verb: "by armed groups, X said")
  if (!evidence && /^(,|and|or|\.|;|\))$/.test(us[j + 1]?.text ?? '.')) {
    const listed = listedAfterGroupNoun(ctx, s) ?? listedAfterGroupIntro(ctx, s);
    if (listed) {
      push(ctx, us[s]!, us[j]!, name, { entityType: listed.entityType, rule: `listed:${listed.cue}` });
      return;
    }
  }
  // "suspected members of Lakurawa", "fighters of X": a group, not a person
  if (!evidence && words <= 3 && prevWord === 'of' && !typeByCues(name) && /^(members|fighters|militants|commanders|cells?|factions?|remnants|leaders|ranks)$/i.test(us[s - 2]?.text ?? '')) {
    const armed = /^(fighters|militants|commanders|cells?|remnants)$/i.test(us[s - 2]!.text) || /^suspected$/i.test(us[s - 3]?.text ?? '');
    push(ctx, us[s]!, us[j]!, name, { entityType: armed ? 'militia' : 'organization', rule: `member-of:${us[s - 2]!.text.toLowerCase()}` });
    return;
  }
  // "the West Papuan fighters", "Baluchi rebels": the adjective of a known place names no group
  if (!evidence && placeAdjective(name) && groupNounAfter(ctx, j)) return;
  // "Gen Z", "Gen X": a generation, no one
  if (/^Gen [XYZ]$/.test(name)) return;
  // "CANDONI, Negros Occidental —": the province after a dateline's place
  const datelineBefore = us[s - 1]?.text === ',' && ctx.out.some((m) => m.sentence === ctx.sentence.index && m.rule === 'dateline' && m.end === us[s - 2]?.end);
  if (!evidence && datelineBefore && /^[—–(-]$/.test(us[j + 1]?.text ?? '')) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: 'dateline-region' });
    return;
  }
  // "a collective calling itself Gen Z Madagascar", "an alliance that calls itself X": a group names itself
  if (!evidence && /^(itself|themselves)$/i.test(us[s - 1]?.text ?? '') && /^(calling|calls|called|call|styling|styles|styled|naming|names|named)$/i.test(us[s - 2]?.text ?? '')) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'organization', rule: 'calls-itself' });
    return;
  }
  // "the Viv Ansanm gang", "X, an alliance of armed groups,": a group, not a person
  if (!evidence) {
    const what = groupNounAfter(ctx, j) ?? appositionHead(ctx, j) ?? groupNounBefore(ctx, s, j);
    if (what) {
      push(ctx, us[s]!, us[j]!, name, { entityType: what.entityType, rule: `head:${what.cue}` });
      return;
    }
  }
  // "South Kordofan", "Upper Nile": a compass word opening a name of two or three words makes a place
  if (!evidence && !nationality && words >= 2 && words <= 3 && /^(North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western)$/.test(us[s]!.text)) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: 'shape:compass' });
    return;
  }
  // "to Debre Markos and Gondar", "Gondar, Merawi and Lalibela": listed with a known place, a name is one
  if (!evidence && !nationality && coordinatedWithPlace(ctx, s, j)) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: 'coordinated:place' }, words === 1 ? { shortForm: true } : {});
    return;
  }
  // "in Datu Odin Sinsuat, Maguindanao del Norte.": after a place named after "in", a name that closes
  // the clause is where that place lies
  if (!evidence && !nationality && words <= 3 && placeBeforeComma(ctx, s) && (/^[.;]$/.test(us[j + 1]?.text ?? '.') || (us[j + 1]?.text === ',' && /^(on|in|where|after|before|near|during|last|this|early|late)$/.test(us[j + 2]?.text ?? '')))) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'place', rule: 'context:place-comma' }, words === 1 ? { shortForm: true } : {});
    return;
  }
  // "Los Choneros", "Las Flores": a Spanish article opens no person's name (a weak vote: resolve
  // lets any other evidence of the group's kind decide)
  if (!evidence && words >= 2 && /^(Los|Las)$/.test(us[s]!.text)) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'organization', rule: 'shape:article-name' });
    return;
  }
  const roles = [roleText, before, after].filter((r): r is string => !!r);
  if (words === 1) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'person', rule: evidence ? 'title' : 'short-form' }, { roles, shortForm: !evidence || undefined, ...(nationality ? { country: nationality.code } : {}) });
    return;
  }
  // "Control Risks", "Jewish Power", "European Peace Facility": a name made only of common English
  // words (and demonyms) is no one's name unless the text says it is a person's
  // (a person by the words around: "who", "himself", "X said he", a given name first: "Mike Waltz", "Tom Cotton")
  const personal = /^(himself|herself)$/i.test(us[j + 1]?.text ?? '') || (us[j + 1]?.text === ',' && /^who$/i.test(us[j + 2]?.text ?? '')) ||
    us.slice(j + 1, j + 9).some((u) => /^(he|she)$/i.test(u.text)) || GIVEN_NAMES_THAT_ARE_WORDS.has(us[s]!.text.toLowerCase());
  if (!evidence && !nationality && !personal && us.slice(s, j + 1).every((u) => u.text.split(/[-‑]/).every((w) => /^\p{L}+$/u.test(w) && (isCommonWord(w) || !!countryOfModifier(w))))) {
    push(ctx, us[s]!, us[j]!, name, { entityType: 'organization', rule: 'shape:common-words' });
    return;
  }
  push(ctx, us[s]!, us[j]!, name, { entityType: 'person', rule: evidence ? 'title' : 'name-shape' }, { roles, ...(nationality ? { country: nationality.code } : {}) });
}

/** The portfolios one ministry goes by: "home affairs" is the interior. */
const PORTFOLIO: Record<string, string> = { 'home affairs': 'interior', home: 'interior', 'internal affairs': 'interior', 'the interior': 'interior', 'foreign affairs': 'foreign', 'external affairs': 'foreign', defense: 'defence' };

/** "Ministry of Home Affairs", "the Home Ministry", "Ministry of the Interior": one ministry, named one way ("interior ministry"). */
export function ministryName(name: string): string {
  const of = /^(ministry|department) of ((?:the )?[a-z]+(?: [a-z]+)?)$/i.exec(name);
  const m = of ? [of[2]!, of[1]!] : /^([a-z]+(?: [a-z]+)?) (ministry|department)$/i.exec(name)?.slice(1);
  if (!m) return name;
  const portfolio = m[0]!.toLowerCase();
  return `${PORTFOLIO[portfolio] ?? portfolio} ${m[1]!.toLowerCase()}`;
}

/** "Ukraine's Foreign Ministry", "Ukraine's General Staff": a capitalised body name after a possessive. */
function possessiveBody(ctx: Ctx, k: number): { head: string; length: number } | undefined {
  let end = chunkEnd(ctx, k);
  // ("Ministry of Foreign Affairs and Trade", "Ministry of Information and Culture": a body's name goes on after "and")
  if (ctx.units[end + 1]?.text === 'and' && isCapitalised(ctx.units[end + 2]?.text ?? '')) {
    const longer = chunkEnd(ctx, end + 2);
    // (the words after "and" name nothing of their own: not "India's Ministry of Home Affairs and India's ...")
    if (longer - end <= 4 && !classifyName(textOf(ctx, end + 2, longer), longer - end - 1) && !countryOfModifier(textOf(ctx, end + 2, longer)) && classifyName(textOf(ctx, k, longer), longer - k + 1)?.entityType === 'government') end = longer;
  }
  const name = textOf(ctx, k, end);
  const c = classifyName(name, end - k + 1);
  return c && c.entityType === 'government' && !c.key ? { head: name.toLowerCase(), length: end - k + 1 } : undefined;
}

/** "Iraqi parliament", "Iraq's security forces", "the Iraqi government" after a country word at `i`. */
function bodyPhrase(ctx: Ctx, i: number, country: { code: string; name: string }, from = i): number {
  const us = ctx.units;
  let k = i + 1;
  if (/^['’]s$/.test(us[k]?.text ?? '')) k++;
  const words = us.slice(k, k + 4).map((u) => u.text.toLowerCase());
  // "Iraqi parliament", and after a possessive also "Ukraine's Foreign Ministry"
  if (words.length === 0 || (isCapitalised(us[k]!.text) && k === i + 1)) return i;
  const state = matchHead(words, STATE_HEADS);
  // ("the Turkish state" is the state; "Turkish state media" and "the Iraqi state broadcaster" are not)
  const stateAlone = state?.head === 'state' && us[k]!.text === 'state' && !(/^\p{Ll}/u.test(us[k + 1]?.text ?? '') && /^(NOUN|ADJ|PROPN)$/.test(us[k + 1]?.pos ?? ''));
  if (state && (stateAlone || !(state.head === 'administration' || state.head === 'state'))) {
    push(ctx, us[from]!, us[k + state.length - 1]!, textOf(ctx, from, k + state.length - 1), countryMention(country, `state-phrase:${state.head}`));
    return k + state.length - 1;
  }
  const body = matchHead(words, BODY_HEADS) ?? (k > i + 1 && isCapitalised(us[k]!.text) ? possessiveBody(ctx, k) : undefined);
  const after = us[k + (body?.length ?? 0)];
  // ("army posts", "army base", "army spokesman": the body's own posts and people; other nouns make it a modifier)
  const adjectival = after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && !BODY_OWN_NOUNS.test(after.text);
  if (body && !adjectival) {
    const head = body.head === 'government security forces' ? 'security forces' : body.head;
    const facility = FACILITY_HEADS.has(head);
    push(ctx, us[from]!, us[k + body.length - 1]!, textOf(ctx, from, k + body.length - 1), {
      entityType: facility ? 'place' : 'government',
      rule: `body-phrase:${head}`,
      key: `body:${country.code}:${skeletonKey(SAME_BODY[head] ?? ministryName(head))}`,
      ...(facility ? {} : { country: country.code }),
    });
    return k + body.length - 1;
  }
  return i;
}

/** Nouns after a state body phrase that are the body's own: "Pakistani army posts", "a Nigerian army base". */
const BODY_OWN_NOUNS = /^(posts?|outposts?|base|positions|convoys?|checkpoints?|barracks|headquarters|camp|patrols?|chief|commander|spokesman|spokeswoman|spokesperson)$/;

/** The type an apposition after the unit at `j` gives: ", the UN peacekeeping mission," -> organization. */
function appositionCue(ctx: Ctx, j: number): { entityType: EntityType; cue: string } | undefined {
  const us = ctx.units;
  if (us[j + 1]?.text !== ',' || !/^(the|a|an)$/i.test(us[j + 2]?.text ?? '')) return undefined;
  let k = j + 3;
  while (us[k] && k < j + 9 && !/^[,;:.()]$/.test(us[k]!.text)) k++;
  const cue = k > j + 3 ? typeByCues(textOf(ctx, j + 3, k - 1)) : undefined;
  return cue && cue.entityType !== 'person' && cue.entityType !== 'place' ? { entityType: cue.entityType, cue: cue.cue } : undefined;
}

/** Is the unit before `s` a comma closing a place named after "in", "at" or "near" ("in Kaya, X")? */
function placeBeforeComma(ctx: Ctx, s: number): boolean {
  if (ctx.units[s - 1]?.text !== ',') return false;
  const comma = ctx.units[s - 1]!;
  let place: Mention | undefined;
  for (let n = ctx.out.length - 1; n >= 0 && ctx.out[n]!.sentence === ctx.sentence.index; n--) {
    const m = ctx.out[n]!;
    if (m.end === ctx.units[s - 2]?.end && m.entityType === 'place') place = m;
  }
  if (!place) return false;
  const k = ctx.units.findIndex((u) => u.start === place.start);
  return k > 0 && /^(in|at|near)$/i.test(ctx.units[k - 1]!.text) && comma.start === place.end;
}

/** Nouns of a part of a place, before "of" and the place: "a neighbourhood of X", "the outskirts of X". */
const PART_OF_PLACE = /^(neighbourhood|neighborhood|suburb|suburbs|outskirts|waters|vicinity|environs|district|quarter|island|isle|peninsula|coast|shores)$/;

/** Place nouns an apposition may open with: "X, a town in Y", "X, another district of Y". */
const APPOSITION_PLACES = /^(town|city|village|district|region|province|state|area|port|county|suburb|neighbourhood|neighborhood|commune|municipality|enclave|island|hamlet|settlement|locality|capital|residence|palace|temple|compound|base|airbase|stronghold|complex|camp|airport|crossing|checkpoint|outpost|garrison|bridge|dam|mine|airfield|harbour|harbor|valley|oasis|river|strait|prison|jail|penitentiary|regency|regencies|airstrip|towns|cities|villages|districts|regions|provinces|areas|islands|settlements)$/;

/**
 * "Rann, near the border", "Kala-Balge, another district of Borno", "Dikwa, a town 38 kilometres away":
 * an apposition or a location phrase after the name that only a place takes.
 */
function placeApposition(ctx: Ctx, j: number): boolean {
  const us = ctx.units;
  // "Haris and Talousa, two villages in southern Lebanon": the apposition after the second name
  if (us[j + 1]?.text === 'and' && isCapitalised(us[j + 2]?.text ?? '') && us[j + 3]?.text === ',') return placeApposition(ctx, j + 2);
  if (us[j + 1]?.text !== ',') return false;
  const w = us[j + 2]?.text.toLowerCase() ?? '';
  if (/^(near|outside)$/.test(w)) return true;
  if (COMPASS_POINTS.test(w) && us[j + 3]?.text.toLowerCase() === 'of') return true;
  if (!/^(a|an|another|the|two|three|four|both|his|her|its|their)$/.test(w)) return false;
  let k = j + 3;
  // (and a body's name before the noun: "a former Navy base", "a Hezbollah stronghold"; the place noun
  // is the head when no noun follows it: "the main military complex in Caracas")
  const isHead = (q: number) => APPOSITION_PLACES.test(us[q]!.text) && !(us[q + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(us[q + 1]!.text));
  while (k < j + 7 && us[k] && ((/^\p{Ll}/u.test(us[k]!.text) && !isHead(k) && (us[k]!.pos === 'ADJ' || us[k]!.pos === 'ADV' || (us[k]!.pos === 'NOUN' && APPOSITION_PLACES.test(us[k + 1]?.text ?? '')) || /^(border|market|frontline|farming|fishing|mining|garrison|trading|river|desert|mountain|coastal|military|naval|air|army)$/.test(us[k]!.text))) || (/^\p{Lu}/u.test(us[k]!.text) && k > j + 2 && APPOSITION_PLACES.test(us[k + 1]?.text ?? '')))) k++;
  const noun = us[k];
  // the place noun is the head: "X, a state governor," is no place
  return !!noun && APPOSITION_PLACES.test(noun.text) && !(us[k + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(us[k + 1]!.text));
}

/**
 * Is the name at units[s..j] in a list with a place the gazetteer knows ("to X and Gondar", "Gondar and
 * X", "Gondar, X and Y")? After a comma the list must go on, so that "In Gondar, X said" is no list, and
 * a name that opens a clause ("Gondar and X said") is not taken.
 */
function coordinatedWithPlace(ctx: Ctx, s: number, j: number): boolean {
  const us = ctx.units;
  // the list goes on to an "and" or "or" before a name: "Gondar, X, Y and Z" (not "Pemba, X, said")
  const listGoesOn = (k: number) => {
    for (let q = k; q < us.length && q < k + 24; q++) {
      const t = us[q]!.text;
      if (/^(and|or)$/.test(t)) return isCapitalised(us[q + 1]?.text ?? '');
      if (t !== ',' && !isCapitalised(t) && !NAME_PARTICLES.has(t.toLowerCase()) && !/^['’-]$/.test(t)) return false;
    }
    return false;
  };
  const knownPlace = (c: Classified | undefined) => c?.entityType === 'place' && c.rule.startsWith('gazetteer');
  const next = us[j + 1]?.text ?? '';
  if (/^(and|or|,)$/.test(next) && us[j + 2] && isCapitalised(us[j + 2]!.text) && startsName(ctx, j + 2)) {
    const e = chunkEnd(ctx, j + 2);
    const possessive = /^['’]s?$/.test(us[e + 1]?.text ?? '');
    // ("Kiir and Kampala signed": a capital acting, and a clause's subjects, are no list of places)
    const known = classifyName(textOf(ctx, j + 2, e), e - j - 1);
    const acts = ['VERB', 'AUX'].includes(us[e + 1]?.pos ?? '') || !!known?.capitalOf;
    if (!possessive && !acts && knownPlace(known) && (next !== ',' || listGoesOn(e + 1))) return true;
  }
  const prev = us[s - 1]?.text ?? '';
  const last = ctx.out[ctx.out.length - 1];
  if (!/^(and|or|,)$/.test(prev) || !last || last.end !== us[s - 2]?.end || last.entityType !== 'place' || !(last.rule.startsWith('gazetteer') || last.rule === 'coordinated:place')) return false;
  const opensClause = ['VERB', 'AUX'].includes(us[j + 1]?.pos ?? '') || /^['’]s?$/.test(next);
  return !opensClause && (prev !== ',' || listGoesOn(j + 1));
}

const GROUP_PLURALS = /^(?:(factions|militias|gangs|cartels|rebels|insurgents|wings|brigades|battalions)|(parties|movements|organisations|organizations|agencies|companies|firms|outlets|newspapers|broadcasters|groups))$/;

/**
 * The type a plural group noun gives the names listed after it and a comma: "the two main factions of
 * the Sinaloa Cartel, Los Chapitos and La Mayiza," -> militia. The list runs from the comma to `s`.
 */
function listedAfterGroupNoun(ctx: Ctx, s: number): { entityType: EntityType; cue: string } | undefined {
  const us = ctx.units;
  let k = s - 1;
  while (k >= 0 && k > s - 16 && us[k]!.text !== ',' ) {
    if (!(us[k]!.text === 'and' || isCapitalised(us[k]!.text) || NAME_PARTICLES.has(us[k]!.text.toLowerCase()))) return undefined;
    k--;
  }
  // (the list's own commas: walk back over "A, B and" to the comma after the noun phrase)
  for (;;) {
    if (us[k]?.text !== ',') return undefined;
    let q = k - 1;
    while (q >= 0 && q > k - 8 && us[q]!.text !== ',' && !/^[.;:]$/.test(us[q]!.text)) {
      const m = GROUP_PLURALS.exec(us[q]!.text.toLowerCase());
      // ("armed groups", "rebel groups": groups of fighters)
      const armed = ARMED_PLURAL_WORDS.test(us[q - 1]?.text ?? '');
      if (m && /^\p{Ll}/u.test(us[q]!.text)) return { entityType: m[1] || armed ? 'militia' : 'organization', cue: us[q]!.text.toLowerCase() };
      if (us[q]!.pos === 'VERB' || us[q]!.pos === 'AUX') return undefined;
      q--;
    }
    if (us[q]?.text !== ',' || !us.slice(q + 1, k).every((u) => isCapitalised(u.text) || NAME_PARTICLES.has(u.text.toLowerCase()))) return undefined;
    k = q;
  }
}

/**
 * The type of a group noun that introduces a list the name is in: "22 gangs, among them Los Choneros,
 * Los Lobos and the Latin Kings", "militias such as X and Y", "rebel groups including X".
 */
function listedAfterGroupIntro(ctx: Ctx, s: number): { entityType: EntityType; cue: string } | undefined {
  const us = ctx.units;
  let k = s - 1;
  while (k >= 0 && k > s - 30 && (/^(,|and|or|the)$/i.test(us[k]!.text) || isCapitalised(us[k]!.text) || NAME_PARTICLES.has(us[k]!.text.toLowerCase()))) k--;
  let q = k;
  const word = (i: number) => us[i]?.text.toLowerCase() ?? '';
  if (word(q) === 'them' && word(q - 1) === 'among') q -= 2;
  else if (word(q) === 'as' && word(q - 1) === 'such') q -= 2;
  else if (/^(including|notably|namely)$/.test(word(q))) q -= 1;
  else return undefined;
  if (word(q) === ',') q--;
  const m = GROUP_PLURALS.exec(word(q));
  // (people, not groups: "the rebels, including Abdul Rahim", "leaders of several parties, including Imran Khan")
  if (!m || !/^\p{Ll}/u.test(us[q]!.text) || /^(rebels|insurgents)$/.test(word(q))) return undefined;
  for (let b = q - 1; b >= Math.max(0, q - 4); b--) if (word(b) === 'of' && /^(leaders|heads|members|bosses|chiefs|commanders|representatives|officials|delegates|founders)$/.test(word(b - 1))) return undefined;
  const armed = ARMED_PLURAL_WORDS.test(us[q - 1]?.text ?? '') || /^criminal$/i.test(us[q - 1]?.text ?? '');
  return { entityType: m[1] || armed ? 'militia' : 'organization', cue: word(q) };
}

/** Is `name` the adjective of a place the gazetteer knows: "West Papuan", "Tigrayan", "Darfuri"? */
function placeAdjective(name: string): boolean {
  const stems = [/^(.*[aeiou])n$/.exec(name)?.[1], /^(.*)an$/.exec(name)?.[1], /^(.*)ian$/.exec(name)?.[1] && `${/^(.*)ian$/.exec(name)![1]}ia`, /^(.*)i$/.exec(name)?.[1]];
  // (a region's or province's adjective: "Arakan" is no adjective of the city of Arak)
  return stems.some((x) => { const c = !!x && x.length >= 3 ? classifyName(x, x.split(' ').length) : undefined; return c?.entityType === 'place' && c.place?.kind !== 'city'; });
}

/** Words before a plural group noun that make the groups armed ones: "armed groups", "rebel factions". */
const ARMED_PLURAL_WORDS = /^(armed|militant|rebel|jihadist|insurgent|extremist|paramilitary)$/i;

/** Lower-case words before a group noun after a name: "the X news agency", "the X state broadcaster". */
const MEDIA_WORDS = /^(news|media|state|state-run|state-owned|private|television|propaganda|security)$/;
/** Lower-case nouns after a name that make it a group's: armed (first group) or not. */
const GROUP_HEADS = /^(?:(gang|gangs|militia|militias|cartel|rebels|insurgents|paramilitaries|faction|guerrilla|guerrillas|fighters|militiamen|combatants)|(movement|party|coalition|force|mission|radio|newspaper|broadcaster|channel|agency|company|firm|project|programme|program|platform|website|service|network|weekly|daily|magazine|airline|carrier|charity|outfit))$/;
/** Group nouns that name the group only before its name ("the rights alliance Karapatan"; "the Ruto alliance" is a politician's camp). */
const GROUP_HEADS_BEFORE = /^(alliance|federation|association|watchdog|ngo|union|organisation|organization)$/;
/** Words before "group" or "outfit" that make it an armed one: "the radical Meitei group X", "the militant group X". */
const ARMED_GROUP_WORDS = /^(armed|militant|rebel|jihadist|insurgent|extremist|radical|paramilitary|separatist|vigilante|terrorist|terror|guerrilla)$/i;

/**
 * The type a group noun after the unit at `j` gives it ("the Viv Ansanm gang", "the ATMIS force"), with
 * the noun after that one in the cue, for "the coalition" later to find it ("gang coalition").
 */
function groupNounAfter(ctx: Ctx, j: number): { entityType: EntityType; cue: string } | undefined {
  const us = ctx.units;
  // "the Amaq news agency", "the X state broadcaster": a media word may stand before the head
  if (MEDIA_WORDS.test(us[j + 1]?.text ?? '') && GROUP_HEADS.test(us[j + 2]?.text ?? '')) j++;
  const head = GROUP_HEADS.exec(us[j + 1]?.text ?? '');
  if (!head) return undefined;
  const cue = us.slice(j + 1, j + 3).filter((u, k) => k === 0 || (u.pos === 'NOUN' && /^\p{Ll}/u.test(u.text))).map((u) => u.text.toLowerCase()).join(' ');
  return { entityType: head[1] ? 'militia' : 'organization', cue };
}

/**
 * The type an apposition gives a name when its head noun is a cue word: ", an alliance of armed
 * groups," -> militia; ", a former commander of the X," gives none (its head is a role).
 */
function appositionHead(ctx: Ctx, j: number): { entityType: EntityType; cue: string } | undefined {
  const us = ctx.units;
  if (us[j + 1]?.text !== ',' || !/^(a|an|the)$/i.test(us[j + 2]?.text ?? '')) return undefined;
  let k = j + 3;
  // "a little-known", "the French": adjectives and demonyms before the head
  while (us[k] && (((us[k]!.pos === 'ADJ' || us[k]!.pos === 'ADV') && /^\p{Ll}/u.test(us[k]!.text)) || countryOfModifier(us[k]!.text))) k++;
  // "the French energy group": nouns in a row, the last one the head ("a militia commander" is a person)
  const from = k;
  while (us[k + 1] && us[k + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(us[k + 1]!.text) && us[k]!.pos === 'NOUN') k++;
  const noun = us[k];
  if (!noun || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || /^['’]s?$/.test(us[k + 1]?.text ?? '')) return undefined;
  const head = typeByCues(noun.text);
  if (!head || head.entityType === 'person' || head.entityType === 'place') return undefined;
  // "an alliance of armed groups": an armed-group word in the head's phrase makes a militia
  const armed = typeByCues(textOf(ctx, from, k))?.entityType === 'militia' || appositionCue(ctx, j)?.entityType === 'militia';
  return { entityType: armed ? 'militia' : head.entityType, cue: noun.text.toLowerCase() };
}

/**
 * The type a group noun before a name gives it: "the news agency Lusa", "the state oil company,
 * Empresa Nacional de Hidrocarbonetos (ENH),". After a comma the name must close its apposition.
 */
function groupNounBefore(ctx: Ctx, s: number, j: number, acronym = false): { entityType: EntityType; cue: string } | undefined {
  const us = ctx.units;
  const comma = us[s - 1]?.text === ',';
  const noun = us[comma ? s - 2 : s - 1];
  const at = comma ? s - 2 : s - 1;
  // "the radical Meitei group Arambai Tenggol", "the banned outfit X": a group armed by the words before it
  const armedBefore = ARMED_GROUP_WORDS.test(us[at - 1]?.text ?? '') || (isCapitalised(us[at - 1]?.text ?? '') && ARMED_GROUP_WORDS.test(us[at - 2]?.text ?? ''));
  if (noun && /^(group|outfit)$/.test(noun.text) && armedBefore && !(comma && !/^[,(]$/.test(us[j + 1]?.text ?? ''))) {
    return { entityType: 'militia', cue: noun.text };
  }
  const head = noun && /^\p{Ll}/u.test(noun.text) ? GROUP_HEADS.exec(noun.text) ?? (GROUP_HEADS_BEFORE.test(noun.text) ? [noun.text, undefined] : null) : null;
  // ("the aircraft carrier Gerald R. Ford" is a ship)
  if (!head || (noun.text === 'carrier' && /^aircraft$/i.test(us[at - 1]?.text ?? ''))) return undefined;
  if (comma && !/^[,(]$/.test(us[j + 1]?.text ?? '')) return undefined;
  // ("The militia Haftar leads controls the east": a clause, not a name)
  // (an acronym is a name whatever follows: "the UN peacekeeping mission MINUSCA said")
  if (!comma && !acronym && ['VERB', 'AUX'].includes(us[j + 1]?.pos ?? '')) return undefined;
  return { entityType: head[1] ? 'militia' : 'organization', cue: noun.text.toLowerCase() };
}

/**
 * "the coalition" after a group called a coalition or an alliance in the two sentences before ("the Viv
 * Ansanm gang coalition", "X, an alliance of armed groups"): that group, not the international coalition.
 */
function coalitionAntecedent(ctx: Ctx): Mention | undefined {
  for (let n = ctx.out.length - 1; n >= 0; n--) {
    const m = ctx.out[n]!;
    if (m.sentence < ctx.sentence.index - ANAPHOR_REACH) break;
    if (m.adjectival || m.anaphor || m.key?.startsWith('coalition') || (m.entityType !== 'militia' && m.entityType !== 'organization')) continue;
    if (/\b(coalition|alliance)\b/i.test(m.text) || /^head:.*\b(coalition|alliance)\b/.test(m.rule)) return m;
  }
  return undefined;
}

/** Names a geographic head word starts: "Cape of Good Hope", "Lake Chad", "Mount Sinjar", "Gulf of Aden". */
const GEOGRAPHIC = /^(cape|gulf|strait|straits|lake|mount|mt\.?)\s+\p{Lu}|^(cape|gulf|strait|straits|bay|sea|isle|island|islands|lake|mount|port|horn)\s+of\s/iu;

/** A dateline after the word at `j`: "QAMISHLI, Syria —", "GAZA CITY (Reuters) -", "KYIV —". */
/** Do units[from..to] open a dateline as its place ("NORTH MITROVICA, Kosovo –"), not a label of common words ("LIVE UPDATES —")? */
function datelinePlace(ctx: Ctx, from: number, to: number): boolean {
  return isDateline(ctx, to) && (from === to || ctx.units.slice(from, to + 1).some((u) => !isCommonWord(u.text)));
}

function isDateline(ctx: Ctx, j: number): boolean {
  const us = ctx.units;
  const next = us[j + 1]?.text ?? '';
  if (/^[—–-]$/.test(next) || next === '(') return true;
  if (next !== ',') return false;
  // "QAMISHLI, Syria —", "OUAGADOUGOU, Burkina Faso (AFP) —", "CULIACÁN, Sinaloa —": a state or known place, then a dash or the
  // agency's credit; "CANDONI, Negros Occidental —": a place in capitals opening the sentence, whatever province follows
  for (let k = j + 2; k < j + 5 && /^\p{Lu}/u.test(us[k]?.text ?? ''); k++) {
    // (", Nov 7" may stand between: "MEKELLE, Ethiopia, Nov 7 (Kibo) —")
    const dated = us[k + 1]?.text === ',' && /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/.test(us[k + 2]?.text ?? '') && /^\d{1,2}$/.test(us[k + 3]?.text ?? '') && /^[—–(-]$/.test(us[k + 4]?.text ?? '');
    if (!/^[—–(-]$/.test(us[k + 1]?.text ?? '') && !dated) continue;
    const where = textOf(ctx, j + 2, k);
    if (countryOfModifier(where) || placeByName(where)) return true;
    if (/^\p{Lu}{3,}$/u.test(us[j]!.text) && us.slice(j + 2, k + 1).every((u) => /^\p{Lu}\p{Ll}/u.test(u.text))) return true;
  }
  return false;
}

/**
 * Where in `long` the long form of `acronym` starts, or -1 (Schwartz & Hearst, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text", 2003): the acronym's letters are found in
 * `long` from right to left, the first one at the start of a word.
 */
export function longFormStart(acronym: string, long: string): number {
  const a = acronym.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = a.length - 1; si >= 0; si--) {
    const c = a[si]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!)))) li--;
    if (li < 0) return -1;
    li--;
  }
  return l.lastIndexOf(' ', li) + 1;
}

/**
 * Does `acronym` spell the initials of the capitalised `words`, in order, from the first word to the
 * last ("OHCHR": Office of the UN High Commissioner for Human Rights)? The small words are skipped.
 */
function spellsByInitials(acronym: string, words: readonly string[]): boolean {
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase());
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!initials.length || letters[0] !== initials[0] || letters[letters.length - 1] !== initials[initials.length - 1]) return false;
  let k = 0;
  for (const c of initials) if (c === letters[k]) k++;
  return k === letters.length;
}

/**
 * The long form of `acronym` in the words before the unit at `j` ("(" follows it), as one mention
 * replacing the pieces this sentence's extraction made of it; states named inside it stay, as in
 * "Security Service of Ukraine".
 */
function longFormBefore(ctx: Ctx, j: number, acronym: string): Mention | undefined {
  const us = ctx.units;
  // (the small words of a name take room too: "Union for Peace in the Central African Republic (UPC)")
  const first = Math.max(0, j - Math.min(acronym.length + 5, acronym.length * 2 + 3) + 1);
  for (let a = first; a < j; a++) {
    if (!/^\p{Lu}/u.test(us[a]!.text)) continue;
    const text = textOf(ctx, a, j);
    if (longFormStart(acronym, text) !== 0 && !spellsByInitials(acronym, us.slice(a, j + 1).map((u) => u.text))) continue;
    // a name of capitalised words and the small words of names between them
    if (!us.slice(a, j + 1).every((u) => /^\p{Lu}/u.test(u.text) || /^(of|and|in|for|on|the|de|du|des|la|al)$/.test(u.text))) continue;
    // "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": a known body named
    // right before the words the acronym spells belongs to the long form, and stays a mention of its own
    let from = a;
    let inner: Classified | undefined;
    for (let k = a - 1; k >= Math.max(0, a - 4) && isCapitalised(us[k]!.text) && us[k]!.pos !== 'PUNCT' && !CLOSED_CLASS.has(us[k]!.pos); k--) {
      const known = classifyName(textOf(ctx, k, a - 1), a - k);
      if (known?.rule === 'gazetteer:organisation' && known.key) {
        from = k;
        inner = known;
      }
    }
    const full = from < a ? textOf(ctx, from, j) : text;
    let c = classifyName(full, j - from + 1);
    // "Office of the UN High Commissioner for Human Rights (OHCHR)": a title inside a long form names an office
    if (c?.entityType === 'person' && j - from >= 3) c = undefined;
    // "Office of the UN High Commissioner ...": an office of an international body is no state's
    if (c?.entityType === 'government' && us.slice(from, j + 1).some((u, k) => organisationByName(u.text)?.entityType === 'organization' && k > 0)) c = { entityType: 'organization', rule: 'acronym-long-form' };
    if (c && (c.entityType === 'person' || c.entityType === 'place')) return undefined;
    const start = us[from]!.start;
    const end = us[j]!.end;
    for (let n = ctx.out.length - 1; n >= 0 && ctx.out[n]!.sentence === ctx.sentence.index; n--) {
      const m = ctx.out[n]!;
      if (m.start >= start && m.end <= end && !m.key?.startsWith('country:') && m.rule !== 'name-prefix:organisation' && !(inner && m.key === inner.key)) ctx.out.splice(n, 1);
    }
    if (inner && !ctx.out.some((m) => m.key === inner.key && m.start === start)) push(ctx, us[from]!, us[a - 1]!, textOf(ctx, from, a - 1), inner);
    else if (!ctx.out.some((m) => m.rule === 'name-prefix:organisation' && m.start === start)) knownPrefix(ctx, from, j);
    return push(ctx, us[from]!, us[j]!, full, c ?? { entityType: 'organization', rule: 'acronym-long-form' });
  }
  return undefined;
}

/** A word of ASCII lower-case letters only. */
const PLAIN_LOWER = /^[a-z]+$/;

/** A coalition named only by generic words: the one coalition of the story ("International Coalition"). */
const GENERIC_COALITION = /^(the\s+)?((international|global|military|multinational)\s+)*coalition$/i;

/** Lower-case head nouns that make the name before them a place: "the Al-Asad airbase". */
const PLACE_HEADS = new Set(['area', 'mine', 'mines', 'airbase', 'airport', 'airfield', 'airstrip', 'station', 'fort', 'campus', 'palace', 'base', 'camp', 'province', 'governorate', 'district', 'region', 'regency', 'dam', 'crossing', 'oilfield', 'refinery', 'prison', 'penitentiary', 'jail', 'valley', 'river', 'mountains', 'desert', 'square', 'compound', 'hospital', 'strait', 'port', 'bridge', 'stadium', 'mosque', 'corridor', 'plant', 'site', 'facility', 'reactor', 'temple', 'temples', 'pagoda', 'monastery', 'church', 'cave', 'caves', 'peninsula', 'island', 'lake', 'plateau', 'neighbourhood', 'neighborhood', 'township', 'county', 'municipality', 'oasis', 'gulf', 'coast', 'village', 'town']);

/** A state body's one-word name that may open a title: "Parliament Speaker", "Army Chief", "Police Commissioner". */
const TITLE_BODY_WORDS = /^(Parliament|Army|Navy|Police|Military|Senate|Congress|Cabinet|Assembly|Council|Party|Opposition|District|Circuit|High)$/;

/** Plural place nouns after names: "the Torkham and Chaman crossings" names two crossings by their places. */
const PLURAL_PLACE_HEADS = /^(crossings|bases|camps|provinces|districts|regions|towns|villages|cities|airports|ports|governorates|areas)$/;

/** Verbs of going somewhere, before "to" and a place. */
const MOTION_VERBS = /^(fled|flee|flees|fleeing|moved|returned|returning|travelled|traveled|travelling|traveling|flew|headed|heading|went|evacuated|relocated|displaced|marched|advanced|advancing|retreated|withdrew|withdrawn|diverted|deployed|redeployed|rushed|sailed|drove|airlifted|driven)$/i;

/**
 * Is the name at units[j] followed by where it lies: "Balama in the south-west of Cabo Delgado",
 * "al-Jufra in central Libya"? (a direction, then a place the gazetteer knows)
 */
/** Does "in" and a place or state the gazetteer knows follow the name ending at `j`? */
function knownPlaceAfterIn(ctx: Ctx, j: number): boolean {
  const us = ctx.units;
  if (us[j + 1]?.text !== 'in' || !us[j + 2] || !isCapitalised(us[j + 2]!.text)) return false;
  const end = chunkEnd(ctx, j + 2);
  const c = classifyName(textOf(ctx, j + 2, end), end - j - 1);
  return !!c && (c.entityType === 'place' || !!c.key?.startsWith('country:')) && c.rule.startsWith('gazetteer');
}

function inRegionAfter(ctx: Ctx, j: number): boolean {
  const us = ctx.units;
  if (us[j + 1]?.text !== 'in') return false;
  if (us[j + 2]?.text === 'the' && COMPASS_NOUNS.test(us[j + 3]?.text ?? '') && us[j + 4]?.text === 'of') return true;
  if (!DIRECTIONS.test(us[j + 2]?.text ?? '') || !us[j + 3] || !isCapitalised(us[j + 3]!.text)) return false;
  const end = chunkEnd(ctx, j + 3);
  const c = classifyName(textOf(ctx, j + 3, end), end - j - 2);
  return !!c && (c.entityType === 'place' || c.rule === 'gazetteer:country');
}
/** The points of the compass as nouns ("north of", "the south-west of"). */
const COMPASS_POINT_WORDS = 'north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest';
const COMPASS_POINTS = new RegExp(`^(${COMPASS_POINT_WORDS})$`);
/** Nouns of a part of a place: the compass points, its centre, its interior ("in the south-west of X"). */
const COMPASS_NOUNS = new RegExp(`^(${COMPASS_POINT_WORDS}|centre|center|interior)$`, 'i');

/** Direction adjectives between a preposition and a place: "in northern Shan State". */
const DIRECTIONS = /^(northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|upper|lower)$/;
/** Plural place nouns a list of places follows: "30 towns in northern Shan State, including Laukkai". */
const PLACES_PLURAL = /^(towns|cities|villages|provinces|regions|districts|areas|states|ports|camps|bases)$/i;
/** The capitalised last word of a division's name: "Shan State", "Helmand Province", "Mandalay Region". */
const DIVISION_HEADS = /^(State|Province|Region|District|Governorate|County|Prefecture|Oblast|Division|Township)$/;

/** Nouns written possessive inside names: "People's Defence Force", "Workers' Party", "Martyrs' Brigade". */
const NAME_POSSESSIVES = new Set(['people', 'peoples', 'workers', 'martyrs', 'women', 'patriots', 'peasants', 'farmers', 'children', 'mothers', 'veterans']);

/** Heads of administrative divisions: the name before them is the division's name ("North Kivu province"). */
const ADMIN_HEADS = new Set(['area', 'province', 'governorate', 'district', 'region', 'regency']);

/** A headline in Title Case, where capitals say nothing about names. */
/** A quoted nickname after the given names at units[i..j] and a surname after it: where it is and where the name ends. */
function nicknameInName(ctx: Ctx, i: number, j: number): { from: number; to: number; end: number } | undefined {
  const us = ctx.units;
  if (!/^[“"‘']$/.test(us[j + 1]?.text ?? '') || isTitleWord(us[i]!.text) || j - i > 2) return undefined;
  const given = classifyName(textOf(ctx, i, j), j - i + 1);
  if (given && given.entityType !== 'person' && given.entityType !== 'place') return undefined;
  let k = j + 2;
  while (us[k] && k < j + 6 && (isCapitalised(us[k]!.text) || NAME_PARTICLES.has(us[k]!.text.toLowerCase()))) k++;
  if (k === j + 2 || !/^[”"’']$/.test(us[k]?.text ?? '') || !us[k + 1] || !isCapitalised(us[k + 1]!.text) || !startsName(ctx, k + 1)) return undefined;
  const end = chunkEnd(ctx, k + 1);
  if (end - k > 3) return undefined;
  return { from: j + 2, to: k - 1, end };
}

function isTitleCaseSentence(units: Unit[]): boolean {
  // headlines carry no full stop (one before a closing quote counts: 'alias "El Mencho."')
  let last = units.length - 1;
  while (last > 0 && /^[”"’')\]]$/.test(units[last]!.text)) last--;
  if (/^[.!?]$/.test(units[last]?.text ?? '') || /[.!?]$/.test(units[last]?.text ?? '')) return false;
  const words = units.filter((u) => /^\p{L}{4,}/u.test(u.text));
  if (words.length < 5) return false;
  return words.filter((u) => isCapitalised(u.text)).length / words.length >= 0.8;
}

/** The end of a well-known name of several words starting at `i`, apostrophes included ("People’s Protection Units"). */
function knownAt(ctx: Ctx, i: number): number | undefined {
  if (!startsKnownName(ctx.units[i]!.text)) return undefined;
  for (let k = Math.min(ctx.units.length - 1, i + 7); k > i; k--) {
    const last = ctx.units[k]!;
    if (last.pos === 'PUNCT' || !isCapitalised(last.text)) continue;
    if (organisationByName(textOf(ctx, i, k))) return k;
  }
  return undefined;
}

/** The end of a state's name of several words starting at `i`: "Democratic Republic of the Congo", "Bosnia and Herzegovina". */
function countryAt(ctx: Ctx, i: number): number | undefined {
  const us = ctx.units;
  if (!/^\p{Lu}/u.test(us[i]!.text)) return undefined;
  for (let k = Math.min(us.length - 1, i + 5); k > i + 1; k--) {
    if (!/^\p{Lu}/u.test(us[k]!.text)) continue;
    // only the small words of state names between the capitals
    if (!us.slice(i + 1, k).every((u) => /^\p{Lu}/u.test(u.text) || /^(of|the|and)$/.test(u.text))) continue;
    if (countryByName(textOf(ctx, i, k))) return k;
    // "Jammu and Kashmir", "Saint Kitts and Nevis": a place the gazetteer names with "and" in it
    if (us.slice(i + 1, k).some((u) => u.text === 'and') && placeByName(textOf(ctx, i, k))) return k;
  }
  return undefined;
}

/** In a Title Case line, only names the gazetteers know: the longest one starting at `i`. */
function knownOnly(ctx: Ctx, i: number): number {
  for (let k = Math.min(ctx.units.length - 1, i + 4); k >= i; k--) {
    if (ctx.units.slice(i, k + 1).some((u) => u.pos === 'PUNCT' || !/\p{L}/u.test(u.text))) continue;
    const text = textOf(ctx, i, k);
    const country = countryOfModifier(text);
    let c = country ? countryMention(country, 'gazetteer:country') : classifyName(text, k - i + 1);
    if (c?.capitalOf && capitalIsActor(ctx, i, k)) c = countryMention(c.capitalOf, 'metonymy:capital');
    if (c?.key && !(c.place && c.place.kind === 'city')) {
      push(ctx, ctx.units[i]!, ctx.units[k]!, text, c, (country && !countryByName(text)) || c.rule === 'metonymy:capital' ? { adjectival: true } : {});
      return k;
    }
  }
  return i;
}

/** Extracts the mentions of one analysed document. */
export function extractMentions(doc: Pick<Document, 'id'>, analysed: AnalysedDocument): Mention[] {
  const out: Mention[] = [];
  analysed.sentences.forEach((sentence, n) => {
    const before = out.length;
    extractSentence(doc, sentence, out);
    anaphors(doc, sentence, out, before);
    pronouns(doc, sentence, out);
    // "against Israel.Islamic State": a full stop glued to the next sentence is scraping damage, and the
    // name before it stands where words were lost
    const next = analysed.sentences[n + 1];
    const toks = sentence.tokens;
    const glued = next?.tokens[0];
    if (next && next.start === sentence.end && toks[toks.length - 1]?.text === '.' && glued && /^\p{Lu}/u.test(glued.text) && !CLOSED_CLASS.has(glued.pos) && !isCalendarWord(glued.text)) {
      const lastWord = toks[toks.length - 2];
      for (let k = out.length - 1; k >= before; k--) if (lastWord && out[k]!.end === lastWord.end) out.splice(k, 1);
    }
  });
  // a name of common words that the document calls a person elsewhere ("Prime Minister Rose Young") is hers
  const people = new Set(out.filter((m) => m.entityType === 'person').map((m) => m.text));
  for (const m of out) if (m.rule === 'shape:common-words' && people.has(m.text)) Object.assign(m, { entityType: 'person', rule: 'name-shape' });
  armyBranches(out, analysed);
  stateUnits(out, analysed);
  definedAcronyms(out);
  groupOrgans(out, analysed);
  // "Shinkafi Local Government Area" is Shinkafi, as "North Kivu province" is North Kivu
  for (const m of out) {
    const head = / Local Government Area$/.exec(m.text);
    if (head && m.entityType === 'place') Object.assign(m, { written: m.text, text: m.text.slice(0, head.index), end: m.end - head[0].length });
  }
  return out;
}

/**
 * "Cameroon's elite Rapid Intervention Battalion (BIR)": a unit a state's possessive owns is the state's,
 * whatever its cue word would make of it alone.
 */
/**
 * "the CPP's Political Bureau", "the NPA's Northeastern Mindanao Regional Committee": a body an armed
 * group's possessive owns (a bureau, a committee, a council, a command) is the armed group's organ.
 */
function groupOrgans(out: Mention[], analysed: AnalysedDocument): void {
  for (const m of out) {
    if (m.adjectival || m.country || !(m.entityType === 'organization' || m.entityType === 'government') || !/^cue:(bureau|committee|council|command|commission|wing|leadership council|central committee|politburo|executive council|military council)$/.test(m.rule)) continue;
    const sentence = analysed.sentences[m.sentence];
    if (!sentence) continue;
    const before = sentence.text.slice(0, m.start - sentence.start);
    const owner = /(\S+)['’]s\s+(?:the\s+)?$/u.exec(before);
    const group = owner && out.find((x) => x.sentence === m.sentence && x.entityType === 'militia' && !x.adjectival && x.end === m.start - (before.length - owner.index - owner[1]!.length));
    if (!group) continue;
    for (const x of out) if (x === m || x.aliasOf === m.id) Object.assign(x, { entityType: 'militia', rule: `${x.rule}+group-owned`, key: `organ:${skeletonKey(group.canonical ?? group.text)}:${skeletonKey(m.text)}` });
  }
}

function stateUnits(out: Mention[], analysed: AnalysedDocument): void {
  for (const m of out) {
    // (and an office or agency: "the Serbian government's Office for Kosovo and Metohija")
    // (a unit by a state force's words: "Sudan's Al-Baraa Bin Malik Battalion" is a militia)
    const unit = (m.entityType === 'militia' && /^cue:(battalion|battalions|brigade|brigades|regiment|division|corps|unit)$/.test(m.rule) && STATE_FORCE_WORDS.test(m.text)) ||
      (m.entityType === 'organization' && /^cue:(group|division)$/.test(m.rule) && /\b(Special|Commando|Presidential|Republican)\b/.test(m.text));
    const office = m.entityType === 'organization' && /^cue:(office|agency|commission|directorate|secretariat|authority|bureau|service)$/.test(m.rule);
    if (m.key || !(unit || office) || INSURGENT_NAME.test(m.text)) continue;
    const sentence = analysed.sentences[m.sentence];
    if (!sentence) continue;
    const before = sentence.text.slice(0, m.start - sentence.start);
    const owner = /(\S+)['’]s\s+(?:\p{Ll}+\s+){0,2}(?:the\s+)?$/u.exec(before);
    // (the owner a state, or a state's body: "the Pakistan Army's Special Services Group")
    const state = owner && out.find((x) => x.sentence === m.sentence && (x.key?.startsWith('country:') || /^body:[A-Z]{2}:/.test(x.key ?? '')) && x.end === m.start - (before.length - owner.index - owner[1]!.length));
    if (!state) continue;
    const code = state.key!.startsWith('country:') ? state.key!.slice('country:'.length) : state.key!.split(':')[1]!;
    const key = `body:${code}:${skeletonKey(m.text)}`;
    for (const x of out) if (x === m || x.aliasOf === m.id) Object.assign(x, { entityType: 'government', rule: `${x.rule}+state-owned`, key, country: code });
  }
}
const STATE_FORCE_WORDS = /\b(Rapid|Intervention|Special|Presidential|Republican|Guards?|National|Royal|Army|Police|Gendarmerie|Marines?|Naval|Infantry|Armou?red|Mechani[sz]ed|Commando|Counter|Anti|Airborne|Border|Coast|Reaction|Response|Tactical|Security)\b/;
const INSURGENT_NAME = /\b(Liberation|Salvation|Resistance|Revolutionary|Popular|Islamic|Mujahideen|Martyrs?)\b/;

/**
 * "Armed Forces of the Philippines (AFP)": an acronym the document defines in parentheses means that in
 * the whole document, also where the gazetteer knows it for something else (the news agency AFP).
 */
function definedAcronyms(out: Mention[]): void {
  const defined = new Map<string, Mention>();
  for (const m of out) if ((m.rule === 'acronym' || m.rule.startsWith('acronym+') || m.rule === 'acronym-known-as') && !defined.has(m.text)) defined.set(m.text, m);
  if (!defined.size) return;
  for (const m of out) {
    const d = defined.get(m.text);
    // (a short name of two words defined in parentheses, "Komnas HAM", is a person by its shape elsewhere)
    const shapeOnly = m.rule === 'name-shape' && !!d?.text.includes(' ');
    if (!d || d === m || m.rule === 'acronym' || m.rule.startsWith('acronym+') || (d.key !== undefined && m.key === d.key) || (m.rule !== 'gazetteer:organisation' && m.rule !== 'acronym-use' && !(m.rule.startsWith('acronym-apposition') && d.entityType !== 'person') && !shapeOnly)) continue;
    Object.assign(m, { entityType: d.entityType, rule: 'acronym-defined', shortForm: undefined, aliasOf: d.aliasOf ?? d.id });
    for (const f of ['key', 'canonical', 'country'] as const) {
      if (d[f] === undefined) delete m[f];
      else m[f] = d[f];
    }
  }
}

/**
 * "Armed Forces of the Philippines (AFP)" and "the Philippine Army" in one document: the army named
 * beside the armed forces by their own name is their branch, not all of them (elsewhere "the Pakistani
 * army" and "the Pakistan Army" are the state's armed forces, as news uses them).
 */
function armyBranches(out: Mention[], analysed: AnalysedDocument): void {
  const ARMED_FORCES_KEY = `:${skeletonKey('armed forces')}`;
  const named = new Set<string>();
  // (also in lower case: "Peru's armed forces" beside "the Peruvian Army" and "the Peruvian Navy")
  for (const m of out) if (m.key?.endsWith(ARMED_FORCES_KEY) && /\b(armed forces|defen[cs]e forces?)\b/i.test(m.text)) named.add(m.key);
  // (and another branch of the same state: "the Philippine Air Force", or the army called a branch in
  // its sentence: "the Indonesian Army, the TNI's largest branch"; "the Sudanese Army" beside the
  // Sudanese Armed Forces alone is the same actor)
  const calledBranch = (k: string) => out.some((m) => m.key === k && /\sArmy$/.test(m.text) && /\bbranch\b/i.test(analysed.sentences.find((x) => x.index === m.sentence)?.text ?? ''));
  // (or the armed forces by their official name "Armed Forces of X" beside "the Philippine Army" by its own:
  // a state whose news names both so calls two things; "the Sudanese Armed Forces" and "the Sudanese Army" are one)
  const officialName = (k: string) => out.some((m) => m.key === k && /\bArmed Forces of\b/.test(m.text));
  for (const k of [...named]) if (!calledBranch(k) && !officialName(k) && !out.some((m) => m.country === k.split(':')[1] && /\b(Navy|Air Force|Marines?|Marine Corps|Coast Guard)$/.test(m.text))) named.delete(k);
  if (!named.size) return;
  for (const m of out) {
    if (m.key && named.has(m.key) && /\p{Lu}\p{L}*\s+Army$/u.test(m.text) && !/\b(Armed|Defen[cs]e)\b/.test(m.text)) m.key = m.key.slice(0, -ARMED_FORCES_KEY.length) + `:${skeletonKey('army')}`;
  }
}

/** The nouns of a definite description that repeats a named group, and the types of entity each can repeat. */
const ANAPHORS: Record<string, EntityType[]> = {
  group: ['militia', 'organization'],
  militia: ['militia'],
  movement: ['militia', 'organization'],
  rebels: ['militia'],
  militants: ['militia'],
  insurgents: ['militia'],
  jihadists: ['militia'],
  bloc: ['organization'],
  alliance: ['militia', 'organization'],
};
/**
 * Nouns that repeat a body only when its name holds the noun: "the agency" after "the UN Relief and
 * Works Agency", "the republic's president" after "the Nagorno-Karabakh Republic" (not "the army",
 * which names the state's army as often as a group called an army).
 */
const NAMED_ANAPHORS = new Set(['agency', 'republic', 'church', 'party', 'front', 'commission', 'council', 'organisation', 'organization', 'union', 'mission', 'institute', 'brigade', 'brigades', 'cartel', 'gang', 'court', 'assembly', 'ministry', 'authority', 'administration', 'corps', 'network', 'foundation', 'federation', 'league', 'committee', 'tribunal']);
/** How many sentences back a body that a named noun repeats may stand. */
const NAMED_ANAPHOR_REACH = 4;
/** Adjectives that may stand between "the" and the noun: "the armed group", "the jihadist movement". */
const ANAPHOR_ADJECTIVES = new Set(['armed', 'militant', 'jihadist', 'islamist', 'rebel', 'separatist', 'paramilitary', 'regional', 'west', 'african']);
/** Those of them that make the description an armed group's. */
const ARMED_ADJECTIVES = new Set(['armed', 'militant', 'jihadist', 'islamist', 'rebel', 'separatist', 'paramilitary']);
/** How many sentences back the entity a description repeats may stand (its own sentence included). */
const ANAPHOR_REACH = 2;

/**
 * "The group, led by X", "the group's chief negotiator": a definite description that repeats the
 * group named last, in this sentence or the two before. It becomes a mention of that entity (through
 * aliasOf), so that the claims it takes part in reach the entity. Mentions of this sentence start at
 * `from` in `out`.
 */
function anaphors(doc: Pick<Document, 'id'>, sentence: Sentence, out: Mention[], from: number): void {
  const ts = sentence.tokens;
  for (let i = 0; i < ts.length - 1; i++) {
    if (ts[i]!.text.toLowerCase() !== 'the') continue;
    let k = i + 1;
    let armed = false;
    while (k < i + 3 && ANAPHOR_ADJECTIVES.has(ts[k]!.text.toLowerCase()) && ts[k + 1]) armed ||= ARMED_ADJECTIVES.has(ts[k++]!.text.toLowerCase());
    const noun = ts[k]!;
    // "the rebel group", "the armed group": an armed group only
    const strict = /^\p{Ll}/u.test(noun.text) && !ANAPHORS[noun.text] && NAMED_ANAPHORS.has(noun.text);
    const types = /^\p{Ll}/u.test(noun.text) ? (strict ? (['militia', 'organization', 'government'] as EntityType[]) : ANAPHORS[noun.text]?.filter((t) => !armed || t === 'militia')) : undefined;
    if (!types?.length) continue;
    // "the group of seven" says which group it is
    if (ts[k + 1]?.text.toLowerCase() === 'of') continue;
    const start = ts[i]!.start;
    // a name found in this span already (a mention over "the ... group") is not a description
    if (out.some((m, n) => n >= from && m.sentence === sentence.index && m.start < noun.end && m.end > start)) continue;
    // the nearest sentence naming such a group (this one first, before the description), and in it the
    // first named, most often the subject: "JNIM, al-Qaeda's affiliate in the Sahel, ... The group" is JNIM
    // ... unless one there is named by the noun itself: "the Three Brotherhood Alliance ... The alliance"
    let antecedent: Mention | undefined;
    let named: Mention | undefined;
    const namesNoun = new RegExp(`\\b${noun.text}\\b`, 'i');
    for (let n = out.length - 1; n >= 0; n--) {
      const m = out[n]!;
      if (m.sentence < sentence.index - (strict ? NAMED_ANAPHOR_REACH : ANAPHOR_REACH) || (antecedent && m.sentence < antecedent.sentence)) break;
      if (m.sentence === sentence.index && m.start >= start) continue;
      if (m.adjectival || m.anaphor || m.shortForm || !types.includes(m.entityType)) continue;
      // (a named noun looks back to the nearest sentence whose name holds it)
      if (strict && !namesNoun.test(m.text)) continue;
      antecedent = m;
      if (namesNoun.test(m.text)) named = m;
    }
    antecedent = strict ? named : named ?? antecedent;
    if (!antecedent) continue;
    out.push(repetition(doc, sentence, start, noun.end, antecedent, `anaphor:${noun.text}`));
    i = k;
  }
}

/** A mention at `start`..`end` that repeats `antecedent` ("the group", "he"): counts for its entity, is no spelling of it. */
function repetition(doc: Pick<Document, 'id'>, sentence: Sentence, start: number, end: number, antecedent: Mention, rule: string): Mention {
  return {
    id: `${doc.id}:${sentence.index}:${start}-${end}`,
    doc: doc.id,
    sentence: sentence.index,
    start,
    end,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    entityType: antecedent.entityType,
    rule,
    roles: [],
    aliasOf: antecedent.aliasOf ?? antecedent.id,
    anaphor: true,
    ...(antecedent.key ? { key: antecedent.key } : {}),
    ...(antecedent.canonical ? { canonical: antecedent.canonical } : {}),
  };
}

/** Reporting verbs whose subject "it" or "he" repeats in the clause they report: "X said it had ...". */
const REPORTING = /^(said|says|say|added|announced|claimed|stated|warned|insisted|confirmed|told|vowed|pledged|argued|denied|accused)$/i;
/** Nouns after "its" that make it the possessor acting through them: "its fighters attacked". */
const ITS_ACTORS = /^(forces|troops|fighters|soldiers|militants|aircraft|jets|warplanes|drones|warships|navy|army|units|leader|leaders|commander|commanders|spokesman|spokeswoman|spokesperson|members|gunmen|delegation|negotiators)$/i;
/** What may follow "it" as a subject that makes it no expletive ("it is unclear", "it seems"). */
const EXPLETIVE_AFTER = /^(is|was|'s|seems|seemed|appears|appeared|remains|remained|takes|took|means|meant|matters|becomes|became|will|would|could|may|might)$/i;
/** Types "it" and "its" may stand for. */
const IT_TYPES: readonly EntityType[] = ['militia', 'government', 'organization'];

/**
 * Pronoun subjects: "he"/"she" followed by a verb repeat the person named last in this sentence, or
 * first in the nearest sentence naming one (its subject, most often) within ANAPHOR_REACH; "it" after a
 * reporting verb ("X said it would") repeats X; a sentence's first word "It", or "its" before a noun of
 * forces or leaders ("its fighters", "Its leader"), repeats the group or government that opened the
 * sentence before. Each becomes a mention (aliasOf, anaphor) so that claims made through it reach the
 * entity; "it is unclear" and other expletive uses are left alone.
 */
function pronouns(doc: Pick<Document, 'id'>, sentence: Sentence, out: Mention[]): void {
  const ts = sentence.tokens;
  const recent = (types: readonly EntityType[], before: number): Mention | undefined => {
    let found: Mention | undefined;
    for (let n = out.length - 1; n >= 0; n--) {
      const m = out[n]!;
      if (m.sentence < sentence.index - ANAPHOR_REACH || (found && m.sentence < found.sentence)) break;
      if (m.sentence === sentence.index && m.start >= before) continue;
      if (m.adjectival || m.modifier || !types.includes(m.entityType)) continue;
      // within this sentence the nearest; in an earlier one the first (the subject, most often)
      if (m.sentence === sentence.index) return m;
      found = m;
    }
    return found;
  };
  for (let i = 0; i < ts.length - 1; i++) {
    const t = ts[i]!;
    const w = t.text.toLowerCase();
    const next = ts[i + 1]!;
    let antecedent: Mention | undefined;
    if (w === 'he' || w === 'she') {
      if (next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV') continue;
      antecedent = recent(['person'], t.start);
    } else if (w === 'it') {
      if ((next.pos !== 'VERB' && next.pos !== 'AUX') || EXPLETIVE_AFTER.test(next.text)) continue;
      // "X said on Monday it had retaken": the reporting verb's subject, right before it
      let r = i - 1;
      while (r > 0 && r > i - 6 && !REPORTING.test(ts[r]!.text) && !/^[,;:.“”"]$/.test(ts[r]!.text)) r--;
      if (r >= 0 && REPORTING.test(ts[r]!.text)) {
        const speaker = recent(IT_TYPES, ts[r]!.start);
        if (speaker && speaker.sentence === sentence.index && ts[r]!.start - speaker.end <= 3) antecedent = speaker;
      } else if (i === 0) antecedent = subjectOf(out, sentence.index - 1, IT_TYPES);
    } else if (w === 'its') {
      if (!ITS_ACTORS.test(next.text)) continue;
      const owner = recent(IT_TYPES, t.start);
      antecedent = owner?.sentence === sentence.index ? owner : subjectOf(out, sentence.index - 1, IT_TYPES);
    } else continue;
    if (!antecedent) continue;
    out.push(repetition(doc, sentence, t.start, t.end, antecedent, `anaphor:${w}`));
  }
}

/** The entity sentence `index` opens with, when it is of one of `types`: its first mention, most often its subject. */
function subjectOf(out: readonly Mention[], index: number, types: readonly EntityType[]): Mention | undefined {
  let first: Mention | undefined;
  for (let n = out.length - 1; n >= 0 && out[n]!.sentence >= index; n--) if (out[n]!.sentence === index && !out[n]!.adjectival) first = out[n];
  return first && types.includes(first.entityType) && !first.modifier ? first : undefined;
}

function extractSentence(doc: Pick<Document, 'id'>, sentence: Sentence, out: Mention[]): void {
  {
    const units = toUnits(sentence.tokens);
    const ctx: Ctx = { doc: doc.id, sentence, units, out };
    const titleCase = isTitleCaseSentence(units);
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      // most units are plain lower-case words: no name starts there, and none of the patterns below
      // (anti-X, coalition, a word glued to a name, al-X) can match one without a hyphen or a capital
      if (PLAIN_LOWER.test(u.text) && u.text !== 'coalition' && u.text !== 'alliance') continue;
      const lower = u.text.toLowerCase();
      // "anti-ISIS", "pro-Iranian": the base is a mention
      const anti = /^(anti|pro)-(.+)$/i.exec(u.text);
      if (anti && isCapitalised(anti[2]!)) {
        const base = anti[2]!;
        const country = countryOfModifier(base);
        const c = country
          ? countryMention(country, 'modifier:country')
          : classifyName(base, 1);
        if (c) {
          const m = push(ctx, u, u, base, c, { modifier: anti[1]!.toLowerCase(), adjectival: true });
          m.start = u.start + anti[1]!.length + 1;
        }
        // "the anti-ISIS task force": a named body of its own
        if (units[i + 1]?.text.toLowerCase() === 'task' && units[i + 2]?.text.toLowerCase() === 'force') {
          const text = textOf(ctx, i, i + 2);
          push(ctx, u, units[i + 2]!, text, { entityType: 'organization', rule: 'head:task force', key: `org:${skeletonKey(text)}` });
          i += 2;
        }
        continue;
      }
      // coalitions: "the coalition", "the international coalition", "coalition forces"
      if ((lower === 'coalition' || (lower === 'alliance' && /-led$/i.test(units[i - 1]?.text ?? ''))) && !isCapitalised(u.text)) {
        const prev = units[i - 1]?.text.toLowerCase() ?? '';
        const next = units[i + 1]?.text.toLowerCase() ?? '';
        const named = ['the', 'international', 'global', 'military'].includes(prev) || MODIFIER_SUFFIX.test(units[i - 1]?.text ?? '') ||
          /^(forces|troops|officials|commander|commanders|personnel|soldiers|service|leaders|members|partners|spokesman|spokesperson|aircraft|jets|strikes)$/.test(next);
        if (named && !['a', 'an', 'former'].includes(prev)) {
          let s = i;
          if (['international', 'global'].includes(prev)) s = i - 1;
          // "the US-led coalition": the leader keys the coalition, so two coalitions of one corpus stay apart
          const led = /^(.+)-led$/i.exec(units[s - 1]?.text ?? '');
          let key = 'coalition';
          if (led) {
            const leader = countryOfModifier(led[1]!) ?? classifyName(led[1]!, 1)?.capitalOf;
            if (leader) key = `coalition:${leader.code}`;
            s--;
          }
          const earlier = key === 'coalition' && s === i && prev === 'the' ? coalitionAntecedent(ctx) : undefined;
          if (earlier) {
            push(ctx, units[s - 1]!, u, textOf(ctx, s - 1, i), { entityType: earlier.entityType, rule: 'anaphor:coalition', ...(earlier.key ? { key: earlier.key } : {}) }, { aliasOf: earlier.aliasOf ?? earlier.id, anaphor: true });
          } else push(ctx, units[s]!, u, textOf(ctx, s, i), { entityType: 'organization', rule: 'coalition', key });
        }
        continue;
      }
      // "theIslamic state": a function word glued to a name by bad scraping
      const glued = /^(the|of|and|in|to|a|an)(\p{Lu}\p{Ll}{2,}.*)$/u.exec(u.text);
      if (glued) {
        const cut = glued[1]!.length;
        units[i] = { ...u, text: glued[2]!, start: u.start + cut, pos: 'PROPN' };
      }
      if (!startsName(ctx, i)) continue;
      const plainEnd = chunkEnd(ctx, i);
      const knownEnd = Math.max(knownAt(ctx, i) ?? -1, countryAt(ctx, i) ?? -1);
      let j = knownEnd > plainEnd ? knownEnd : plainEnd;
      // "People's Liberation Army of Manipur": a state's body the gazetteer knows, "of" another place, is another group
      if (j === knownEnd && units[j + 1]?.text === 'of' && isCapitalised(units[j + 2]?.text ?? '')) {
        const known = organisationByName(textOf(ctx, i, j));
        const where = chunkEnd(ctx, j + 2);
        const state = known?.entityType === 'government' ? KNOWN_BODY_COUNTRY[known.label] : undefined;
        const place = classifyName(textOf(ctx, j + 2, where), where - j - 1);
        const whole = classifyName(textOf(ctx, i, where), where - i + 1);
        if (whole?.entityType === 'militia' && state && (place?.entityType === 'place' || (place?.key?.startsWith('country:') && place.key !== `country:${state}`))) j = where;
      }
      // "Islamic state" written with a lower-case second word: a known name decides
      const ext = units[j + 1];
      if (ext && /^\p{Ll}/u.test(ext.text) && organisationByName(`${textOf(ctx, i, j)} ${ext.text}`)) j++;
      // "UN Security Council Resolution 1701": the resolution is a document, the body before it the name
      const resolution = j > i && /^Resolutions?$/.test(units[j]!.text) ? j : -1;
      if (resolution > 0) j--;
      const before = out.length;
      if (titleCase) {
        j = knownOnly(ctx, i);
        continue;
      }
      // 'Joaquín "El Chapo" Guzmán', "Abu Mohammed 'al-Jolani' al-Golani": a nickname in quotes inside a
      // person's name; the whole is the name, the nickname another name of the person
      const nick = nicknameInName(ctx, i, j);
      if (nick) {
        const whole = push(ctx, units[i]!, units[nick.end]!, textOf(ctx, i, nick.end), { entityType: 'person', rule: 'name-with-nickname' }, { roles: [] });
        push(ctx, units[nick.from]!, units[nick.to]!, textOf(ctx, nick.from, nick.to), { entityType: 'person', rule: 'nickname' }, { roles: [], aliasOf: whole.id });
        i = nick.end;
        continue;
      }
      handleChunk(ctx, i, j);
      const last = out.length > before ? out[out.length - 1]! : undefined;
      const headWord = units[j + 1]?.text.toLowerCase() ?? '';
      // "the Al-Asad airbase", "the Biden administration": a name and a lower-case head noun
      // "the Zamzam displacement camp", "Okhmatdyt children's hospital": one noun may stand before the head
      const nounThenHead = units[j + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(units[j + 1]!.text) ? (/^['’]s$/.test(units[j + 2]?.text ?? '') ? j + 3 : j + 2) : -1;
      // ("the Rudaw station" is a broadcaster; "the Borobekra police station" a place)
      const headAt = PLACE_HEADS.has(headWord) && headWord !== 'station' ? j + 1 : nounThenHead > 0 && PLACE_HEADS.has(units[nounThenHead]?.text.toLowerCase() ?? '') ? nounThenHead : -1;
      // "the Torkham and Chaman crossings", "Haris and Talousa villages": a plural place noun after one name or two
      const plural = PLURAL_PLACE_HEADS.test(headWord) || (headWord === 'and' && isCapitalised(units[j + 2]?.text ?? '') && PLURAL_PLACE_HEADS.test(units[j + 3]?.text ?? ''));
      if (last && !last.key && last.entityType === 'person' && last.start === units[i]!.start && plural && j === i) {
        Object.assign(last, { entityType: 'place', rule: `head:${headWord === 'and' ? units[j + 3]!.text.toLowerCase() : headWord}`, roles: [] });
      } else if (last && !last.key && (last.entityType === 'person' || last.entityType === 'place') && headAt > 0) {
        // "North Kivu province" is North Kivu; "the Al-Asad airbase" is named with its head
        const admin = headAt === j + 1 && ADMIN_HEADS.has(headWord);
        Object.assign(last, { ...(admin ? { written: textOf(ctx, i, headAt) } : { text: textOf(ctx, i, headAt), end: units[headAt]!.end }), entityType: 'place', rule: `head:${units[headAt]!.text.toLowerCase()}`, shortForm: undefined, roles: [] });
        j = headAt;
      } else if (last && last.key?.startsWith('place:') && !last.adjectival && last.end === units[j]!.end && ADMIN_HEADS.has(headWord) && headWord !== 'area') {
        // "Sughd region" is the province Sughd, written with its noun; "Osh region" beside the city of Osh
        // is the region named after the city, another place
        const kind = placeByName(last.text)?.kind;
        const withHead = `${last.text} ${units[j + 1]!.text}`;
        // (a district named after its town is the town's, as most reports use the two: "Cox's Bazar district")
        if (kind === 'city' && headWord !== 'district') Object.assign(last, { text: withHead, end: units[j + 1]!.end, key: `${last.key}:${headWord}`, rule: `head:${headWord}`, canonical: undefined, place: undefined });
        else Object.assign(last, { written: withHead });
        j++;
      } else if (last && !last.key && last.entityType === 'person' && (headWord === 'administration' || headWord === 'government') && !isTitleWord(last.text)) {
        const text = textOf(ctx, i, j + 1);
        Object.assign(last, { text, end: units[j + 1]!.end, entityType: 'government', rule: `head:${headWord}`, key: `body::${skeletonKey(text)}`, shortForm: undefined, roles: [] });
        j++;
      }
      // a country word followed by a body noun: "Iraqi parliament"
      const country = countryOfModifier(textOf(ctx, i, j));
      if (country) j = Math.max(j, bodyPhrase(ctx, j, country, i));
      // "X, also known as Y": Y is another name of X
      const aka = out.length > before ? out[out.length - 1]! : undefined;
      if (aka && !aka.adjectival) {
        // the name right before the connective; a name that is a person only by its shape takes its type
        // ("the RSF-led Sudan Founding Alliance, known as Tasis")
        const shapeOnly = aka.entityType === 'person' && (aka.rule === 'short-form' || aka.rule === 'name-shape');
        // ("the Corps of ..., better known by its French acronym CAPSAT": an acronym of no type of its own takes the name's)
        const acronymAka = /^acronym-(use|apposition)/.test(aka.rule);
        const prevMention = out.slice(0, -1).reverse().find((m) => m.sentence === sentence.index && (m.entityType === aka.entityType || shapeOnly || acronymAka) && !m.adjectival && m.end <= aka.start);
        const between = prevMention ? sentence.text.slice(prevMention.end - sentence.start, aka.start - sentence.start) : '';
        // "Iran's parliament, the Islamic Consultative Assembly,": a state body and its name in apposition are one body
        if (prevMention?.key?.startsWith('body:') && !prevMention.key.startsWith('body::') && aka.entityType === 'government' && (!aka.key || aka.key.startsWith('body::')) && /^\s*,\s*the\s*$/i.test(between)) {
          aka.key = prevMention.key;
          if (prevMention.country) aka.country = prevMention.country;
        }
        // (the connective alone stands between the two names: "X, also known as Y", "X (known as Y)", "X, alias Y";
        // a relative clause may stand before "under the name": "X, which has also operated under the name Y")
        // (or after a short apposition of the same name: "X, a Viv Ansanm leader known as Djouma")
        if (prevMention && /^[\s,(]*(and\s+)?(also |better |formerly |widely |previously |locally |commonly )?known (locally |widely |in the [\p{L}-]+ )?(as|by (his|her|its|the) (nom de guerre|name)|by (its|the|their) ([\p{L}-]+ )?(acronym|initials|abbreviation))\s*["“‘]?\s*$|^[\s,(]*(a\.?k\.?a\.?|alias|nicknamed|dubbed)\s*["“‘]?\s*$|^\s*,\s*which [\w\s]{0,30}\bunder the name\s*["“‘]?\s*$|^\s*,\s*(a|an|the)\s[\p{L}\s'’-]{0,50}?\s(also |better |widely |locally )?known as\s*["“‘]?\s*$/iu.test(between)) {
          aka.aliasOf = prevMention.id;
          if (shapeOnly && prevMention.entityType !== 'person') Object.assign(aka, { entityType: prevMention.entityType, rule: 'known-as', shortForm: undefined, roles: [] });
          if (acronymAka && prevMention.entityType !== 'person' && prevMention.entityType !== 'place') {
            Object.assign(aka, { entityType: prevMention.entityType, rule: 'acronym-known-as' });
            for (const f of ['key', 'canonical', 'country'] as const) if (prevMention[f] !== undefined) aka[f] = prevMention[f];
          }
        }
        // "The insurgency, known locally as al-Shabab,": a local name for a group of the story, not the
        // well-known group of that name elsewhere
        const lead = sentence.text.slice(0, aka.start - sentence.start);
        if (!prevMention && aka.key?.startsWith('org:') && /\b([Tt]he|[Tt]his|[Aa]n?)\s+[\p{Ll} -]+,\s*(locally (known|called) |(known|called) (locally|here) )as\s*$/u.test(lead)) {
          delete aka.key;
          delete aka.canonical;
          aka.rule = 'local-name';
        }
      }
      // "Islamic State (IS)": the acronym is an alias of the name before it
      let named = out.length > before ? out[out.length - 1]! : undefined;
      // "the Security Service of Ukraine (SBU)", "the Armed Forces of the Democratic Republic of the Congo":
      // a state body named by its state; the acronym after it is the body's, not the state's
      if (named?.key?.startsWith('country:') && !named.adjectival) {
        const of = units[i - 1]?.text.toLowerCase() === 'the' ? i - 2 : i - 1;
        const body = units[of]?.text.toLowerCase() === 'of' ? out.find((m) => m.end === units[of - 1]?.end && m.sentence === sentence.index && m.entityType !== 'person') : undefined;
        if (body) {
          const state = named;
          named = body;
          if (body.entityType === 'government' && (!body.key || body.key.startsWith('body::'))) {
            const head = matchHead(body.text.toLowerCase().replace(/^the\s+/, '').split(/\s+/), BODY_HEADS);
            const words = body.text.replace(/^the\s+/i, '').split(/\s+/).length;
            const code = state.country ?? state.key!.slice('country:'.length);
            Object.assign(body, {
              text: sentence.text.slice(body.start - sentence.start, units[j]!.end - sentence.start),
              end: units[j]!.end,
              key: `body:${code}:${skeletonKey(head && head.length === words ? (SAME_BODY[head.head] ?? head.head) : body.text.replace(/^the\s+/i, ''))}`,
              country: code,
            });
          }
        }
      }
      // "the Special Deterrence Force (Radaa)": a group's other name in parentheses is an alias too
      const otherName = named && units[j + 1]?.text === '(' && units[j + 3]?.text === ')' && /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(units[j + 2]!.text) &&
        named.entityType !== 'person' && named.entityType !== 'place' && !named.adjectival && !classifyName(units[j + 2]!.text, 1) && !countryOfModifier(units[j + 2]!.text);
      if (named && (otherName || (units[j + 1]?.text === '(' && units[j + 3]?.text === ')' && /^\p{Lu}[\p{Lu}\d-]+$/u.test(units[j + 2]!.text)))) {
        const acr = units[j + 2]!;
        // "the African Union Support and Stabilization Mission in Somalia (AUSSOM)": when the name just
        // found does not spell the acronym, the long form it abbreviates may start further back
        if (longFormStart(acr.text, named.text) < 0) named = longFormBefore(ctx, j, acr.text) ?? named;
        // "OUAGADOUGOU, Burkina Faso (AFP) —": an agency's credit after a dateline's place is no acronym of the place
        const credit = (named.entityType === 'place' || named.key?.startsWith('country:')) && longFormStart(acr.text, named.text) < 0 && !spellsByInitials(acr.text, named.text.split(/\s+/));
        if (credit) {
          j += 3;
          i = Math.max(j, resolution);
          continue;
        }
        push(ctx, acr, acr, acr.text, { entityType: named.entityType, rule: 'acronym', ...(named.key ? { key: named.key } : {}), ...(named.canonical ? { canonical: named.canonical } : {}), ...(named.country ? { country: named.country } : {}) }, { aliasOf: named.id });
        j += 3;
      } else if (named && named.entityType !== 'person' && named.entityType !== 'place' && !named.adjectival && units[j + 1]?.text === '(' && units[j + 4]?.text === ')' &&
        /^\p{Lu}[\p{L}-]*$/u.test(units[j + 2]!.text) && /^\p{Lu}[\p{L}-]*$/u.test(units[j + 3]!.text) && [units[j + 2]!, units[j + 3]!].some((u) => /^\p{Lu}{2,}$/u.test(u.text)) &&
        !classifyName(textOf(ctx, j + 2, j + 3), 2)?.rule.startsWith('gazetteer')) {
        // "the National Commission on Human Rights (Komnas HAM)": a short name of two words, one of them
        // in capitals, in parentheses after a group's name is the group's
        const from = units[j + 2]!;
        const to = units[j + 3]!;
        push(ctx, from, to, textOf(ctx, j + 2, j + 3), { entityType: named.entityType, rule: 'acronym', ...(named.key ? { key: named.key } : {}), ...(named.canonical ? { canonical: named.canonical } : {}), ...(named.country ? { country: named.country } : {}) }, { aliasOf: named.id });
        j += 4;
      }
      i = Math.max(j, resolution);
    }
  }
}

