// Verb and noun frames with the entities as subject and object: attack, strike, shell, bomb, target ->
// attacks; kill, assassinate -> killed; meet, talk, negotiate, agree, sign -> negotiates_with; train,
// advise, assist -> advises; back, support, fund, arm -> backs; deploy, station -> deployed_in; oppose,
// condemn, threaten, fight, demand the withdrawal of -> opposes. A negated or hedged verb ("denied
// attacking", "did not meet", "could strike") gives no claim.
import type { Relation } from '../ontology.js';
import { found, type Found } from './candidate.js';
import { appositionHead } from './modifiers.js';
import { isNonEntityWord } from '../extract/classify.js';
import { span, type Placed, type SentenceView } from './view.js';

const VERBS: Record<string, Relation> = Object.assign(Object.create(null) as Record<string, Relation>, {
  attack: 'attacks', strike: 'attacks', shell: 'attacks', bomb: 'attacks', target: 'attacks', raid: 'attacks',
  ambush: 'attacks', invade: 'attacks', assault: 'attacks', storm: 'attacks', overrun: 'attacks', seize: 'attacks',
  conquer: 'attacks', besiege: 'attacks', shoot: 'attacks', fire: 'attacks', hit: 'attacks', launch: 'attacks',
  capture: 'attacks', recapture: 'attacks', retake: 'attacks', bombard: 'attacks',
  burn: 'attacks', torch: 'attacks', loot: 'attacks', raze: 'attacks', pillage: 'attacks', ransack: 'attacks',
  kill: 'killed', assassinate: 'killed', murder: 'killed', execute: 'killed', behead: 'killed',
  meet: 'negotiates_with', negotiate: 'negotiates_with', talk: 'negotiates_with', agree: 'negotiates_with',
  sign: 'negotiates_with', discuss: 'negotiates_with', host: 'negotiates_with', mediate: 'negotiates_with',
  train: 'advises', advise: 'advises', assist: 'advises', mentor: 'advises',
  back: 'backs', support: 'backs', ally: 'backs', fund: 'backs', finance: 'backs', arm: 'backs', sponsor: 'backs', supply: 'backs',
  deploy: 'deployed_in', station: 'deployed_in', keep: 'deployed_in', maintain: 'deployed_in', base: 'deployed_in', operate: 'deployed_in',
  oppose: 'opposes', condemn: 'opposes', threaten: 'opposes', fight: 'opposes', confront: 'opposes', tackle: 'opposes',
  oust: 'opposes', impeach: 'opposes', defeat: 'opposes', expel: 'opposes', sanction: 'opposes', accuse: 'opposes', blame: 'opposes',
  resist: 'opposes', combat: 'opposes', reject: 'opposes', denounce: 'opposes', topple: 'opposes', overthrow: 'opposes',
  retaliate: 'opposes',
  depose: 'opposes', rain: 'attacks',
  // "X, who heads the Y", "X leads the Y": a person at the head of a body
  lead: 'leads', head: 'leads', command: 'leads', chair: 'leads', run: 'leads',
  // "Israeli troops had held Khiam", "the Houthis control Sanaa": forces in the place they hold
  control: 'deployed_in', hold: 'deployed_in', occupy: 'deployed_in',
});
/** Verbs of destroying: an attack only on a place or on what people live and pray in. */
const DESTROY = new Set(['burn', 'torch', 'loot', 'raze', 'pillage', 'ransack']);
const DESTROYED = /^(homes?|houses?|villages?|towns?|churches|church|mosques?|schools?|markets?|shops?|buildings?|huts|granaries|crops|fields|vehicles|trucks|lorries|offices?|camps?|hospitals?|clinics?|bases?|posts?|stations?|settlements?|neighbourhoods?|neighborhoods?)$/i;

const isCountryMention = (p: Placed) => !!p.mention.key?.startsWith('country:') && !p.mention.adjectival;

/** Words that say where a group is: "strongest in", "based in", "headquartered in", "active across". */
const PRESENT = /^(strongest|strong|active|present|based|headquartered|entrenched|stationed|garrisoned|dominant)$/i;
/** Verbs of holding a place: their direct object is where the subject's forces are. */
const HOLD = new Set(['control', 'hold', 'occupy']);
/** Verbs of leading: only a person leads by them, and only a body. */
const LEAD = new Set(['lead', 'head', 'command', 'chair', 'run']);

/** Nouns that carry a relation: "talks between X and Y", "the assassination of Y", "attacks on Y". */
const NOUNS: Record<string, Relation> = Object.assign(Object.create(null) as Record<string, Relation>, {
  attack: 'attacks', attacks: 'attacks', strike: 'attacks', strikes: 'attacks', raid: 'attacks', raids: 'attacks',
  invasion: 'attacks', bombing: 'attacks', shelling: 'attacks', offensive: 'attacks', ambush: 'attacks',
  counteroffensive: 'attacks', 'counter-offensive': 'attacks', crackdown: 'opposes',
  assassination: 'killed', killing: 'killed', murder: 'killed',
  talks: 'negotiates_with', negotiations: 'negotiates_with', dialogue: 'negotiates_with', meeting: 'negotiates_with',
  agreement: 'negotiates_with', deal: 'negotiates_with', ceasefire: 'negotiates_with', truce: 'negotiates_with',
  resistance: 'opposes', war: 'opposes', fight: 'opposes', insurgency: 'opposes', campaign: 'opposes',
  fighting: 'opposes', clashes: 'opposes', battle: 'opposes', battles: 'opposes', conflict: 'opposes', struggle: 'opposes', rivalry: 'opposes', hostilities: 'opposes', feud: 'opposes',
  sanctions: 'opposes', withdrawal: 'opposes', expulsion: 'opposes', departure: 'opposes', pullout: 'opposes',
  assistance: 'advises', training: 'advises', advice: 'advises',
  mission: 'deployed_in', presence: 'deployed_in', deployment: 'deployed_in', operations: 'deployed_in',
});

/** What an attack may hit, written as a country word and a noun: "two US bases", "American interests". */
const TARGET_NOUNS = /^(bases|base|embassy|interests|facilities|convoy|convoys|positions|installations|troops|forces|soldiers|targets|sites|fighters|vessels|ships|warships|negotiators|delegation|delegates|representatives|envoys|diplomats|posts|outposts|checkpoints?|barracks|headquarters|camps?|patrols?|hideouts|strongholds|depots|units)$/i;

const NEGATION = new Set(['not', "n't", 'never', 'no', 'denied', 'deny', 'denies', 'without', 'refused', 'failed', 'failing', 'unlikely']);
const HEDGE = new Set(['could', 'might', 'may', 'if', 'whether', 'unless']);
const CLAUSE = new Set([';', ':', '“', '”', '"', '(', ')', '.', '?', '!']);
const PREP_OBJECT = new Set(['on', 'against', 'at', 'with', 'in', 'to', 'into', 'across', 'inside', 'from']);
const TROOPS = /^(forces|troops|soldiers|military|personnel|officials|government|army|militias?|fighters|rebels|insurgents|militants|gunmen|jihadists|peacekeepers|units|gangs?|cartel|members|leaders?|side|authorities|drones?|jets|warplanes|aircraft|missiles?|warships|ships|vessels|navy|negotiators|delegation|diplomats)$/i;

/** Is token `k` the end of a hyphenated word ("backed" in "US-backed")? Then it is no verb of the sentence. */
const hyphenated = (v: SentenceView, k: number) => !v.tokens[k]!.spaceBefore && v.tokens[k - 1]?.text === '-' && !v.tokens[k - 1]!.spaceBefore;

/** Attacks that stand for their maker: "Israeli strikes killed", "Turkish drone strikes". */
const STRIKES = /^(strikes|airstrikes|raids|shelling|bombardment|drones?|jets|missiles|fire|gunfire|artillery|rockets|warplanes|bombers|aircraft)$/i;

/** An entity that can act: a named entity, or a country word followed by forces/officials. */
function actor(v: SentenceView, p: Placed): boolean {
  if (!p.mention.adjectival || p.mention.modifier) return !p.mention.modifier;
  const next = v.tokens[p.last + 1];
  // "Turkish drone strikes killed", "Israeli air strikes hit", "the X gang coalition": a compound noun before the head
  const compound = next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (STRIKES.test(v.tokens[p.last + 2]?.text ?? '') || TROOPS.test(v.tokens[p.last + 2]?.text ?? ''));
  return TROOPS.test(next?.text ?? '') || STRIKES.test(next?.text ?? '') || !!compound || p.mention.rule === 'metonymy:capital';
}

function negated(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = v.tokens[k]!.text.toLowerCase();
    if (/^[,;:.“”"]$/.test(w)) break;
    if (NEGATION.has(w) || HEDGE.has(w)) return true;
  }
  return false;
}

const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'to', 'on', 'against', 'with', 'for', 'into', 'about', 'over', 'by', 'between', 'after', 'before']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** The subject: the nearest acting entity before `i`, not inside a prepositional phrase. */
function subjectBefore(v: SentenceView, i: number): Placed | undefined {
  // "accused militias of attacking Y": the subject of the gerund is the one accused, not the sentence's
  if (/ing$/i.test(v.tokens[i]?.text ?? '') && PREPOSITIONS.has(v.tokens[i - 1]?.text.toLowerCase() ?? '')) {
    const accused = v.placed.find((p) => p.last === i - 2 && actor(v, p));
    // "X said after meeting Y": the subject of the clause the time phrase belongs to
    if (!accused && /^(after|before|during|since)$/i.test(v.tokens[i - 1]!.text)) return mainSubject(v, i - 1);
    return accused;
  }
  // "since he toppled": he or she is the nearest person before; "it", "they" are left alone
  let q = i - 1;
  while (q > 0 && (v.tokens[q]!.pos === 'AUX' || v.tokens[q]!.pos === 'ADV' || v.tokens[q]!.pos === 'PART')) q--;
  const pronoun = v.tokens[q]?.text.toLowerCase();
  // a pronoun extract resolved ("He met", "it said") is a mention of its entity
  const repeated = v.placed.find((p) => p.first === q && p.last === q && p.mention.anaphor);
  if (repeated) return repeated;
  if (pronoun === 'he' || pronoun === 'she') return v.placed.filter((p) => p.entityType === 'person' && p.last < q).sort((a, b) => b.last - a.last)[0];
  if (pronoun && /^(it|they|we|i|you|which|that|who)$/.test(pronoun) && !(pronoun === 'which' || pronoun === 'who')) return undefined;
  // "X, which has governed since Y resigned, met Z": the subject stands before the relative clause
  if (v.tokens[q]?.text === ',' || v.tokens[i - 1]?.text === ',') {
    const close = v.tokens[q]?.text === ',' ? q : i - 1;
    let open = close - 1;
    while (open > 0 && !/^[,;:.()“”"]$/.test(v.tokens[open]!.text)) open--;
    // "the 111th Brigade, another force loyal to X, stormed": the name the apposition describes
    if (v.tokens[open]?.text === ',' && /^(a|an|another|the|one)$/i.test(v.tokens[open + 1]?.text ?? '') && !v.tokens.slice(open + 1, close).some((t) => t.pos === 'VERB' && !/(ed|en)$/.test(t.text))) {
      const described = v.placed.filter((p) => p.last === open - 1 && actor(v, p)).sort((a, b) => a.first - b.first)[0];
      if (described) return described;
    }
    if (v.tokens[open]?.text === ',' && /^(which|who)$/i.test(v.tokens[open + 1]?.text ?? '')) {
      // the head of the phrase before it: "The US-led coalition against Islamic State, which ..."
      const before = phraseHeadBefore(v, open);
      if (before && actor(v, before)) return before;
    }
  }
  // "the Islamic State, which has conquered": the subject of a relative clause is the name before it
  let r = i - 1;
  while (r > 0 && (v.tokens[r]!.pos === 'AUX' || v.tokens[r]!.pos === 'ADV')) r--;
  if (/^(which|who)$/i.test(v.tokens[r]?.text ?? '') && v.tokens[r - 1]?.text === ',') {
    // (across an acronym in parentheses: "the Multinational Joint Task Force (MNJTF), which")
    const end = v.tokens[r - 2]?.text === ')' && v.tokens[r - 4]?.text === '(' ? r - 3 : r - 2;
    return v.placed.filter((p) => p.last === end && actor(v, p)).sort((a, b) => a.first - b.first)[0];
  }
  // "Berri, a close Hezbollah ally who leads the Amal movement": "who" is the person named before, in this clause
  if (/^who$/i.test(v.tokens[r]?.text ?? '')) {
    const person = v.placed.filter((p) => p.entityType === 'person' && p.last < r && r - p.last <= 12).sort((a, b) => b.last - a.last)[0];
    if (person && !v.tokens.slice(person.last + 1, r).some((t) => CLAUSE.has(t.text) || t.pos === 'VERB')) return person;
  }
  const cands = v.placed.filter((p) => p.last < i && i - p.last <= 32 && actor(v, p)).sort((a, b) => b.last - a.last || a.first - b.first);
  for (const p of cands) {
    if (i - p.last > 14 && v.tokens[p.last + 1]?.text !== ',') continue; // far only across an apposition
    // "The European Union (EU) is preparing": the parenthesis closes the acronym, not a clause
    const between = v.tokens.slice(p.last + 1 + (v.tokens[p.first - 1]?.text === '(' && v.tokens[p.last + 1]?.text === ')' ? 1 : 0), i);
    if (between.some((t) => CLAUSE.has(t.text) && !(t.text === '“' && v.tokens[i - 1]?.text === '“') && t.text !== '“')) return undefined;
    // commas only around an apposition right after the subject: "X, a militia group, said"
    const commas = between.map((t, k) => (t.text === ',' ? k : -1)).filter((k) => k >= 0);
    const verbBetween = between.some((t) => t.pos === 'VERB' && t !== between[between.length - 1]);
    if (commas.length && !(commas.length === 2 && commas[0] === 0) && !(commas.length === 1 && commas[0] === 0 && !verbBetween)) return undefined;
    const prev = v.tokens[p.first - 1]?.text.toLowerCase() ?? '';
    // "M23 took Goma after days of fighting with": a place that is a verb's object is not the subject
    const det = v.tokens[p.first - 1]?.pos === 'DET' ? 1 : 0;
    if (p.entityType === 'place' && v.tokens[p.first - 1 - det]?.pos === 'VERB' && p.first - 1 - det > 0) continue;
    // "the head of X said": the head speaks for X
    const speaksFor = (prev === 'of' || prev === 'for') && /^(head|leader|chief|spokesman|spokeswoman|spokesperson|commander|commanders|leaders|members|fighters)$/i.test(v.tokens[p.first - 2]?.text ?? '');
    if (PREPOSITIONS.has(prev) && !speaksFor) continue;
    // a name that modifies a noun is not the subject ("a U.S. departure and have attacked")
    const next = v.tokens[p.last + 1];
    if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !TROOPS.test(next.text) && !STRIKES.test(next.text) && !STRIKES.test(v.tokens[p.last + 2]?.text ?? '')) return undefined;
    // a larger mention that contains this one is the subject ("US military", not "US")
    const outer = v.placed.find((q) => q !== p && q.first <= p.first && q.last >= p.last && q.last - q.first > p.last - p.first && actor(v, q));
    return outer ?? p;
  }
  return undefined;
}

/** Verbs that report speech: their subject speaks of an attack, it does not make it. */
const REPORTING = /^(say|state|add|announce|claim|warn|insist|confirm|tell|argue|believe|predict|fear|expect|note|write)$/;

/**
 * The agent of an action noun ("attacks on Y") from the sentence's subject, unless a reporting verb
 * stands between: in "X stated that attacks against Y are probable" X makes no attack.
 */
function agentBefore(v: SentenceView, i: number): Placed | undefined {
  const subject = subjectBefore(v, i);
  if (!subject) return undefined;
  for (let k = subject.last + 1; k < i; k++) if (v.tokens[k]!.pos === 'VERB' && REPORTING.test(v.tokens[k]!.lemma)) return undefined;
  return subject;
}

/** The head of the noun phrase that starts with `p`: "Iranian Quds Force commander Esmail Qaani" -> the person. */
function npHead(v: SentenceView, p: Placed): Placed {
  let head = p;
  let k = p.last + 1;
  while (k < v.tokens.length) {
    const t = v.tokens[k]!;
    const m = v.placed.filter((q) => q.first === k).sort((a, b) => b.last - a.last)[0];
    if (m) {
      head = m;
      k = m.last + 1;
      continue;
    }
    // (any part of speech: wink calls "militant" an adjective); a people's name stands before it too ("Malian Tuareg militant")
    if ((/^\p{Ll}/u.test(t.text) && ROLE_NOUN.test(t.text)) || TITLE.test(t.text) || (isNonEntityWord(t.text) && /^\p{Lu}/u.test(t.text))) {
      k++;
      continue;
    }
    break;
  }
  return head;
}
const ROLE_NOUN = /^(commander|leader|chief|head|president|minister|spokesman|spokeswoman|spokesperson|official|general|adviser|advisor|militant|cleric|envoy|ambassador|negotiator|counterpart)$/i;
const TITLE = /^(Secretary|General|Secretary-General|President|Prime|Minister|Foreign|Defence|Defense|Chief|Commander|Gen\.|Col\.|Capt\.|Maj\.|Lt\.)$/;

/** Nouns of a place, before "of" and its name: "the town of Khiam". */
const PLACE_NOUN = /^(town|city|village|region|province|district|area|port|capital|county|governorate|enclave|hamlet|municipality|state)$/i;

/** Nouns of number before the object: "struck more than a dozen Houthi targets". */
const QUANTITY = /^(dozen|dozens|score|scores|hundred|hundreds|thousand|thousands)$/i;

/** The object: the first entity after `i`, across at most a few words and prepositions. */
function objectAfter(v: SentenceView, i: number, maxGap = 10, instrument = false): Placed | undefined {
  const cands = v.placed.filter((p) => p.first > i && p.first - i <= maxGap && !p.mention.modifier).sort((a, b) => a.first - b.first || b.last - a.last);
  let p = cands[0];
  if (!p) return undefined;
  // "the southern Lebanese town of Khiam": the place a demonym's place noun names
  if (p.mention.adjectival && PLACE_NOUN.test(v.tokens[p.last + 1]?.text ?? '') && v.tokens[p.last + 2]?.text === 'of') {
    const place = v.placed.filter((q) => q.first === p!.last + 3 && q.entityType === 'place' && !q.mention.adjectival).sort((a, b) => b.last - a.last)[0];
    if (place && place.first - i <= maxGap + 3) p = place;
  }
  // "led by the Malian militant X", "met the US ambassador X": a nationality and a role before a person
  const head = p.mention.adjectival ? npHead(v, p) : p;
  if (head !== p && head.entityType === 'person' && v.tokens.slice(i + 1, p.first).every((t) => t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'ADJ')) return head;
  const between = v.tokens.slice(i + 1, p.first);
  // coordinated verbs and quotes may stand between: "to advise, assist and enable” the Iraqi security forces"
  const onlyVerbs = between.every((t) => t.pos === 'VERB' || t.pos === 'CCONJ' || /^[,“”"]$/.test(t.text) || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'ADJ');
  if (!onlyVerbs && between.some((t, k) => CLAUSE.has(t.text) || t.text === ',' || (t.pos === 'VERB' && !hyphenated(v, i + 1 + k)) || RELATIVE.has(t.text.toLowerCase()))) return undefined;
  // "kept fighting until X agreed": X is the subject of another clause
  if (between.some((t) => t.pos === 'SCONJ' || /^(until|unless|because|while|whereas)$/i.test(t.text))) return undefined;
  if (between.some((t) => RELATIVE.has(t.text.toLowerCase()))) return undefined;
  // a common noun is the object ("condemned the raids as ..."), unless it is a part of the name ("the remnants of X")
  if (!instrument) {
    for (let k = i + 1; k < p.first; k++) {
      const t = v.tokens[k]!;
      // the end of a run of nouns: "the border town of X" reads as "town of X"
      let end = k;
      while (end + 1 < p.first && v.tokens[end + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[end + 1]!.text)) end++;
      const next = v.tokens[end + 1]?.text.toLowerCase();
      // a role before a person: "toppled the elected president X", "killed the Hamas commander X"
      if (p.entityType === 'person' && end === p.first - 1 && ROLE_NOUN.test(v.tokens[end]!.text)) break;
      // "heads the army's Cenderawasih Military Command": a body's possessive before the object's name
      if (/^['’]s$/.test(next ?? '') && end + 2 === p.first && p.entityType !== 'person' && p.entityType !== 'place') break;
      if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !TROOPS.test(t.text) && !QUANTITY.test(t.text) && next !== 'of' && !(NOUNS[t.text.toLowerCase()] === 'negotiates_with' || /^(pact|accord|treaty|memorandum)$/i.test(t.text))) return undefined;
    }
  }
  const after = v.tokens[p.last + 1]?.text ?? '';
  // "the US ambassador": a name that modifies a noun is not the object
  const nextTok = v.tokens[p.last + 1];
  if (nextTok && nextTok.pos === 'NOUN' && /^\p{Ll}/u.test(nextTok.text) && !TROOPS.test(after) && !TARGET_NOUNS.test(after)) return undefined;
  if (p.mention.adjectival && !TROOPS.test(after) && !TARGET_NOUNS.test(after) && p.mention.rule !== 'metonymy:capital') return undefined;
  // "stormed the headquarters of Kikli's Stability Support Apparatus": what the possessor owns
  if (/^['’]s$/.test(after)) {
    const owned = v.placed.filter((q) => q.first === p.last + 2 && !q.mention.adjectival && q.entityType !== 'person').sort((a, b) => b.last - a.last)[0];
    if (owned) return owned;
  }
  return npHead(v, p);
}

/**
 * The name an apposition ending at token `i` describes: "the 111th Brigade, another force loyal to Y"
 * -> the 111th Brigade (the words between the comma and `i` are lower case).
 */
function describedBefore(v: SentenceView, i: number): Placed | undefined {
  let c = i - 1;
  while (c > 0 && i - c < 8 && v.tokens[c]!.text !== ',' && /^\p{Ll}/u.test(v.tokens[c]!.text) && v.tokens[c]!.pos !== 'VERB') c--;
  if (v.tokens[c]?.text !== ',' || !/^(a|an|another|the|one)$/i.test(v.tokens[c + 1]?.text ?? '')) return undefined;
  return v.placed.filter((p) => p.last === c - 1 && !p.mention.adjectival && !p.mention.modifier).sort((a, b) => a.first - b.first)[0];
}

/** The subject of the sentence's first clause: the first acting entity before the first verb. */
function mainSubject(v: SentenceView, limit: number): Placed | undefined {
  const firstVerb = v.tokens.findIndex((t) => t.pos === 'VERB');
  if (firstVerb < 0 || firstVerb >= limit) return undefined;
  return subjectBefore(v, firstVerb);
}

/** The actor of "in a US drone strike" after token `from`: who carried out the attack that killed. */
function strikeAgent(v: SentenceView, from: number): Placed | undefined {
  for (let k = from; k < v.tokens.length; k++) {
    if (!/^(strike|airstrike|attack|raid|bombing|ambush|operation)$/i.test(v.tokens[k]!.text)) continue;
    const agent = v.placed.filter((p) => p.last < k && k - p.last <= 3 && p.first > from && actor(v, { ...p, mention: { ...p.mention, adjectival: false } })).sort((a, b) => b.last - a.last)[0];
    if (agent) return agent;
  }
  return undefined;
}

/** "in Iraq and Syria": the entities coordinated with `p`. */
function coordinated(v: SentenceView, p: Placed): Placed[] {
  const out = [p];
  let cur = p;
  for (;;) {
    const w = v.tokens[cur.last + 1]?.text.toLowerCase();
    if (w !== 'and' && w !== ',') break;
    let k = cur.last + 2;
    if (/^(much|most|parts|part|all)$/i.test(v.tokens[k]?.text ?? '') && v.tokens[k + 1]?.text.toLowerCase() === 'of') k += 2;
    // "met X and Pakistan's Foreign Minister Y": a person after a state's possessive and titles
    if (p.entityType === 'person') {
      let q = k;
      while (q < k + 8 && v.tokens[q] && (v.tokens[q]!.pos === 'DET' || /^(his|her|their|['’]s)$/i.test(v.tokens[q]!.text) || ROLE_NOUN.test(v.tokens[q]!.text) || TITLE.test(v.tokens[q]!.text) || v.placed.some((x) => x.entityType !== 'person' && x.first <= q && x.last >= q && (x.mention.adjectival || /^['’]s$/.test(v.tokens[x.last + 1]?.text ?? ''))))) q++;
      if (v.placed.some((x) => x.first === q && x.entityType === 'person')) k = q;
    }
    const next = v.placed.filter((q) => q.first === k && !q.mention.modifier).sort((a, b) => b.last - a.last)[0];
    // ("Israel's strike on Iran and Washington's response": a possessive opens a new phrase)
    if (!next || next.entityType !== p.entityType || /^['’]s$/.test(v.tokens[next.last + 1]?.text ?? '')) break;
    out.push(next);
    cur = next;
  }
  return out;
}

export function verbClaims(v: SentenceView): Found[] {
  const out: Found[] = [];
  v.tokens.forEach((tok, i) => {
    if (hyphenated(v, i)) return;
    // "have armed X": wink tags a participle after "have" as an adjective at times; it is the verb
    const participle = tok.pos === 'ADJ' && /ed$/i.test(tok.text) && /^(have|has|had)$/i.test(v.tokens[i - 1]?.text ?? '');
    // "began firing rockets into Israel": wink tags a gerund after a verb of aspect as a noun at times; it is the verb
    const gerund = tok.pos === 'NOUN' && /[a-z]ing$/.test(tok.text) && /^(begin|start|continue|keep|resume)$/.test(v.tokens[i - 1]?.lemma ?? '');
    const gerundStem = (w: string) => [w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)].find((x) => VERBS[x]);
    const stem = participle ? [tok.text.slice(0, -2), tok.text.slice(0, -1)].map((x) => x.toLowerCase()).find((x) => VERBS[x]) : gerund ? gerundStem(tok.text.toLowerCase()) : undefined;
    const t = stem ? { ...tok, pos: 'VERB', lemma: stem } : tok;
    const lemma = t.lemma.toLowerCase();
    // "X seized power in Y", "X came to power in Y": X leads the state Y
    const next = v.tokens[i + 1]?.text.toLowerCase();
    const power = /^(seize|take|grab|assume)$/.test(lemma) && next === 'power' ? i + 1 : lemma === 'come' && next === 'to' && v.tokens[i + 2]?.text.toLowerCase() === 'power' ? i + 2 : -1;
    // "X opened fire on Y": an attack; "X designated Y a terrorist organisation": X opposes Y
    if (t.pos === 'VERB' && !negated(v, i) && ((lemma === 'open' && next === 'fire') || (/^(designate|list|label|brand)$/.test(lemma) && v.tokens.slice(i + 1, i + 8).some((x) => /^terror(ist)?$/i.test(x.text))))) {
      const fire = lemma === 'open';
      const object = fire ? (/^(on|at)$/i.test(v.tokens[i + 2]?.text ?? '') ? objectAfter(v, i + 2, 4) : undefined) : objectAfter(v, i, 3);
      out.push(...found(subjectBefore(v, i), object, fire ? 'attacks' : 'opposes', `verb:${lemma}${fire ? '-fire' : ':terrorist'}`, span(v, i, object ? object.last : i)));
      return;
    }
    // "Ethiopia and Somalia restored relations", "X and Y resumed talks": the two negotiate
    if (t.pos === 'VERB' && /^(restore|normalize|normalise|resume|establish|renew)$/.test(lemma) && /^(relations|ties|talks|diplomatic|negotiations)$/i.test(next ?? '') && !negated(v, i)) {
      out.push(...coordinatedSubjects(v, subjectBefore(v, i), i, `verb:${lemma}-${next}`));
      return;
    }
    // "X withdrew from Y", "X pulled its forces out of Y": X had forces in Y
    if (t.pos === 'VERB' && (lemma === 'withdraw' || lemma === 'pull') && !negated(v, i)) {
      const from = v.tokens.findIndex((x, k) => k > i && k <= i + 4 && (x.text.toLowerCase() === 'from' || (x.text.toLowerCase() === 'of' && v.tokens[k - 1]!.text.toLowerCase() === 'out')));
      const where = from > 0 && (lemma === 'withdraw' || v.tokens[from]!.text.toLowerCase() === 'of') ? objectAfter(v, from, 3) : undefined;
      if (where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
        for (const w of coordinated(v, where)) out.push(...found(subjectBefore(v, i), w, 'deployed_in', `verb:${lemma}:from`, span(v, i, w.last)));
      }
      return;
    }
    if (t.pos === 'VERB' && power > 0) {
      const state = v.tokens[power + 1]?.text.toLowerCase() === 'in' && !negated(v, i) ? objectAfter(v, power + 1, 3) : undefined;
      if (state?.mention.key?.startsWith('country:')) out.push(...found(subjectBefore(v, i), state, 'leads', 'phrase:to-power', span(v, i, state.last)));
      return;
    }
    // "the National Task Force (NTF-ELCAC), which Marcos chairs": the body before "which" is what its person
    // leads (wink reads "chairs" and "commands" after a name as nouns)
    if (/^(chairs|heads|leads|commands|runs|chaired|headed|led|commanded|ran)$/i.test(t.text) && !negated(v, i)) {
      const person = v.placed.find((p) => p.last === i - 1 && p.entityType === 'person');
      if (person && /^(which|that)$/i.test(v.tokens[person.first - 1]?.text ?? '') && /^[,.;)]$|^(and|but|since|until|in|for)$/i.test(v.tokens[i + 1]?.text ?? '.')) {
        let k = person.first - 2;
        if (v.tokens[k]?.text === ',') k--;
        if (v.tokens[k]?.text === ')') k = v.tokens.slice(0, k).map((x) => x.text).lastIndexOf('(') - 1;
        const body = v.placed.filter((p) => p.last === k && p.entityType !== 'person' && p.entityType !== 'place' && !p.mention.adjectival && !p.mention.key?.startsWith('country:')).sort((a, b) => a.first - b.first)[0];
        // (not the object of a preposition: "talks with Hamas, which Witkoff leads" are what he leads)
        const governed = body && /^(with|against|on|to|in|from|into|over|for|between|by)$/i.test(v.tokens[body.first - 1]?.text ?? '');
        if (body && !governed) out.push(...found(person, body, 'leads', 'phrase:which-x-leads', span(v, body.first, i)));
        return;
      }
    }
    // "the congress re-elected Debretsion as chairman", "the party named X its leader": the person heads the electing body
    if (/^(elect|re-elect|re-elected|reelect|reelected|appoint|reappoint|name|install|choose)$/.test(lemma) && t.pos === 'VERB' && !negated(v, i) && !/^(was|were|been|is|are)$/i.test(v.tokens[i - 1]?.text ?? '')) {
      const person = v.placed.find((p) => p.first === i + 1 && p.entityType === 'person');
      let k = person ? person.last + 1 : -1;
      if (person && /^as$/i.test(v.tokens[k]?.text ?? '')) k++;
      if (person && /^(its|their|the)$/i.test(v.tokens[k]?.text ?? '')) k++;
      while (person && /^(new|interim|acting|first|sole)$/i.test(v.tokens[k]?.text ?? '')) k++;
      const word = v.tokens[k]?.text.toLowerCase() ?? '';
      // (a head only where no noun follows: "its chief negotiator" is a member)
      const nounAfter = v.tokens[k + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[k + 1]!.text);
      const relation = /^(chairman|chairwoman|chair|leader|head|president|commander|chief|secretary-general|emir)$/.test(word) && !/^of$/i.test(v.tokens[k + 1]?.text ?? '') && !nounAfter ? 'leads' : /^(deputy|spokesman|spokeswoman|spokesperson|member|vice-president|vice-chairman|treasurer|secretary|chief)$/.test(word) ? 'member_of' : undefined;
      const body = relation ? subjectBefore(v, i) : undefined;
      // (a group's own officers: a parliament electing a president elects the state's)
      if (person && relation && body && (body.entityType === 'militia' || body.entityType === 'organization')) out.push(...found(person, body, relation, `verb:${lemma}-as`, span(v, i, k)));
      if (person && relation) return;
    }
    // "Gen. X took command of the TNI", "assumed the leadership of the party": a person at the head of a body
    if (/^(take|assume)$/.test(lemma) && t.pos === 'VERB' && !negated(v, i)) {
      let k = i + 1;
      if (v.tokens[k]?.pos === 'DET') k++;
      if (/^(command|charge|leadership|helm)$/i.test(v.tokens[k]?.text ?? '') && v.tokens[k + 1]?.text.toLowerCase() === 'of') {
        const body = objectAfter(v, k + 1, 3);
        const subject = subjectBefore(v, i);
        if (subject?.entityType === 'person' && body && body.entityType !== 'person' && body.entityType !== 'place' && !body.mention.adjectival) out.push(...found(subject, body, 'leads', `phrase:${lemma}-${v.tokens[k]!.text.toLowerCase()}-of`, span(v, i, body.last)));
        return;
      }
    }
    // "Boko Haram remains strongest in the Sambisa Forest", "the force, headquartered in N'Djamena": where it is
    if (PRESENT.test(t.text) && /^(in|around|across|inside)$/i.test(next ?? '') && !negated(v, i)) {
      const where = objectAfter(v, i + 1, 3);
      const holder = v.tokens[i - 1]?.text === ',' ? phraseHeadBefore(v, i - 1) ?? subjectBefore(v, i) : subjectBefore(v, i);
      if (where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
        for (const w of coordinated(v, where)) out.push(...found(holder, w, 'deployed_in', `phrase:${t.text.toLowerCase()}-in`, span(v, i, w.last)));
      }
      return;
    }
    // "Eritrean troops remain in parts of Tigray", "Israeli troops will stay for now along the corridor": forces there
    if (/^(remain|stay)$/.test(lemma) && t.pos === 'VERB' && !negated(v, i)) {
      let k = i + 1;
      if (/^for$/i.test(v.tokens[k]?.text ?? '') && /^now$/i.test(v.tokens[k + 1]?.text ?? '')) k += 2;
      while (k < i + 4 && v.tokens[k]?.pos === 'ADV') k++;
      const subject = subjectBefore(v, i);
      // (forces, not a person staying in a city)
      const forces = subject && subject.entityType !== 'person' && (!subject.mention.adjectival || TROOPS.test(v.tokens[subject.last + 1]?.text ?? ''));
      if (forces && /^(in|inside|along|at|on)$/i.test(v.tokens[k]?.text ?? '')) {
        const where = objectAfter(v, k, 4);
        if (where && (where.entityType === 'place' || isCountryMention(where))) for (const w of coordinated(v, where)) out.push(...found(subject, w, 'deployed_in', `verb:${lemma}-in`, span(v, i, w.last)));
      }
      return;
    }
    // "the 111th Brigade, another force loyal to Y", "militias loyal to Y": on Y's side
    if (/^loyal$/i.test(t.text) && next === 'to') {
      const whom = objectAfter(v, i + 1, 5);
      const holder = describedBefore(v, i) ?? v.placed.filter((p) => p.last === i - 1 && actor(v, p))[0];
      // (the apposition describes the nearest name, and the names listed with it)
      if (holder && whom) for (const h of [holder, ...coordinatedBefore(v, holder)]) out.push(...found(h, whom, 'backs', 'phrase:loyal-to', span(v, i, i + 1)));
      return;
    }
    // "X has sent some 25,000 FANB troops to Zulia", "Kampala dispatched soldiers to Juba": forces sent there
    if (/^(send|dispatch|deploy|rush|move)$/.test(lemma) && t.pos === 'VERB' && !negated(v, i)) {
      let k = i + 1;
      while (k < i + 7 && v.tokens[k] && !TROOPS.test(v.tokens[k]!.text) && !CLAUSE.has(v.tokens[k]!.text) && v.tokens[k]!.text !== ',') k++;
      if (TROOPS.test(v.tokens[k]?.text ?? '') && /^(to|into)$/i.test(v.tokens[k + 1]?.text ?? '')) {
        const where = objectAfter(v, k + 1, 3);
        const owner = v.placed.filter((p) => p.last < k && p.last > i && k - p.last <= 2 && !p.mention.modifier).sort((a, b) => b.last - a.last)[0] ?? subjectBefore(v, i);
        if (where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
          for (const w of coordinated(v, where)) out.push(...found(owner, w, 'deployed_in', `verb:${lemma}-troops-to`, span(v, i, w.last)));
        }
        return;
      }
    }
    // "the gang has spread to Colombia, Peru and Chile": a group's reach
    // ("has extended its operations from central Mali into Burkina Faso and Niger": where it was and where it went)
    let reach = i + 1;
    if (/^(extend|expand)$/.test(lemma) && /^(its|their)$/i.test(v.tokens[reach]?.text ?? '') && /^(operations|activities|presence|reach|footprint|insurgency|campaign|attacks)$/i.test(v.tokens[reach + 1]?.text ?? '')) reach += 2;
    const origin = reach > i + 1 && /^from$/i.test(v.tokens[reach]?.text ?? '') ? objectAfter(v, reach, 3) : undefined;
    if (origin) reach = coordinated(v, origin).at(-1)!.last + 1;
    if (/^(spread|expand|extend)$/.test(lemma) && /^(to|into|across)$/.test(v.tokens[reach]?.text.toLowerCase() ?? '') && !negated(v, i)) {
      const subject = subjectBefore(v, i);
      const where = objectAfter(v, reach, 3);
      if (origin && subject && (subject.entityType === 'militia' || subject.entityType === 'organization') && (origin.entityType === 'place' || isCountryMention(origin))) {
        for (const w of coordinated(v, origin)) out.push(...found(subject, w, 'deployed_in', `verb:${lemma}-from`, span(v, i, w.last)));
      }
      if (subject && (subject.entityType === 'militia' || subject.entityType === 'organization') && where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
        for (const w of coordinated(v, where)) out.push(...found(subject, w, 'deployed_in', `verb:${lemma}-to`, span(v, i, w.last)));
      }
      return;
    }
    // "SSPDF and SPLA-IO troops exchanged fire", "the army and the RSF clashed": each opposes the other
    if ((/^(clash|fight)$/.test(lemma) && !/^(with|against|alongside|for|over|on)$/.test(next ?? '') && t.pos === 'VERB') || (lemma === 'exchange' && /^(fire|gunfire|blows)$/i.test(v.tokens[i + 1]?.text ?? ''))) {
      const b = subjectBefore(v, i);
      // (the other side may be of another type: "the RSF and the Sudanese army clashed")
      const andAt = b ? b.first - 1 - (v.tokens[b.first - 1]?.pos === 'DET' ? 1 : 0) : -1;
      const a = b && v.tokens[andAt]?.text.toLowerCase() === 'and' ? v.placed.filter((p) => p.last === andAt - 1 && actor(v, p) && !p.mention.modifier).sort((x, y) => x.first - y.first)[0] : undefined;
      if (a && b && !negated(v, i)) out.push(...found(a, b, 'opposes', `verb:${lemma}:reciprocal`, span(v, a.first, i)), ...found(b, a, 'opposes', `verb:${lemma}:reciprocal`, span(v, a.first, i)));
      if (a) return;
    }
    // "444th Brigade units advanced on Radaa positions": an advance on a force or a place is an attack
    if (lemma === 'advance' && /^(on|upon|towards?|into)$/.test(next ?? '') && !negated(v, i)) {
      out.push(...found(subjectBefore(v, i), objectAfter(v, i + 1, 4), 'attacks', 'verb:advance-on', span(v, i, i + 1)));
      return;
    }
    // "fighting between X and Y" is the noun frame below; "the general's killing" names the victim, not the killer
    const possessed = /ing$/i.test(t.text) && /^(['’]s|his|her|its|their)$/i.test(v.tokens[i - 1]?.text ?? '');
    // ("led by X" is the passive frame further down)
    if (t.pos === 'VERB' && VERBS[lemma] && !possessed && !(next === 'between' && NOUNS[t.text.toLowerCase()]) && !(LEAD.has(lemma) && next === 'by')) {
      if (negated(v, i)) return;
      // "burned homes in X", "torched the village of X" are attacks; "burn their weapons" is no attack
      if (DESTROY.has(lemma)) {
        let k = i + 1;
        while (/^(the|a|an|their|its|his|her|dozens|hundreds|several|many|some|of|and|scores)$/i.test(v.tokens[k]?.text ?? '')) k++;
        const placeObject = v.placed.some((p) => p.first === k && (p.entityType === 'place' || isCountryMention(p)));
        if (!placeObject && !DESTROYED.test(v.tokens[k]?.text ?? '')) return;
      }
      const relation = VERBS[lemma]!;
      const trigger = t.text;
      const prev = v.tokens[i - 1]?.text.toLowerCase() ?? '';
      // passive: "Y was killed by X"
      if (/^(was|were|been|being|is|are)$/.test(prev) && v.tokens[i + 1]?.text.toLowerCase() === 'by') {
        // "killed by members of the X", "attacked by fighters from Y"
        const through = TROOPS.test(v.tokens[i + 2]?.text ?? '') && /^(of|from)$/i.test(v.tokens[i + 3]?.text ?? '') ? 2 : 0;
        out.push(...found(objectAfter(v, i + 1 + through, 3), subjectBefore(v, i - 1), relation, `verb:${lemma}:passive`, span(v, i - 1, i + 1)));
        return;
      }
      // "X was shot dead at the camp": a passive with no agent names none; its subject is the one acted on
      if (/^(was|were|been|being|is|are|got)$/.test(prev) && !/ing$/i.test(t.text)) return;
      // ", toppling X": a participle takes the subject of the main clause
      const participle = /ing$/i.test(t.text) && v.tokens[i - 1]?.text === ',';
      const subject = participle ? mainSubject(v, i) : subjectBefore(v, i);
      if (relation === 'negotiates_with') {
        out.push(...coordinatedSubjects(v, subject, i, `verb:${lemma}:coordinated`));
        // "met the US ambassador to Yemen, Steven Fagin", "discussed an exchange with his Turkish counterpart, Hakan Fidan"
        const counterpart = personInApposition(v, i) ?? partyWith(v, i);
        if (counterpart) for (const o of coordinated(v, counterpart)) out.push(...found(subject, o, relation, `verb:${lemma}`, trigger));
      }
      if (/^(power|control|office|charge)$/i.test(v.tokens[i + 1]?.text ?? '')) return; // "seized power in X"
      const instrument = /^(launch|fire|rain|drop|aim|hurl|lob)$/.test(lemma);
      // "supplying weapons to the RSF", "provided drones to Russia": what is given stands before the receiver
      const given = /^(supply|provide|deliver|sell)$/.test(lemma);
      let object = objectAfter(v, i, 10, relation === 'deployed_in' || instrument || given);
      // "missiles hit an apartment block in Bat Yam", "jets struck a plant near Isfahan": the place of what was hit
      if (!object && relation === 'attacks' && !instrument) object = placeOfObject(v, i);
      // "Sanaa, which the Houthis have held since 2014", "Goma, which M23 seized": the place the relative clause is about
      const relativeObject = !object && subject && (HOLD.has(lemma) || (relation === 'attacks' && !instrument)) ? placeBeforeWhich(v, subject) : undefined;
      if (relativeObject) {
        out.push(...found(subject, relativeObject, relation, `verb:${lemma}:which`, trigger));
        return;
      }
      // "fired missiles at Y" (not "fired its ambassador"), "kept troops in Y" (not "maintains ties with Y")
      // the preposition before the object, across determiners and numbers ("down on two US bases")
      let pb = object ? object.first - 1 : -1;
      // (and across a body's possessive: "heads the army's X")
      // (and across a place noun: "deployed in the southern Lebanese town of Khiam")
      while (pb > i && (/^(DET|NUM|ADJ)$/.test(v.tokens[pb]!.pos) || (/^['’]s$/.test(v.tokens[pb]!.text) && v.tokens[pb - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(v.tokens[pb - 1]!.text)) || (v.tokens[pb]!.pos === 'NOUN' && /^['’]s$/.test(v.tokens[pb + 1]?.text ?? '')) || (object!.entityType === 'place' && ((v.tokens[pb]!.text === 'of' && PLACE_NOUN.test(v.tokens[pb - 1]?.text ?? '')) || (PLACE_NOUN.test(v.tokens[pb]!.text) && v.tokens[pb + 1]?.text === 'of')) ) || v.placed.some((q) => q.mention.adjectival && q.first <= pb && q.last >= pb && PLACE_NOUN.test(v.tokens[q.last + 1]?.text ?? '')))) pb--;
      const prepBefore = object ? v.tokens[pb]?.text.toLowerCase() ?? '' : '';
      if (instrument && object && !/^(at|on|into|against|toward|towards)$/.test(prepBefore)) object = undefined;
      if (given && object && prepBefore !== 'to' && v.tokens[i + 1]?.pos !== 'DET' && v.tokens[i + 1]?.pos !== 'PROPN') object = undefined;
      if (relation === 'deployed_in' && object && (!(object.entityType === 'place' || object.mention.key?.startsWith('country:')) || !(HOLD.has(lemma) ? pb === i : /^(in|inside|at|to)$/.test(prepBefore)))) object = undefined;
      // "X led Pakistan's delegation": the possessor is not what is led; "led a counteroffensive" leads nothing
      if (LEAD.has(lemma) && (subject?.entityType !== 'person' || !object || pb !== i || /^['’]s$/.test(v.tokens[object.last + 1]?.text ?? '') || object.mention.adjectival)) return;
      // "to fight alongside the rebels": on their side
      const allied = (relation === 'opposes' || relation === 'attacks') && /^(alongside|beside)$/.test(prepBefore);
      // "American and British warplanes struck": each country word before "and" acts too
      const subjects = subject ? [subject] : [];
      if (subject?.mention.adjectival && v.tokens[subject.first - 1]?.text.toLowerCase() === 'and') {
        const other = v.placed.find((p) => p.last === subject.first - 2 && p.mention.adjectival && !p.mention.modifier);
        if (other) subjects.push(other);
      }
      // "Egypt and the United Arab Emirates have armed X": every subject of a list that opens its clause acts
      if (subject && relation !== 'negotiates_with' && !subject.mention.adjectival) {
        const listed = coordinatedBefore(v, subject);
        const first = listed[listed.length - 1];
        const opener = first ? v.tokens[first.first - 1 - (v.tokens[first.first - 1]?.pos === 'DET' ? 1 : 0)] : undefined;
        if (first && (!opener || /^(,|that|and|but|while|when|after|“|")$/i.test(opener.text))) subjects.push(...listed);
      }
      for (const sub of subjects) for (const o of object ? coordinated(v, object) : []) out.push(...found(sub, o, allied ? 'backs' : relation, `verb:${lemma}${allied ? ':alongside' : ''}`, trigger));
      return;
    }
    // "The group, led by X", "founded and led by the United States", "a force headed by X"
    if (/^(led|headed|commanded|run|founded)$/i.test(t.text) && v.tokens[i + 1]?.text.toLowerCase() === 'by') {
      const leader = objectAfter(v, i + 1, 6);
      let a = i;
      while (a > 0 && /^(and|founded|created|formed|led|headed|,)$/i.test(v.tokens[a - 1]!.text) && v.tokens[a - 1]!.text !== ',') a--;
      let led = v.tokens[a - 1]?.text === ',' ? phraseHeadBefore(v, a - 1) : v.placed.filter((p) => p.last === a - 1 && !p.mention.adjectival).sort((x, y) => x.first - y.first)[0];
      // "The 111th is commanded by X": the subject of the passive
      if (!led && /^(is|was|are|were|been|be)$/i.test(v.tokens[a - 1]?.text ?? '')) led = subjectBefore(v, a - 1);
      // "X, an alliance of armed groups led by Y": the name the apposition describes
      if (!led) {
        let c = a - 1;
        while (c > 0 && a - c < 9 && v.tokens[c]!.text !== ',' && v.tokens[c]!.pos !== 'VERB' && !CLAUSE.has(v.tokens[c]!.text)) c--;
        if (v.tokens[c]?.text === ',' && /^(a|an|the)$/i.test(v.tokens[c + 1]?.text ?? '')) led = v.placed.filter((p) => p.last === c - 1 && !p.mention.adjectival).sort((x, y) => x.first - y.first)[0];
      }
      if (t.text.toLowerCase() !== 'founded') out.push(...found(leader, led, 'leads', `passive:${t.text.toLowerCase()}-by`, span(v, i, i + 1)));
      return;
    }
    // "as part of an international coalition", "are all members of the AES"
    if (/^(part|members?)$/i.test(t.text) && v.tokens[i + 1]?.text.toLowerCase() === 'of' && !/^(by|from|with|against|on)$/i.test(v.tokens[i - 1]?.text ?? '')) {
      const whole = objectAfter(v, i + 1, 3);
      const subject = subjectBefore(v, i);
      const parts = subject ? [subject, ...coordinatedBefore(v, subject)] : [];
      for (const part of parts) out.push(...found(part, whole, part.entityType === 'person' ? 'member_of' : 'part_of', 'phrase:part-of', span(v, i, i + 1)));
      return;
    }
    // "the Sahel branch of the Islamic State group", "al-Qaeda's affiliate in the Sahel": in apposition
    if (/^(branch|affiliate|wing|arm|offshoot|faction|franchise|subsidiary)$/i.test(t.text)) {
      const next = v.tokens[i + 1]?.text.toLowerCase();
      const owner = next === 'of' ? objectAfter(v, i + 1, 3) : v.placed.filter((p) => p.last < i && i - p.last <= 3 && /^['’]s$/.test(v.tokens[p.last + 1]?.text ?? '')).sort((a, b) => b.last - a.last)[0];
      let a = i;
      while (a > 0 && v.tokens[a - 1]!.text !== ',' && !/^[;:.]$/.test(v.tokens[a - 1]!.text) && i - a < 8) a--;
      const described = v.tokens[a - 1]?.text === ',' ? appositionHead(v, a) : undefined;
      out.push(...found(described, owner, 'part_of', `noun:${t.text.toLowerCase()}`, span(v, a, i + 1)));
      return;
    }
    // "the Mission ... has 11,000 troops from Uganda, Ethiopia and Kenya": the states that send troops to a
    // mission or joint force are part of it
    if (/^(troops|soldiers|forces|contingents|peacekeepers|personnel)$/i.test(t.text) && next === 'from') {
      const whole = mainSubject(v, i);
      const first = whole?.entityType === 'organization' && !whole.mention.key?.startsWith('country:') ? objectAfter(v, i + 1, 2) : undefined;
      if (whole && first && isCountryMention(first)) {
        for (const c of coordinated(v, first)) if (isCountryMention(c)) out.push(...found(c, whole, 'part_of', 'phrase:troops-from', span(v, i, c.last)));
      }
      return;
    }
    // "US troops in Iraq", "coalition troops in Iraq": forces stationed in a place
    if (/^(forces|troops|soldiers|personnel|bases|base|presence|contingent|warships|ships|vessels|aircraft|jets|peacekeepers|marines|advisers|advisors|instructors)$/i.test(t.text) && /^(in|inside)$/i.test(v.tokens[i + 1]?.text ?? '')) {
      let owner: Placed | undefined = v.placed.filter((p) => p.last < i && i - p.last <= 2 && (p.mention.adjectival || p.mention.key === 'coalition' || p.entityType !== 'place')).sort((a, b) => b.last - a.last)[0];
      // "the United States has about 2,000 troops in Syria", "UNIFIL, which has 10,000 peacekeepers in": the subject of having
      if (!owner) {
        let k = i - 1;
        while (k > i - 7 && v.tokens[k] && (/^(NUM|ADJ|DET)$/.test(v.tokens[k]!.pos) || /^(about|some|around|nearly|roughly|almost|more|than|over|up|to|at|least|approximately|,)$/i.test(v.tokens[k]!.text))) k--;
        if (k < i - 1 && /^(has|have|had|having|keeps|keep|kept|maintains|maintain|maintained|stations|stationed|deploys|deployed)$/i.test(v.tokens[k]?.text ?? '') && !negated(v, k)) owner = subjectBefore(v, k);
      }
      const where = objectAfter(v, i + 1, 3);
      if (owner && where && !negated(v, i) && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
        for (const w of coordinated(v, where)) out.push(...found(owner, w, 'deployed_in', 'phrase:troops-in', span(v, owner.first, w.last)));
      }
      return;
    }
    // "filed a case against X", "a complaint against X": X is opposed
    if (next === 'against' && t.pos === 'NOUN' && /^(case|complaint|lawsuit|suit)$/i.test(t.text)) {
      if (!negated(v, i)) out.push(...found(subjectBefore(v, i), objectAfter(v, i + 1, 3), 'opposes', `noun:${t.text.toLowerCase()}-against`, t.text));
      return;
    }
    // "Fano fighters took control of Lalibela", "seized control of the town": a place taken is attacked
    // (a word may stand between: "briefly took full control of")
    if (/^control$/i.test(t.text) && next === 'of') {
      let k = i - 1;
      if (/^(full|total|effective|partial|temporary)$/i.test(v.tokens[k]?.text ?? '')) k--;
      if (/^(take|seize|gain|wrest|assume|regain|retake)$/.test(v.tokens[k]?.lemma || v.tokens[k]?.text.toLowerCase() || '') && !negated(v, k)) {
        const where = objectAfter(v, i + 1, 3);
        if (where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
          // (an armed subject: "Adani Group took control of Haifa Port" is a purchase)
          const taker = subjectBefore(v, k);
          if (taker && (taker.entityType === 'militia' || taker.entityType === 'government')) for (const w of coordinated(v, where)) out.push(...found(taker, w, 'attacks', 'phrase:took-control-of', span(v, k, w.last)));
        }
      }
      return;
    }
    const noun = NOUNS[t.text.toLowerCase()];
    // wink tags "Fighting between X and Y" as a verb; before "between" it is the noun
    if (noun && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && noun === 'opposes' && next === 'between'))) {
      if (negated(v, i)) return;
      // "Baghdad and Washington reached an agreement"
      if (noun === 'negotiates_with' && next !== 'between') {
        out.push(...coordinatedSubjects(v, subjectBefore(v, i), i, `noun:${t.text.toLowerCase()}:coordinated`));
      }
      // "talks between X and Y", "agreement between X and Y"; "fighting between X and Y": each opposes the other
      if ((noun === 'negotiates_with' || noun === 'opposes') && next === 'between') {
        const a = partyAfter(v, i + 1);
        const and = a ? v.tokens.findIndex((x, k) => k > a.last && k <= a.last + 2 && x.text.toLowerCase() === 'and') : -1;
        const b = and > 0 ? partyAfter(v, and) : undefined;
        out.push(...found(a, b, noun, `noun:${t.text.toLowerCase()}:between`, span(v, i, b ? b.last : i)));
        if (noun === 'opposes') out.push(...found(b, a, noun, `noun:${t.text.toLowerCase()}:between`, span(v, i, b ? b.last : i)));
        return;
      }
      // "France completed its withdrawal from Niger", "the US withdrawal from Afghanistan": forces that were in Y
      if (next === 'from' && /^(withdrawal|pullout|departure)$/i.test(t.text)) {
        const where = objectAfter(v, i + 1, 3);
        const owner = v.placed.filter((p) => p.last < i && i - p.last <= 3 && (p.mention.adjectival || p.last === i - 1 || /^['’]s$/.test(v.tokens[p.last + 1]?.text ?? '')) && !p.mention.modifier).sort((a, b) => b.last - a.last)[0] ?? subjectBefore(v, i);
        if (where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
          for (const w of coordinated(v, where)) out.push(...found(owner, w, 'deployed_in', `noun:${t.text.toLowerCase()}:from`, span(v, i, w.last)));
        }
        return;
      }
      // "the assassination of Y", "attacks on Y", "the withdrawal of Y" with the agent before the noun
      if (noun === 'deployed_in' && (next === 'in' || next === 'inside')) {
        const where = objectAfter(v, i + 1, 3);
        const owner = v.placed.filter((p) => p.last < i && i - p.last <= 3 && p.mention.adjectival && !p.mention.modifier).sort((a, b) => b.last - a.last)[0] ?? subjectBefore(v, i);
        if (where && (where.entityType === 'place' || where.mention.key?.startsWith('country:'))) {
          for (const w of coordinated(v, where)) out.push(...found(owner, w, 'deployed_in', `noun:${t.text.toLowerCase()}`, span(v, i, w.last)));
        }
        return;
      }
      // ("joined the battle on the side of Hamas": a battle opposes only the sides it is between)
      if (/^battles?$/i.test(t.text)) return;
      if (next && ['of', 'on', 'against', 'with', 'to'].includes(next)) {
        if (next === 'to' && noun !== 'advises') return;
        if (noun === 'deployed_in') {
          if (next !== 'in') return;
        }
        if (noun === 'advises' && next !== 'to') return;
        const target = objectAfter(v, i + 1, 4);
        if (!target) return;
        if (noun === 'opposes' && next === 'of' && /^(withdrawal|expulsion|departure|pullout)$/i.test(t.text)) {
          // "X demanded the withdrawal of Y": X opposes Y
          const subject = subjectBefore(v, i);
          out.push(...found(subject, target, 'opposes', `noun:${t.text.toLowerCase()}`, span(v, i, target.last)));
          return;
        }
        // ("two days of fighting with the Congolese army", "clashes with the RSF": a fight with Y is against Y,
        // unless the sentence names another side: "fought with the Kurds against IS")
        const fightWith = noun === 'opposes' && /^(fighting|clashes|war|conflict|feud|rivalry|hostilities|battles?|struggle)$/i.test(t.text) && !v.tokens.slice(i + 2).some((x) => /^(against|alongside)$/i.test(x.text));
        if (next === 'with' && noun !== 'negotiates_with' && !fightWith) return;
        if (next === 'of' && noun === 'attacks') return; // "an attack of nerves"; the object of "of" is rarely the target
        const before = v.placed.filter((p) => p.last < i && i - p.last <= 3 && (p.mention.adjectival || /^['’]s$/.test(v.tokens[p.last + 1]?.text ?? ''))).sort((a, b) => b.last - a.last)[0];
        // "the murder of X ... in a US drone strike": the strike's actor killed
        const agent = (noun === 'killed' && !before ? strikeAgent(v, target.last) : undefined) ?? before ?? agentBefore(v, i);
        // (a killing of a group or at a place is an attack on it: found() makes it one; "strikes on Khan
        // Younis and Gaza City" hit both)
        for (const w of noun === 'attacks' ? coordinated(v, target) : [target]) out.push(...found(agent, w, noun, `noun:${t.text.toLowerCase()}`, span(v, i, w.last)));
      }
    }
  });
  return out;
}

/**
 * A party after "between" or "and": "the commanders of the coalition", "Iraqi (and coalition) officials",
 * "the Joint Operations": determiners, role nouns and "of" may stand before it, a demonym counts.
 */
/** "Sanaa, which the Houthis have held": the place before ", which" that opens the subject's clause. */
function placeBeforeWhich(v: SentenceView, subject: Placed): Placed | undefined {
  let k = subject.first - 1;
  if (v.tokens[k]?.pos === 'DET') k--;
  if (!/^(which|that)$/i.test(v.tokens[k]?.text ?? '') || v.tokens[k - 1]?.text !== ',') return undefined;
  return v.placed.filter((p) => p.last === k - 2 && !p.mention.adjectival && (p.entityType === 'place' || isCountryMention(p))).sort((a, b) => a.first - b.first)[0];
}

/** The place after a common-noun object of an attack: "hit an apartment block in Bat Yam" -> Bat Yam. */
function placeOfObject(v: SentenceView, i: number): Placed | undefined {
  for (let k = i + 1; k < v.tokens.length && k < i + 9; k++) {
    const t = v.tokens[k]!;
    if (CLAUSE.has(t.text) || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.text.toLowerCase())) return undefined;
    if (v.placed.some((p) => p.first === k)) return undefined; // a name before the preposition is the object's own
    if (/^(in|near|at|outside)$/i.test(t.text) && k > i + 1 && /^\p{Ll}/u.test(v.tokens[k - 1]!.text) && v.tokens[k - 1]!.pos === 'NOUN') {
      let q = k + 1;
      while (q < k + 4 && v.tokens[q] && (v.tokens[q]!.pos === 'DET' || (v.tokens[q]!.pos === 'ADJ' && /^\p{Ll}/u.test(v.tokens[q]!.text)))) q++;
      return v.placed.filter((p) => p.first === q && p.entityType === 'place' && !p.mention.adjectival).sort((a, b) => b.last - a.last)[0];
    }
  }
  return undefined;
}

/** "met the US ambassador to Yemen, Steven Fagin": the person named after a role and a comma, in this clause. */
function personInApposition(v: SentenceView, i: number): Placed | undefined {
  let k = i + 1;
  let role = false;
  while (k < v.tokens.length && k < i + 12 && v.tokens[k]!.text !== ',') {
    const t = v.tokens[k]!;
    if (CLAUSE.has(t.text) || t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.text.toLowerCase())) return undefined;
    if (ROLE_NOUN.test(t.text) || /^(ambassador|envoy|counterpart|chief|head)$/i.test(t.text)) role = true;
    if (v.placed.some((p) => p.entityType === 'person' && p.first === k)) return undefined; // a person named before the comma is the object already
    k++;
  }
  if (!role || v.tokens[k]?.text !== ',') return undefined;
  let q = k + 1;
  while (q < k + 4 && v.tokens[q] && TITLE.test(v.tokens[q]!.text)) q++;
  return v.placed.find((p) => p.first === q && p.entityType === 'person');
}

/** "signed a deal with Y", "discussed the exchange with his Turkish counterpart, Y": the party after "with" in this clause. */
function partyWith(v: SentenceView, i: number): Placed | undefined {
  let k = i + 1;
  while (k < v.tokens.length && k < i + 9 && v.tokens[k]!.text.toLowerCase() !== 'with') {
    const t = v.tokens[k]!;
    if (CLAUSE.has(t.text) || t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE.has(t.text.toLowerCase()) || v.placed.some((p) => p.first === k && !p.mention.adjectival)) return undefined;
    k++;
  }
  if (v.tokens[k]?.text.toLowerCase() !== 'with') return undefined;
  let q = k + 1;
  while (q < k + 8 && v.tokens[q] && (v.tokens[q]!.pos === 'DET' || /^(his|her|their|counterparts?|,)$/i.test(v.tokens[q]!.text) || ROLE_NOUN.test(v.tokens[q]!.text) || TITLE.test(v.tokens[q]!.text) || (v.tokens[q]!.pos === 'ADJ' && /^\p{Ll}/u.test(v.tokens[q]!.text)) || v.placed.some((x) => x.first <= q && x.last >= q && x.mention.adjectival))) q++;
  const p = v.placed.filter((x) => x.first === q && !x.mention.adjectival).sort((a, b) => b.last - a.last)[0];
  return p && npHead(v, p);
}

/** The parties of "between A and B" in the sentence (the first such phrase), each with those listed with it. */
function partiesBetween(v: SentenceView): Placed[] {
  const at = v.tokens.findIndex((t) => t.text.toLowerCase() === 'between');
  if (at < 0) return [];
  const a = partyAfter(v, at);
  const and = a ? v.tokens.findIndex((x, k) => k > a.last && k <= a.last + 2 && x.text.toLowerCase() === 'and') : -1;
  const b = and > 0 ? partyAfter(v, and) : undefined;
  return a && b ? [a, b] : [];
}

/**
 * Mediation: "the truce between Israel and Hezbollah, brokered by the United States and France",
 * "talks between the army and the RSF, mediated by Saudi Arabia", "Trump brokered a deal between A and
 * B", "Beijing has hosted talks between A and B", "Turkish mediation". Each mediator negotiates with
 * each party named "between"; a mediation with no parties named so gives nothing.
 */
export function mediationClaims(v: SentenceView): Found[] {
  const out: Found[] = [];
  let parties: Placed[] | undefined;
  v.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    const next = v.tokens[i + 1]?.text.toLowerCase();
    let mediators: Placed[] = [];
    if (/^(mediated|brokered|facilitated|hosted|sponsored)$/.test(w) && next === 'by') {
      const first = objectAfter(v, i + 1, 3);
      mediators = first ? coordinated(v, first) : [];
    } else if (/^(mediated|brokered|facilitated|hosted|mediates|brokers|hosts|mediate|broker|host)$/.test(w) && t.pos === 'VERB') {
      const subject = subjectBefore(v, i);
      mediators = subject ? [subject, ...coordinatedBefore(v, subject)] : [];
    } else if (/^(mediation|mediators?|guarantors?)$/.test(w)) {
      // "Turkish mediation", "Qatar's mediation", "with Cuba and Norway acting as guarantors"
      const owner = v.placed.filter((p) => p.last < i && i - p.last <= 3 && (p.mention.adjectival || /^['’]s$/.test(v.tokens[p.last + 1]?.text ?? '') || /^(as|acting)$/i.test(v.tokens[p.last + 1]?.text ?? '')) && !p.mention.modifier).sort((a, b) => b.last - a.last)[0];
      mediators = owner ? [owner, ...coordinatedBefore(v, owner)] : [];
    }
    if (!mediators.length || negated(v, i)) return;
    parties ??= partiesBetween(v);
    for (const m of mediators) for (const p of parties) if (!mediators.includes(p)) out.push(...found(m, p, 'negotiates_with', 'phrase:mediation', span(v, i, next === 'by' ? i + 1 : i)));
  });
  return out;
}

function partyAfter(v: SentenceView, i: number): Placed | undefined {
  let k = i + 1;
  // also lower-case adjectives and titles: "the paramilitary RSF", "Gen. X"
  const lead = (t: (typeof v.tokens)[number], n: number) =>
    t.pos === 'DET' || ROLE_NOUN.test(t.text) || TITLE.test(t.text) || (t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text)) || /^(commanders|leaders|officials|representatives|of)$/i.test(t.text) ||
    // "the breakaway region of Somaliland"
    (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && v.tokens[n + 1]?.text === 'of') ||
    // "army chief Gen. X": a body's word before a role
    (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && (ROLE_NOUN.test(v.tokens[n + 1]?.text ?? '') || TITLE.test(v.tokens[n + 1]?.text ?? '')));
  while (k < v.tokens.length && lead(v.tokens[k]!, k)) k++;
  const p = v.placed.filter((q) => q.first === k && !q.mention.modifier).sort((a, b) => b.last - a.last)[0];
  // "RSF commander Mohamed Hamdan Dagalo": the person the phrase ends on
  return p && npHead(v, p);
}

/** "X and Y agreed", "X and the Y reached an agreement": the two subjects negotiate. */
function coordinatedSubjects(v: SentenceView, subject: Placed | undefined, i: number, rule: string): Found[] {
  if (!subject) return [];
  let k = subject.first - 1;
  // "X and his Turkish counterpart Y signed": a possessive, a nationality and "counterpart" may stand before Y
  const lead = (k: number) => {
    const t = v.tokens[k]!;
    return t.pos === 'DET' || /^(his|her|their|counterparts?)$/i.test(t.text) || v.placed.some((p) => p.mention.adjectival && p.first <= k && p.last >= k);
  };
  while (k >= 0 && lead(k)) k--;
  if (v.tokens[k]?.text.toLowerCase() !== 'and') return [];
  // "X and Y", "Iraqi officials and the Y"
  const other = v.placed.filter((p) => (p.last === k - 1 || (p.last === k - 2 && TROOPS.test(v.tokens[k - 1]!.text))) && actor(v, p)).sort((a, b) => a.first - b.first)[0];
  return other ? found(other, subject, 'negotiates_with', rule, span(v, other.first, i)) : [];
}

/** "Mali, Burkina Faso and Niger are": the entities listed before `p`. */
function coordinatedBefore(v: SentenceView, p: Placed): Placed[] {
  const out: Placed[] = [];
  let cur = p;
  for (;;) {
    // (across a determiner: "Egypt and the United Arab Emirates")
    const det = v.tokens[cur.first - 1]?.pos === 'DET' ? 1 : 0;
    const sep = v.tokens[cur.first - 1 - det]?.text.toLowerCase();
    if (sep !== ',' && sep !== 'and') break;
    const prev = v.placed.filter((q) => q.last === cur.first - 2 - det && !q.mention.modifier && q.entityType === p.entityType).sort((a, b) => a.first - b.first)[0];
    if (!prev) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

/** The first name of the noun phrase that ends before the comma at `comma`: "The International Coalition against Daesh in Iraq, ..." -> the coalition. */
function phraseHeadBefore(v: SentenceView, comma: number): Placed | undefined {
  let a = comma - 1;
  while (a > 0 && !/^[,;:“”"(]$/.test(v.tokens[a - 1]!.text) && ((v.tokens[a - 1]!.pos !== 'VERB' && v.tokens[a - 1]!.pos !== 'AUX') || hyphenated(v, a - 1))) a--;
  return v.placed.filter((p) => p.first >= a && p.last < comma && !p.mention.adjectival && !p.mention.modifier).sort((x, y) => x.first - y.first || y.last - x.last)[0];
}
