// Types one name chunk (its title and nationality already taken off) by, in order: the country
// gazetteer, well-known organisations, cue words, the place gazetteer and person evidence.
import { countryByCode, countryByDemonym, countryByName, type Country } from '../gazetteer/countries.js';
import { organisationByName, KNOWN_ARMED_FORCES, KNOWN_BODY_COUNTRY } from '../gazetteer/groups.js';
import { placeByName, type Place } from '../gazetteer/places.js';
import type { EntityType } from '../ontology.js';
import { skeletonKey } from '../text/fold.js';
import { typeByCues } from './cues.js';
import { memo } from '../text/memo.js';

export interface Classified {
  entityType: EntityType;
  rule: string;
  key?: string;
  canonical?: string;
  country?: string;
  place?: Place;
  /** A capital that may stand for its government; the caller decides from context. */
  capitalOf?: Country;
}

/** Words of religion, ethnicity or ideology: adjectives, not entities, when they stand alone. */
const GROUP_ADJECTIVES = new Set([
  'shia', "shi'a", 'shiite', "shi'ite", 'sunni', 'kurdish', 'kurd', 'kurds', 'arab', 'arabs', 'muslim', 'muslims',
  'christian', 'christians', 'jewish', 'jews', 'islamic', 'islamist', 'islamists', 'jihadist', 'jihadists', 'druze',
  'yazidi', 'alawite', 'baloch', 'pashtun', 'tajik', 'uzbek', 'hazara', 'turkmen', 'turkoman', 'coptic', 'catholic',
  'orthodox', 'western', 'eastern', 'northern', 'southern', 'islam', 'persian', 'zionist', 'west', 'east', 'north', 'south',
  // peoples named as adjectives ("the Malian Tuareg militant"); not those that are also a place's name (Amhara, Somali)
  'tuareg', 'fulani', 'peul', 'hausa', 'yoruba', 'igbo', 'tigrayan', 'oromo', 'rohingya', 'uyghur', 'uighur', 'hutu',
  'separatist', 'separatists', 'serb', 'serbs', 'croat', 'croats', 'bosniak', 'bosniaks', 'tutsi', 'berber', 'amazigh', 'bedouin', 'maasai', 'kikuyu', 'dinka', 'nuer', 'zaghawa', 'masalit', 'circassian',
  // ideologies and faiths as adjectives ("the last Maoist rebels", "Salafist fighters")
  'maoist', 'maoists', 'marxist', 'marxists', 'leninist', 'leninists', 'trotskyist', 'salafist', 'salafists', 'salafi', 'wahhabi', 'anarchist', 'anarchists', 'leftist', 'leftists', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists',
  'khmer', 'english', 'darfuri', 'darfuris', 'swahili', 'lingala', 'kinyarwanda', 'amharic', 'tigrinya', 'pashto', 'dari', 'urdu', 'shias', 'sunnis', 'shiites', 'alawites', 'yazidis', 'copts',
]);

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'ramadan', 'eid',
]);

export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, ''));
}

/** Adjectives of regions: "West African", "Middle Eastern". */
export const REGION_ADJECTIVES = /^(west|east|north|south|central|southern|northern|eastern|western|sub-saharan|southeast|northeast|northwest|southwest)?\s*(african|asian|european|american|eastern|arab|arabian|caribbean|latin american|middle eastern|balkan|baltic|nordic|scandinavian|gulf|sahelian|mediterranean)$/i;

export function isNonEntityWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
  return GROUP_ADJECTIVES.has(w) || CALENDAR.has(w) || REGION_ADJECTIVES.test(w);
}

// the word count matters only as one word or more (a cue word alone names no one), so two caches
const classifyOneWord = memo((name: string) => classifyUncached(name, 1));
const classifyWords = memo((name: string) => classifyUncached(name, 2));

/** The type of a name by gazetteers and cue words (memoised: callers must not change the result). */
export function classifyName(name: string, wordCount: number): Classified | undefined {
  return wordCount > 1 ? classifyWords(name) : classifyOneWord(name);
}

function classifyUncached(name: string, wordCount: number): Classified | undefined {
  const country = countryByName(name);
  if (country) return { entityType: 'government', rule: 'gazetteer:country', key: `country:${country.code}`, canonical: country.name, country: country.code };
  const org = organisationByName(name);
  if (org) {
    return {
      entityType: org.entityType,
      rule: 'gazetteer:organisation',
      // (a state's military under its own name keys as that state's armed forces, as "Israeli military" does)
      key: KNOWN_ARMED_FORCES.has(org.label) ? `body:${KNOWN_BODY_COUNTRY[org.label]}:${skeletonKey('armed forces')}` : `org:${org.label}`,
      canonical: org.label,
      country: KNOWN_BODY_COUNTRY[org.label],
    };
  }
  // "Katsina State", "Herat Province": a known province named with its head is that province
  const admin = /^(.+?)\s+(State|Province|Region|Governorate|Prefecture|Oblast|County)$/.exec(name);
  const province = admin ? placeByName(admin[1]!) : undefined;
  if (province?.kind === 'province') return { entityType: 'place', rule: 'gazetteer:province', key: `place:${skeletonKey(province.name)}`, place: province, ...(province.country ? { country: province.country } : {}) };
  // "Islamic State Sahel Province", "al-Qaeda in the Arabian Peninsula": a branch of a known armed group
  const words = name.split(/\s+/);
  for (let k = Math.min(words.length - 1, 4); k >= 1; k--) {
    const parent = organisationByName(words.slice(0, k).join(' '));
    if (parent?.entityType === 'militia') return { entityType: 'militia', rule: `branch-of:${parent.label}` };
  }
  // "Armed Defence Forces of Mozambique", "National Police of Colombia": a state's forces named by their state
  const ofState = STATE_FORCES_OF.exec(name);
  const stateOf = ofState && !INSURGENT_WORDS.test(ofState[1]!) ? countryByName(ofState[2]!) : undefined;
  if (stateOf) {
    // (the navy or air force of a state is its own body; its army or defence forces are its armed forces)
    const head = /(navy|air force)$/i.exec(ofState![1]!)?.[1]?.toLowerCase() ?? 'armed forces';
    return { entityType: 'government', rule: 'state-forces-of', key: `body:${stateOf.code}:${skeletonKey(head)}`, country: stateOf.code };
  }
  // "Uganda People's Defence Force", "South Sudan People's Defence Forces", "Pakistan Army": a state's
  // name opening its military's name (no word of insurgency but "people's") is that state's armed forces
  // (also after "Royal": "Royal Thai Army", "Royal Cambodian Armed Forces")
  const royal = /^Royal\s/.test(name) ? 1 : 0;
  const lead = [2, 1].map((n) => ({ n: n + royal, c: royal ? countryOfModifier(name.split(/\s+/).slice(1, 1 + n).join(' ')) : countryByName(name.split(/\s+/).slice(0, n).join(' ')) })).find((x) => x.c);
  if (lead && /\b(army|armed forces|defen[cs]e forces?|military)$/i.test(name)) {
    const between = name.replace(/[’]/g, "'").split(/\s+/).slice(lead.n, -1).join(' ');
    const insurgent = (between.match(INSURGENT_WORDS_ALL) ?? []).filter((w) => !/^(people's|peoples|popular)$/i.test(w));
    if (!insurgent.length && /^((people's|peoples|popular|national|royal|armed|defen[cs]e|federal)\s*)*$/i.test(between)) {
      return { entityType: 'government', rule: 'state-forces', key: `body:${lead.c!.code}:${skeletonKey('armed forces')}`, country: lead.c!.code };
    }
  }
  // "38th Separate Marine Brigade", "2nd Combined Arms Army": a unit named by its number is a state's
  // (an armed group's brigade has a name: "Imam Ali Brigades"; a numbered "front" stays a group's)
  if (/^\d+(st|nd|rd|th)\s/.test(name) && /\s(Brigade|Regiment|Battalion|Division|Army|Corps|Fleet|Squadron|Wing)$/.test(name) && !INSURGENT_WORDS.test(name)) {
    return { entityType: 'government', rule: 'numbered-unit' };
  }
  // "USS Gerald R. Ford", "HMS Defender": a navy's ship is a unit of its state
  const ship = /^(USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|RFS|ROKS|JS|BRP|KRI|TCG)\s+\p{Lu}/u.exec(name);
  if (ship) {
    const code = SHIP_PREFIX_STATE[ship[1]!]!;
    return { entityType: 'government', rule: `ship:${ship[1]}`, country: code };
  }
  // "PT Freeport Indonesia", "PJSC Gazprom Neft": a company's legal form before its name
  if (/^(PT|PJSC|JSC|OJSC|OAO|ZAO|OOO|SpA|Tbk)\s+\p{Lu}/u.test(name) && wordCount > 1) return { entityType: 'organization', rule: 'company-form' };
  const cue = typeByCues(name);
  // a region the gazetteer names whole wins over a cue word in it: "West Bank" is no bank
  const region = wordCount > 1 && cue ? placeByName(name) : undefined;
  if (region?.kind === 'region') return { entityType: 'place', rule: 'gazetteer:region', key: `place:${skeletonKey(region.name)}`, place: region, ...(region.country ? { country: region.country } : {}) };
  // ("Port Moresby", "Port Sudan": a place the gazetteer knows whole, with a place word in it, is the gazetteer's)
  const known = cue?.entityType === 'place' && wordCount > 1 ? placeByName(name) : undefined;
  if (cue && wordCount > 1 && !(known && (known.kind === 'capital' || known.kind === 'city'))) {
    if (cue.entityType === 'government' && armedGroupName(name, cue.cue)) return { entityType: 'militia', rule: `cue:${cue.cue}+armed-group` };
    // ("VRAEM Police Front": a police force's front is the police's)
    if (cue.entityType === 'militia' && /\bPolice\b/.test(name)) return { entityType: 'government', rule: 'cue:police' };
    const c: Classified = { entityType: cue.entityType, rule: `cue:${cue.cue}` };
    if (cue.entityType === 'place') {
      const place = placeByName(name);
      if (place) c.place = place;
    }
    return c;
  }
  const place = placeByName(name);
  if (place) {
    const capitalOf = place.kind === 'capital' && place.country ? countryByCode(place.country) : undefined;
    return { entityType: 'place', rule: `gazetteer:${place.kind}`, key: `place:${skeletonKey(place.name)}`, place, capitalOf, ...(place.country ? { country: place.country } : {}) };
  }
  // a cue word alone ("Police", "Ministry") names no one
  if (cue && cue.cue !== name.toLowerCase()) return { entityType: cue.entityType, rule: `cue:${cue.cue}` };
  // "North Darfur", "Upper Nile": a direction before a known place
  const directed = /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|north-east|north-west|south-east|south-west)\s+(.+)$/i.exec(name);
  if (directed) {
    const inner = placeByName(directed[2]!);
    if (inner) return { entityType: 'place', rule: 'gazetteer:direction', ...(inner.country ? { country: inner.country } : {}) };
  }
  return undefined;
}

const STATE_FORCES_OF = /^(?:the\s+)?((?:[\p{L}'-]+\s+){0,2}(?:armed forces|defence forces|defense forces|army|navy|air force|military))\s+of\s+(?:the\s+)?(.+)$/iu;

/** The state of a navy's ship prefix. */
const SHIP_PREFIX_STATE: Record<string, string> = { USS: 'US', USNS: 'US', HMS: 'GB', HMAS: 'AU', HMCS: 'CA', HMNZS: 'NZ', INS: 'IN', RFS: 'RU', ROKS: 'KR', JS: 'JP', BRP: 'PH', KRI: 'ID', TCG: 'TR' };

/** Words that name an armed group's cause: "Kachin Independence Army", "People's Defence Force". */
const INSURGENT_WORDS = /\b(liberation|salvation|resistance|independence|democratic|alliance|free|republican|revolutionary|patriotic|people's|peoples|popular|mujahideen|holy|rebel|rebels|guerrilla)\b/i;
const INSURGENT_WORDS_ALL = new RegExp(INSURGENT_WORDS.source, 'gi');
/** Words before "Army" in a state's army named without its state: "National Army", "Royal Army". */
const STATE_ARMY_WORDS = new Set(['national', 'royal', 'regular', 'federal', 'imperial', 'red', 'continental', 'the']);

/**
 * Is a name with a state-body head an armed group's? An army named by no state ("Arakan Army",
 * "Mahdi Army") or an army or force with a word of insurgency ("Myanmar National Democratic Alliance
 * Army", "People's Defence Force"). "Pakistan Army", "National Army", "Israel Defense Forces" stay bodies.
 */
function armedGroupName(name: string, cue: string): boolean {
  if (cue !== 'army' && cue !== 'force' && cue !== 'forces' && cue !== 'armed forces') return false;
  const words = name.replace(/[’]/g, "'").split(/\s+/);
  // "Uganda People's Defence Force", "South Sudan People's Defence Forces": a state's name and "people's" is the state's army
  const stateNamed = [1, 2].some((n) => countryByName(words.slice(0, n).join(' ')));
  const insurgent = (words.slice(0, -1).join(' ').match(INSURGENT_WORDS_ALL) ?? []).map((w) => w.toLowerCase());
  // ("National People's Army": "national" before "people's" names a state's army, as in Algeria)
  const national = /^national$/i.test(words[0] ?? '') && insurgent.every((w) => /^(people's|peoples|popular)$/.test(w));
  if (insurgent.length && !national && !(stateNamed && insurgent.every((w) => /^(people's|peoples|popular)$/.test(w)))) return true;
  // ("Bangsamoro Islamic Armed Forces": armed forces named by no state are a group's too)
  if (cue !== 'army' && cue !== 'armed forces') return false;
  const first = words[0]!;
  if (cue === 'armed forces' && (words.length < 3 || /^(the|armed)$/i.test(first) || words.some((w) => STATE_ARMY_WORDS.has(w.toLowerCase())))) return false;
  return !countryOfModifier(first) && !countryByName(words.slice(0, 2).join(' ')) && !STATE_ARMY_WORDS.has(first.toLowerCase());
}

/** The country a word denotes as a demonym or name used as a modifier ("Iraqi", "US", "pro-Iranian"). */
export const countryOfModifier = memo((word: string): Country | undefined => {
  const w = word.replace(/^(pro|anti)-/i, '');
  return countryByDemonym(w) ?? countryByName(w);
});
