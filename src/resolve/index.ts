// Stage 4, resolve: mentions to entities. Keys first (gazetteer countries and organisations, state
// bodies by country, coalitions), then names by a transliteration-aware skeleton, then short forms
// (a surname, "al-Assad") to the full name they abbreviate, in the same document first, then across
// documents when that is unambiguous. Every merge records its rule for --explain.
import { countryByCode, SHARED_SHORT_NAMES } from '../gazetteer/countries.js';
import type { Mention } from '../extract/types.js';
import type { EntityType } from '../ontology.js';
import { BODY_HEADS } from '../extract/body-phrases.js';
import { plainKey, skeletonKey } from '../text/fold.js';
import type { Entity, MergeStep, ResolveResult } from './types.js';

export type { Entity, MergeStep, ResolveResult } from './types.js';

interface Group {
  key: string;
  mentions: Mention[];
  steps: MergeStep[];
}

const GENERIC_BODIES = new Set(BODY_HEADS);
/** Names every state's body may have: "the Ministry of Defence", "the Constitutional Council". */
const GENERIC_BODY_NAME = /^((ministry|department|minister) of (defen[cs]e|foreign affairs|the interior|interior|internal affairs|justice|finance|health|information|territorial administration|home affairs)|constitutional (council|court)|national assembly|council of ministers|electoral commission|national electoral commission|national police|federal police|state police|national guard|supreme court|high court|senate|parliament|congress|presidency|attorney general's office|prosecutor general's office|central bank)$/;

const lastWord = (s: string) => skeletonKey(s).split(' ').filter((w) => !/^(jr|sr|ii|iii)$/.test(w)).pop() ?? '';

export interface ResolveOptions {
  /** Record for each entity the mentions merged and the rule that merged them (Entity.merges), for --explain. */
  explain: boolean;
}

/** Resolves mentions to entities. Deterministic: the same mentions give the same entities. */
export function resolve(input: readonly Mention[], options: Partial<ResolveOptions> = {}): ResolveResult {
  let mentions = input;
  const explain = options.explain ?? true;
  const groups = new Map<string, Group>();
  const groupOf = new Map<string, Group>();
  const add = (key: string, m: Mention, rule: string, score = 1) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, mentions: [], steps: [] }));
    groupOf.set(m.id, g);
    g.mentions.push(m);
    if (explain) g.steps.push({ mention: m.id, text: m.text, doc: m.doc, rule, score });
  };
  const byId = new Map(mentions.map((m) => [m.id, m]));

  // 1. keys and full names
  const shortForms: Mention[] = [];
  const bareBodies: Mention[] = [];
  // the coalition of a document is the one it names with its leader ("US-led"), else the corpus's only one
  const ledIn = new Map<string, Set<string>>();
  for (const m of mentions) if (m.key?.startsWith('coalition:')) ledIn.set(m.doc, new Set([...(ledIn.get(m.doc) ?? []), m.key]));
  const allLed = new Set([...ledIn.values()].flatMap((s) => [...s]));
  const coalitionKey = (m: Mention) => {
    const inDoc = ledIn.get(m.doc);
    if (inDoc?.size === 1) return [...inDoc][0]!;
    if (!inDoc && allLed.size === 1) return [...allLed][0]!;
    return 'coalition';
  };
  const docCountries = new Map<string, Set<string>>();
  const countryCounts = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (!m.key?.startsWith('country:')) continue;
    const code = m.key.slice(8);
    docCountries.set(m.doc, new Set([...(docCountries.get(m.doc) ?? []), code]));
    const counts = countryCounts.get(m.doc) ?? new Map<string, number>();
    countryCounts.set(m.doc, counts.set(code, (counts.get(code) ?? 0) + 1));
  }
  // "Congo" in a document that names the Democratic Republic of Congo in full is that state
  const namedInFull = new Map<string, Set<string>>();
  for (const m of mentions) if (m.key?.startsWith('country:') && !SHARED_SHORT_NAMES[m.text.toLowerCase()]) namedInFull.set(m.doc, new Set([...(namedInFull.get(m.doc) ?? []), m.key.slice(8)]));
  const sharedShort = (m: Mention): Mention => {
    const options = m.key?.startsWith('country:') ? SHARED_SHORT_NAMES[m.text.toLowerCase()] : undefined;
    const meant = options?.filter((code) => namedInFull.get(m.doc)?.has(code));
    if (!meant || meant.length !== 1 || m.key === `country:${meant[0]}`) return m;
    const country = countryByCode(meant[0]!)!;
    return { ...m, key: `country:${country.code}`, canonical: country.name, country: country.code, rule: `${m.rule}+named-in-full` };
  };
  mentions = mentions.map(sharedShort);
  const acronymUses: Mention[] = [];
  for (const m of mentions) {
    if (m.aliasOf && !m.key) continue; // joins its long form below
    if (m.rule === 'acronym-use') {
      acronymUses.push(m);
      continue;
    }
    if (m.key === 'coalition') add(coalitionKey(m), m, 'coalition-of-document');
    else if (m.key?.startsWith('body::')) bareBodies.push(m);
    else if (/^(gazetteer:(city|province)|context:.*)$/.test(m.rule) && !m.text.includes(' ')) shortForms.push(m); // "Austin" may be Lloyd Austin
    else if (m.key) add(m.key, m, m.rule);
    else if (m.entityType === 'person' && !m.text.includes(' ')) shortForms.push(m);
    else add(`name:${skeletonKey(m.text)}`, m, `name:${m.rule}`);
  }
  // 2. a body named without its country joins the one body of that name with a country
  const bodyKeys = [...groups.keys()].filter((k) => k.startsWith('body:'));
  const isGeneric = (m: Mention) => {
    const bare = m.text.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '');
    return GENERIC_BODIES.has(bare) || GENERIC_BODY_NAME.test(bare);
  };
  const genericKeys = new Set(bareBodies.filter(isGeneric).map((m) => `${m.doc}\t${m.key}`));
  for (const m of bareBodies) {
    const suffix = m.key!.slice('body::'.length);
    // only a body of a state the document names: "the Foreign Ministry" of one article is not another's
    const named = (k: string) => docCountries.get(m.doc)?.has(k.split(':')[1]!) ?? false;
    let withCountry = bodyKeys.filter((k) => k.endsWith(`:${suffix}`) && named(k));
    // "Joint Operations" for "joint operations command": the words of a longer body name, in order
    if (withCountry.length === 0) withCountry = bodyKeys.filter((k) => k.split(':')[2]!.startsWith(`${suffix} `) && named(k));
    // ...unless the document is about another state, named more often: "the Defence Ministry" of a story
    // from Tripoli that also names "the Russian Defence Ministry" is Libya's
    // (a body every state has, not one named by its own name: "the Quds Force" is still Iran's)
    // (a mention with the key of a generic one in its document, "it" of "The National Police said it", goes with it)
    const generic = isGeneric(m) || genericKeys.has(`${m.doc}\t${m.key}`);
    if (withCountry.length === 1 && generic) {
      const counts = countryCounts.get(m.doc)!;
      const [main, most] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      const code = withCountry[0]!.split(':')[1]!;
      if (main !== code && most > counts.get(code)! && (counts.size === 1 || [...counts.values()].filter((n) => n === most).length === 1)) {
        add(`body:${main}:${suffix}`, { ...m, country: main }, 'body-of-main-state');
        continue;
      }
    }
    // "The Ministry of Defence confirmed" in a story about one state, which names no ministry of its own
    // anywhere in the corpus: that state's (a story that names several states alike decides nothing)
    // (its acronym and other spellings with the same key go with it: "MINAT", "SC")
    if (withCountry.length === 0 && (generic || genericKeys.has(`${m.doc}\t${m.key}`))) {
      const counts = countryCounts.get(m.doc);
      const ranked = counts ? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) : [];
      const [main, most] = ranked[0] ?? ['', 0];
      if (main && most >= 2 && most >= 2 * (ranked[1]?.[1] ?? 0)) {
        add(`body:${main}:${suffix}`, { ...m, country: main }, 'body-of-main-state');
        continue;
      }
    }
    add(withCountry.length === 1 ? withCountry[0]! : m.key!, m, withCountry.length === 1 ? 'body-without-country' : m.rule);
  }
  // 2b. a name without its middle names ("Khawaja Asif" of "Khawaja Muhammad Asif"): the same document only
  const fullNames = [...groups.values()].filter((g) => g.key.startsWith('name:') && g.mentions.every((m) => m.entityType === 'person'));
  const byEnds = new Map<string, Group[]>();
  for (const o of fullNames) {
    const ws = o.key.slice(5).split(' ');
    if (ws.length < 3) continue;
    const ends = `${ws[0]} ${ws[ws.length - 1]}`;
    const list = byEnds.get(ends);
    if (list) list.push(o);
    else byEnds.set(ends, [o]);
  }
  // (only two-word groups are deleted here, and only fuller names are picked: every group looked up is still there)
  for (const g of fullNames) {
    const words = g.key.slice(5).split(' ');
    if (words.length !== 2) continue;
    const docs = new Set(g.mentions.map((m) => m.doc));
    const fuller = (byEnds.get(words.join(' ')) ?? []).filter((o) => o.mentions.some((m) => docs.has(m.doc)));
    if (fuller.length !== 1) continue;
    for (const m of g.mentions) add(fuller[0]!.key, m, 'name-without-middle');
    groups.delete(g.key);
  }
  // 2c. a unit named by its number without a word of its name ("444th Brigade" of "444th Combat Brigade"):
  // the same document only, and only when one such unit fits
  // (named units are name: groups; those typed state bodies by their number are body:: groups)
  const unitWords = (g: Group) => g.key.replace(/^(name:|body::)/, '').split(' ');
  const units = [...groups.values()].filter((g) => /^(name:|body::)\d+\p{L}{1,2} /u.test(g.key) && g.mentions.every((m) => m.entityType !== 'person'));
  const byNumber = new Map<string, Group[]>();
  for (const g of units) {
    const ws = unitWords(g);
    const k = `${ws[0]} ${ws[ws.length - 1]}`;
    byNumber.set(k, [...(byNumber.get(k) ?? []), g]);
  }
  for (const g of units) {
    const ws = unitWords(g);
    if (ws.length !== 2) continue;
    const docs = new Set(g.mentions.map((m) => m.doc));
    // (a unit named so in one document only: "3rd Division" of two stories may be two divisions)
    if (docs.size !== 1) continue;
    const fuller = (byNumber.get(ws.join(' ')) ?? []).filter((o) => o !== g && unitWords(o).length > 2 && o.mentions.some((m) => docs.has(m.doc)));
    if (fuller.length !== 1) continue;
    for (const m of g.mentions) add(fuller[0]!.key, m, 'unit-by-number');
    groups.delete(g.key);
  }
  // 3. short forms: the surname of a person named in full, in the same document, else in the corpus
  // (not a name that is a person's only by its shape where the context types the same words otherwise:
  // "the people of Souq al-Jumaa" is no person whose surname "Djouma" of another story could be)
  const personByName = (g: Group) => g.mentions.some((m) => m.entityType === 'person' && m.text.includes(' ') && !(m.rule === 'name-shape' && g.mentions.some((x) => x.entityType !== 'person' && x.text === m.text)));
  const persons = [...groups.values()].filter(personByName);
  const surnameIndex = new Map<string, Group[]>();
  for (const g of persons) {
    const last = lastWord(g.mentions.find((m) => m.text.includes(' '))!.text);
    surnameIndex.set(last, [...(surnameIndex.get(last) ?? []), g]);
  }
  // the given names of people named in full, for names used the Ethiopian, Eritrean or Indonesian way
  // ("Getachew" for Getachew Reda, "Prabowo" for Prabowo Subianto)
  const givenIndex = new Map<string, Group[]>();
  for (const g of persons) {
    const first = skeletonKey(g.mentions.find((m) => m.text.includes(' '))!.text).split(' ')[0]!;
    givenIndex.set(first, [...(givenIndex.get(first) ?? []), g]);
  }
  const untitledUses = new Map<string, number>();
  for (const m of shortForms) if (!m.roles.length) untitledUses.set(`${m.doc}\t${skeletonKey(m.text)}`, (untitledUses.get(`${m.doc}\t${skeletonKey(m.text)}`) ?? 0) + 1);
  for (const m of shortForms) {
    let cands = surnameIndex.get(lastWord(m.text)) ?? [];
    // (only where no one of the document has it as a surname and one person of the document as a given name)
    // (and the name used so at least twice without a title: not "King Charles" for Charles Michel, not a
    // boy called Mohammed once in a story about Mohammed Deif)
    if (m.entityType === 'person' && !m.roles.length && (untitledUses.get(`${m.doc}\t${skeletonKey(m.text)}`) ?? 0) >= 2 && !cands.some((g) => g.mentions.some((x) => x.doc === m.doc))) {
      const given = (givenIndex.get(skeletonKey(m.text)) ?? []).filter((g) => g.mentions.some((x) => x.doc === m.doc));
      if (given.length === 1) cands = given;
    }
    const sameDoc = cands.filter((g) => g.mentions.some((x) => x.doc === m.doc));
    // (two people of one surname in a document: the surname alone is the one the story named first, its
    // main actor, as a reporter writes "Traore" for the junta's captain of the lede and names the minister
    // of that surname in full)
    // (across stories an untitled surname only as the full name spells it: "Barak" of a Kyrgyz story is no
    // Tom Barrack; "President Barak" may be a spelling of his)
    const surnameOf = (text: string) => plainKey(text).split(' ').filter((w) => !/^(jr|sr|ii|iii)\.?$/.test(w)).pop();
    const spelledSo = (g: Group) => m.roles.length > 0 || g.mentions.some((x) => x.text.includes(' ') && surnameOf(x.text) === plainKey(m.text));
    const pick = sameDoc.length === 1 ? sameDoc[0] : sameDoc.length === 0 && cands.length === 1 && spelledSo(cands[0]!) ? cands[0] : sameDoc.length > 1 ? namedFirstBefore(sameDoc, m) : undefined;
    // "Catatumbo" alone after "the Catatumbo region" in the same document: that place (or group), not a person
    // (also over a person of another story: "in northern Luzon" and "the island of Luzon" are not Alvin Luzon)
    const named = groups.get(`name:${skeletonKey(m.text)}`);
    const namedHere = (!pick || !sameDoc.length) && named && named.mentions.some((x) => x.doc === m.doc && x.entityType !== 'person') ? named : undefined;
    if (pick && (m.entityType === 'person' || sameDoc.length) && !(namedHere && !sameDoc.length)) add(pick.key, m, sameDoc.length ? 'surname-in-document' : 'surname-in-corpus');
    else if (namedHere) add(namedHere.key, { ...m, entityType: majority(namedHere.mentions.map((x) => x.entityType))! }, 'name-in-document');
    else if (m.key) add(m.key, m, m.rule);
    else if (!m.shortForm || m.entityType === 'place') add(`name:${skeletonKey(m.text)}`, m, `name:${m.rule}`);
    // a bare capitalised word with no evidence and no full name: not an entity
  }
  // 3b. a shorter name that ends a longer one ("Ag Ghali" of "Iyad Ag Ghaly"): same document first
  const personGroups = [...groups.values()].filter((g) => g.key.startsWith('name:') && g.mentions.every((m) => m.entityType === 'person'));
  // every proper word-suffix of a longer name points at the names it ends: linear, not all pairs
  const endsOf = new Map<string, Group[]>();
  for (const o of personGroups) {
    const ws = o.key.slice(5).split(' ');
    for (let k = 1; k < ws.length - 1; k++) {
      const suffix = ws.slice(k).join(' ');
      const list = endsOf.get(suffix);
      if (list) list.push(o);
      else endsOf.set(suffix, [o]);
    }
  }
  for (const g of personGroups) {
    const words = g.key.slice(5).split(' ');
    if (words.length < 2) continue;
    const longer = (endsOf.get(words.join(' ')) ?? []).filter((o) => o !== g && groups.has(o.key));
    const docs = new Set(g.mentions.map((m) => m.doc));
    const sameDoc = longer.filter((o) => o.mentions.some((m) => docs.has(m.doc)));
    const pick = sameDoc.length === 1 ? sameDoc[0] : sameDoc.length === 0 && longer.length === 1 ? longer[0] : undefined;
    if (!pick) continue;
    for (const m of g.mentions) add(pick.key, m, 'end-of-longer-name');
    groups.delete(g.key);
  }
  // 3c. a group's name without its first words ("the Defence Army" of "the Artsakh Defence Army"): the
  // same document only, and only when one longer name there ends so
  const isGroup = (g: Group) => g.key.startsWith('name:') && g.mentions.every((m) => m.entityType === 'militia' || m.entityType === 'government' || m.entityType === 'organization');
  const groupEnds = new Map<string, Group[]>();
  for (const o of groups.values()) {
    if (!isGroup(o)) continue;
    const ws = o.key.slice(5).split(' ');
    for (let k = 1; k < ws.length - 1; k++) groupEnds.set(ws.slice(k).join(' '), [...(groupEnds.get(ws.slice(k).join(' ')) ?? []), o]);
  }
  for (const g of [...groups.values()]) {
    if (!isGroup(g) || g.key.slice(5).split(' ').length < 2) continue;
    const docs = new Set(g.mentions.map((m) => m.doc));
    if (docs.size !== 1) continue;
    const longer = (groupEnds.get(g.key.slice(5)) ?? []).filter((o) => o !== g && groups.has(o.key) && o.mentions.some((m) => docs.has(m.doc)));
    if (longer.length !== 1) continue;
    for (const m of g.mentions) add(longer[0]!.key, { ...m, entityType: longer[0]!.mentions[0]!.entityType }, 'end-of-longer-group-name');
    groups.delete(g.key);
  }
  /**
   * Moves every group `accept` takes whose mentions all name, in their documents, one group of `index`
   * (keyed by document and name key) into that group; `retype` gives them that group's type.
   */
  const joinByNameInDocument = (index: ReadonlyMap<string, Group>, accept: (g: Group) => boolean, rule: string, retype: boolean) => {
    if (!index.size) return;
    for (const g of [...groups.values()]) {
      if (!accept(g)) continue;
      const targets = new Set(g.mentions.map((m) => index.get(`${m.doc}\u0000${skeletonKey(m.text)}`)));
      const target = targets.size === 1 ? [...targets][0] : undefined;
      if (!target || target === g || !groups.has(target.key)) continue;
      for (const m of g.mentions) add(target.key, retype ? { ...m, entityType: target.mentions[0]!.entityType } : m, rule);
      groups.delete(g.key);
    }
  };
  // 3d. "Ta Muen Thom" after "the Ta Muen Thom temple" in the same document: a name with the shape of a
  // person's is the place named with its head noun
  const placesByStem = new Map<string, Group>();
  for (const g of groups.values()) {
    for (const m of g.mentions) {
      // (and a ship named without its prefix: "the Sierra Madre" of "BRP Sierra Madre")
      const stem = m.entityType === 'place' && /^head:/.test(m.rule) ? /^(.*\S)\s+\p{Ll}+$/u.exec(m.text.replace(/^the\s+/i, ''))?.[1] : /^ship:/.test(m.rule) ? m.text.replace(/^\S+\s+/, '') : undefined;
      if (stem) placesByStem.set(`${m.doc}\u0000${skeletonKey(stem)}`, g);
    }
  }
  // (a person only by shape, or a place only by context: "retook Tocorón" and "Tocorón prison")
  joinByNameInDocument(placesByStem, (g) => g.key.startsWith('name:') && g.mentions.every((m) => (m.entityType === 'person' && (m.rule === 'name-shape' || m.rule === 'short-form')) || (m.entityType === 'place' && m.rule.startsWith('context:'))), 'name-of-place-with-head', true);
  // 4. acronyms defined in parentheses join their long form
  for (const m of mentions) {
    if (!m.aliasOf || m.key) continue;
    const long = byId.get(m.aliasOf);
    const g = long && groupOf.get(long.id);
    if (g) add(g.key, m, m.anaphor ? 'anaphor' : 'acronym');
  }

  // 4c. a name the text gives as another name ("alias X", 'Ismael "El Mayo" Zambada', "known as X") is
  // that entity wherever the same document uses it alone
  const givenAs = new Map<string, Group>();
  for (const m of mentions) {
    if (!m.aliasOf || m.rule === 'acronym' || m.anaphor) continue;
    const g = groupOf.get(m.id);
    if (g) givenAs.set(`${m.doc}\u0000${skeletonKey(m.text)}`, g);
  }
  joinByNameInDocument(givenAs, (g) => !g.mentions.some((m) => m.aliasOf) && !g.key.startsWith('country:'), 'name-given-in-document', false);
  // 4b. an acronym used alone joins what a parenthesis defined it as, in this document or another
  const defined = new Map<string, Group>();
  const definedAs = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.rule !== 'acronym' || !groupOf.get(m.id)) continue;
    defined.set(m.text, groupOf.get(m.id)!);
    definedAs.set(m.text, m.entityType);
  }
  for (const m of acronymUses) {
    const g = defined.get(m.text);
    // the acronym takes the type of what it was defined as: its own guess ("organization") does not vote
    if (g) add(g.key, { ...m, entityType: definedAs.get(m.text)! }, 'acronym-defined-earlier');
  }

  // 5. entities
  const entities: Entity[] = [];
  const assignment: Record<string, string> = {};
  const usedIds = new Set<string>();
  const sorted = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const groupOfEntity = new Map<string, Group>();
  for (const g of sorted) {
    const entity = toEntity(g, usedIds);
    groupOfEntity.set(entity.id, g);
    entities.push(entity);
    for (const m of g.mentions) assignment[m.id] = entity.id;
  }
  // bodies point at their state
  const byCountry = new Map(entities.filter((e) => e.countryCode).map((e) => [e.countryCode!, e.id]));
  for (const e of entities) {
    if (e.countryCode || e.entityType === 'person') continue;
    const g = groupOfEntity.get(e.id)!;
    const code = majority(g.mentions.map((m) => m.country).filter((c): c is string => !!c));
    if (code && byCountry.has(code)) e.partOf = byCountry.get(code);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, assignment };
}

/**
 * A body's own name after its state's possessive: "Azerbaijan's Baku Military Court" -> "Baku Military
 * Court". Not a generic body ("Ukraine's Foreign Ministry" needs its state) and not a single word.
 */
function ownName(text: string): string | undefined {
  const m = /^(?:the\s+)?\p{Lu}[\p{L}.’' -]*?['’]s\s+(\p{Lu}.*)$/u.exec(text);
  // (not a name every state's body may have: "Madagascar's National Assembly" is no "National Assembly" of any other)
  if (!m || !/\s/.test(m[1]!) || GENERIC_BODIES.has(m[1]!.toLowerCase()) || GENERIC_BODY_NAME.test(m[1]!.toLowerCase())) return undefined;
  return m[1];
}

/**
 * The type most mentions give; between as many votes for an armed group as for an organisation, the
 * armed group ("Los Lobos, the group" and "22 gangs, among them Los Lobos"): what makes a group armed is
 * the more specific evidence.
 */
function typeMajority(types: EntityType[]): EntityType {
  const best = majority(types)!;
  if (best !== 'organization') return best;
  const count = (t: EntityType) => types.filter((x) => x === t).length;
  return count('militia') === count('organization') ? 'militia' : best;
}

function majority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

export function slug(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

/** The label: the gazetteer's name, else the fullest spelling (not one given as another name), the most frequent among the fullest. */
function pickLabel(g: Group): string {
  const canonical = g.mentions.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  // another name given in the text ("also known as", a nom de guerre) is an alias, not the label
  const spelled = g.mentions.filter((m) => !m.adjectival && m.rule !== 'acronym' && !m.aliasOf);
  const pool = spelled.length ? spelled : g.mentions;
  const counts = new Map<string, number>();
  for (const m of pool) {
    const own = ownName(m.text);
    counts.set(own ?? m.text, (counts.get(own ?? m.text) ?? 0) + 1);
  }
  const words = (s: string) => s.split(/\s+/).length;
  const possessive = (s: string) => (/['’]s\b/.test(s) ? 1 : 0) + (/^[^\p{Ll}]+$/u.test(s) && s.length > 3 ? 1 : 0);
  // support: mentions whose words all stand in the spelling ("al-Assad" supports "Bashar al-Assad")
  const support = new Map<string, number>();
  for (const cand of counts.keys()) {
    const ws = new Set(cand.split(/\s+/));
    support.set(cand, g.mentions.filter((m) => m.text.split(/\s+/).every((w) => ws.has(w))).length);
  }
  return [...counts.entries()].sort((a, b) => possessive(a[0]) - possessive(b[0]) || words(b[0]) - words(a[0]) || support.get(b[0])! - support.get(a[0])! || (a[0] < b[0] ? -1 : 1))[0]![0]
    .replace(/^the\s+/i, '');
}

/**
 * Of groups of people named in `m`'s document, the one the lede names in full (its first three
 * sentences) while every other is named first further down (from the fifth sentence), if that is
 * before `m`; none where the story introduces two of them together.
 */
function namedFirstBefore(groups: readonly Group[], m: Mention): Group | undefined {
  const firstSentence = (g: Group) => Math.min(...g.mentions.filter((x) => x.doc === m.doc && x.text.includes(' ')).map((x) => x.sentence));
  const ranked = groups.map((g) => ({ g, at: firstSentence(g) })).sort((a, b) => a.at - b.at);
  const [first, second] = ranked;
  if (!first || !second || first.at > 2 || second.at < 4 || first.at > m.sentence) return undefined;
  return first.g.mentions.some((x) => x.doc === m.doc && x.text.includes(' ') && x.end <= m.start) ? first.g : undefined;
}

function toEntity(g: Group, usedIds: Set<string>): Entity {
  const label = pickLabel(g);
  // a person named in full decides over the surnames that joined it ("Zelensky" is also a district),
  // unless the full name is a person by its shape only and the same words are typed otherwise where the
  // context says what they are ("the district of Souq al-Jumaa" and "the people of Souq al-Jumaa")
  const shapeOnly = (m: Mention) => (m.entityType === 'person' && (m.rule === 'name-shape' || m.rule === 'short-form')) || m.rule === 'shape:article-name';
  const otherwise = new Set(g.mentions.filter((x) => x.entityType !== 'person').map((x) => x.text));
  const typedOtherwise = (m: Mention) => otherwise.has(m.text);
  const fullPerson = g.key.startsWith('name:') && g.mentions.some((m) => m.entityType === 'person' && m.text.includes(' ') && !(shapeOnly(m) && typedOtherwise(m)));
  // ("the group" repeating a name says nothing of what kind of group it is)
  const informative = g.mentions.filter((m) => !shapeOnly(m) && !(m.anaphor && /\bgroup$/i.test(m.text)));
  const entityType: EntityType = g.mentions.find((m) => m.key && m.canonical)?.entityType ?? (fullPerson ? 'person' : typeMajority((informative.length ? informative : g.mentions).map((m) => m.entityType)));
  let id = slug(label);
  for (let n = 2; usedIds.has(id); n++) id = `${slug(label)}-${n}`;
  usedIds.add(id);
  const spellings = g.mentions.filter((m) => !m.adjectival && !m.anaphor).flatMap((m) => [m.text, ...(m.written ? [m.written] : [])].map((t) => t.replace(/^the\s+/i, '')));
  // "Azerbaijan's Baku Military Court" is also spelled "Baku Military Court"
  const aliases = [...new Set([label, ...spellings, ...spellings.map(ownName).filter((n): n is string => !!n)])].sort();
  const docs = [...new Set(g.mentions.map((m) => m.doc))].sort();
  // roles: honorifics are no roles, and one role written in two cases is one role
  const roleByKey = new Map<string, string>();
  if (entityType === 'person') {
    for (const r of g.mentions.flatMap((m) => m.roles)) {
      const k = r.toLowerCase().replace(/\.$/, '');
      if (/^(mr|mrs|ms|miss|dr|sir|mx)$/.test(k)) continue;
      const prev = roleByKey.get(k);
      if (!prev || (/^\p{Lu}/u.test(r) && !/^\p{Lu}/u.test(prev))) roleByKey.set(k, r);
    }
  }
  const roles = [...roleByKey.values()].sort();
  const countryCode = g.key.startsWith('country:') ? g.key.slice('country:'.length) : undefined;
  return {
    id,
    label: countryCode ? (countryByCode(countryCode)?.name ?? label) : label,
    entityType,
    aliases,
    docs,
    mentions: g.mentions.length,
    roles,
    ...(countryCode ? { countryCode } : {}),
    merges: g.steps,
  };
}
