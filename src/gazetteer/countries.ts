// Sovereign states from the world-countries package (ODbL-1.0, mledoze/countries): names, official
// names, alternative spellings, English demonyms, a few other-language names and capitals. A country
// is one `government` node, whether it is named, named as a location, or named by its demonym.
import { createRequire } from 'node:module';
import { plainKey } from '../text/fold.js';

export interface Country {
  /** ISO 3166-1 alpha-2 code, the country's key. */
  code: string;
  name: string;
  /** Names that denote the state: official name, alternative spellings, other-language names. */
  names: string[];
  /** Adjectives and nouns of nationality: "Iraqi", "American". */
  demonyms: string[];
  capitals: string[];
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  translations?: Record<string, { common: string; official: string }>;
}

/**
 * Territories without full recognition that news treats as state actors. (Not Western Sahara: a
 * disputed territory, a place, whose data also names the Sahrawi Arab Democratic Republic, a
 * government-in-exile of its own.)
 */
const ALSO_STATES = new Set(['PS', 'XK', 'TW']);

/** Common English names and short forms the data lacks. General knowledge, not tied to any corpus. */
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'America', 'the States', 'United States of America'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'England'],
  RU: ['Russian Federation'],
  KR: ['South Korea'],
  KP: ['North Korea', 'DPRK'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville'],
  TT: ['Trinidad'],
  CI: ["Ivory Coast", "Cote d'Ivoire"],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  SY: ['Syrian Arab Republic'],
  IR: ['Persia', 'Islamic Republic of Iran'],
  PS: ['Palestinian territories', 'Palestinian Authority'],
  VA: ['Holy See'],
  TR: ['Turkey', 'Türkiye'],
  NL: ['Holland'],
  // the name the Taliban government gives the state
  AF: ['Islamic Emirate of Afghanistan'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['US', 'U.S.', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'UK', 'U.K.'],
  IQ: ['Iraqis'],
  IR: ['Iranians', 'Persian'],
  SY: ['Syrians'],
  IL: ['Israelis'],
  RU: ['Russians'],
  CN: ['Chinese'],
  AF: ['Afghans', 'Afghani'],
  PS: ['Palestinians'],
  SA: ['Saudi', 'Saudis'],
  UA: ['Ukrainians'],
  TR: ['Turks'],
  YE: ['Yemenis'],
  LB: ['Lebanese'],
  KW: ['Kuwaitis'],
  PH: ['Philippine', 'Filipinos'],
  // spellings the news uses beside the package's: Ecuadorian (Ecuadorean), Kazakh, Kyrgyz, Nepali, Cape Verdean (not Tajik: Afghanistan's Tajiks are no Tajikistan's)
  EC: ['Ecuadorian', 'Ecuadorians'],
  KZ: ['Kazakh', 'Kazakhs'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  NP: ['Nepali'],
  CV: ['Cape Verdean'],
  AE: ['Emiratis'],
};
/** Two-letter codes that are used as names in English news. */
const CODE_NAMES = new Set(['US', 'UK', 'UAE', 'USA', 'DRC', 'PRC', 'ROK']);

const LANGUAGES = ['spa', 'fra', 'deu', 'ita', 'por'];

let cache: { countries: Country[]; byName: Map<string, Country>; byDemonym: Map<string, Country> } | undefined;

function load() {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const data = require('world-countries') as WorldCountry[];
  const countries: Country[] = [];
  for (const c of data) {
    if (!c.independent && !ALSO_STATES.has(c.cca2)) continue;
    const names = new Set<string>([c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca2] ?? [])]);
    for (const s of c.altSpellings) if (s.length > 3 || CODE_NAMES.has(s)) names.add(s);
    for (const lang of LANGUAGES) {
      const t = c.translations?.[lang]?.common;
      if (t) names.add(t);
    }
    const demonyms = new Set<string>(EXTRA_DEMONYMS[c.cca2] ?? []);
    if (c.demonyms?.eng) {
      // ("Bosnian, Herzegovinian": two demonyms in one string)
      for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) for (const one of d.split(/,\s*/)) if (one) demonyms.add(one);
    }
    // the people: "Armenians", "Somalis" ("-ese" and "-ish" have no plural of their own)
    for (const d of [...demonyms]) if (/(an|i)$/.test(d)) demonyms.add(`${d}s`);
    countries.push({ code: c.cca2, name: c.name.common, names: [...names], demonyms: [...demonyms], capitals: c.capital ?? [] });
  }
  // English names win over other-language ones and over demonyms when two countries share a string.
  const byName = new Map<string, Country>();
  for (const c of countries) byName.set(plainKey(c.name), c);
  for (const c of countries) for (const n of c.names) if (!byName.has(plainKey(n))) byName.set(plainKey(n), c);
  const byDemonym = new Map<string, Country>();
  for (const c of countries) for (const d of c.demonyms) if (!byDemonym.has(plainKey(d))) byDemonym.set(plainKey(d), c);
  // a demonym two states share goes to the one the news means by it
  for (const [demonym, code] of Object.entries(SHARED_DEMONYM_OWNER)) {
    const c = countries.find((x) => x.code === code);
    if (c) byDemonym.set(demonym, c);
  }
  cache = { countries, byName, byDemonym };
  return cache;
}

export function countries(): readonly Country[] {
  return load().countries;
}

/** The country a name denotes ("Iraq", "Republic of Iraq", "Irak", "U.S."), if any. */
export function countryByName(name: string): Country | undefined {
  return load().byName.get(plainKey(name.replace(/^the\s+/i, '')));
}

/** The country of a demonym ("Iraqi", "American", "pro-Iranian" is handled by the caller). */
export function countryByDemonym(word: string): Country | undefined {
  return load().byDemonym.get(plainKey(word));
}

/** Demonyms two states share, and the state the news most often means ("Dominican": the Dominican Republic, not Dominica). */
const SHARED_DEMONYM_OWNER: Record<string, string> = { dominican: 'DO', dominicans: 'DO' };

/**
 * Short names two states share ("Congo", "Congolese"): the gazetteer gives one of them; a document
 * that names the other in full ("Democratic Republic of Congo", "DR Congo") means that one.
 */
export const SHARED_SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  congo: ['CG', 'CD'],
  congolese: ['CG', 'CD'],
  'the congo': ['CG', 'CD'],
  dominican: ['DO', 'DM'],
};

export function countryByCode(code: string): Country | undefined {
  return load().countries.find((c) => c.code === code);
}
