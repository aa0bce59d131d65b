// Titles and appositions: "Iraqi Prime Minister X" / "X, the Iraqi prime minister" -> leads;
// "national security adviser X", "X, a fellow with the Y" -> member_of; "commander of the task force",
// "Quds Force commander X" -> leads. A head of state leads the state; any other role in a state makes a
// member of it; a head of a body leads the body, a deputy is a member.
import type { Relation } from '../ontology.js';
import { found, type Found } from './candidate.js';
import { span, type Placed, type SentenceView } from './view.js';

/** Titles of a head of state or government. */
const STATE_LEADERS = ['prime minister', 'president', 'premier', 'king', 'queen', 'emir', 'sultan', 'chancellor', 'supreme leader', 'head of state', 'monarch', 'ruler', 'dictator', 'head of government'];
/** Titles of the head of a body. */
const HEADS = ['commander', 'commander-in-chief', 'head', 'leader', 'chief', 'director', 'director general', 'director-general', 'inspector general', 'commissioner general', 'chairman', 'chairwoman', 'chair', 'secretary-general', 'secretary general', 'founder', 'president', 'ceo', 'emir', 'commandant', 'boss'];
/** Roles in the service of a state or body: they make a member of a state as well as of a body. */
const OFFICIALS = [
  'national security adviser', 'national security advisor', 'adviser', 'advisor', 'minister', 'secretary', 'official', 'spokesman',
  'spokeswoman', 'spokesperson', 'officer', 'envoy', 'ambassador', 'manager', 'lawmaker', 'legislator', 'mp', 'senator',
  'diplomat', 'negotiator', 'aide', 'general', 'colonel', 'lieutenant general', 'major general', 'brigadier', 'admiral',
  'captain', 'representative', 'governor', 'counterpart',
  // ranks as written before a name: "US Maj. Gen. X", "a Pakistani Lt. Col."
  'gen', 'col', 'capt', 'brig', 'adm', 'maj', 'lt', 'marshal', 'field marshal', 'commodore',
];
/** Roles that make a member of a body, not of a state: a "Malian militant" does not work for Mali. */
const AFFILIATES = ['fellow', 'member', 'analyst', 'researcher', 'fighter', 'soldier', 'cleric', 'journalist', 'correspondent', 'editor', 'economist', 'scholar', 'expert', 'militant', 'operative'];
const MEMBERS = [...OFFICIALS, ...AFFILIATES];
/** Roles whose "to"/"for" names where they are sent, not whom they serve: "the US envoy for Sudan". */
const SENT = new Set(['envoy', 'ambassador', 'representative', 'emissary']);
/** Words before a head role that make it a rank inside the body: "a senior IS leader", "the EU's foreign policy chief". */
const INSIDE = new Set(['senior', 'top', 'local', 'regional', 'field', 'provincial', 'military', 'political', 'policy', 'security', 'intelligence', 'communications', 'media', 'former']);
/** Role phrases by their first word, in the order state, head, member. */
const ROLE_INDEX = new Map<string, Array<{ kind: 'state' | 'head' | 'member'; parts: string[] }>>();
for (const [list, kind] of [[STATE_LEADERS, 'state'], [HEADS, 'head'], [MEMBERS, 'member']] as const) {
  for (const phrase of list) {
    const parts = phrase.split(' ');
    ROLE_INDEX.set(parts[0]!, [...(ROLE_INDEX.get(parts[0]!) ?? []), { kind, parts }]);
  }
}

const SUBORDINATE = new Set(['deputy', 'vice', 'assistant', 'acting', 'under', 'junior', 'second-in-command']);
const OFFICIAL_SET = new Set(OFFICIALS);
const BOUNDARY = new Set([',', ';', ':', '(', ')', '“', '”', '"', '—', '–', '.', '!', '?']);
const STOP = new Set(['who', 'which', 'that', 'said', 'says', 'told', 'and', 'but', 'when', 'while', 'whose']);
const PREPS = new Set(['of', 'for', 'with', 'at', 'to', 'in']);

interface Window {
  a: number;
  b: number;
}

/** The title words before a person (back to a boundary or a preposition). */
function before(v: SentenceView, p: Placed): Window | undefined {
  let a = p.first;
  while (a > 0) {
    const t = v.tokens[a - 1]!;
    if (BOUNDARY.has(t.text) || STOP.has(t.text.toLowerCase())) break;
    if (t.pos === 'ADP' && !PREPS.has(t.text.toLowerCase())) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    a--;
  }
  // "the coalition commander, Maj. Gen. X": only titles before the name, an apposition before them
  // also "The Houthi leader, X" and "the UN special envoy for Yemen, X": an apposition with no title
  const titlesOnly = (a < p.first && v.tokens.slice(a, p.first).every((t) => /^\p{Lu}/u.test(t.text))) || a === p.first;
  if (titlesOnly && v.tokens[a - 1]?.text === ',') {
    let c = a - 1;
    while (c > 0 && !BOUNDARY.has(v.tokens[c - 1]!.text) && v.tokens[c - 1]!.pos !== 'VERB' && !(v.tokens[c - 1]!.pos === 'ADP' && !PREPS.has(v.tokens[c - 1]!.text.toLowerCase()))) c--;
    const other = v.placed.some((x) => x.entityType === 'person' && x.first >= c && x.last < a - 1);
    return other ? undefined : { a: c, b: a - 2 };
  }
  return a < p.first ? { a, b: p.first - 1 } : undefined;
}

/** The apposition after a person: ", the Iraqi prime minister," */
function after(v: SentenceView, p: Placed): Window | undefined {
  if (!/^[,–—]$/.test(v.tokens[p.last + 1]?.text ?? '')) return undefined;
  const a = p.last + 2;
  let b = a;
  // "and" ends the apposition once it has its role word ("top security and intelligence commander")
  const hasRole = () => roleIn(v, { a, b: b - 1 }) !== undefined;
  while (b < v.tokens.length && !BOUNDARY.has(v.tokens[b]!.text) && b - a < 16) {
    const w = v.tokens[b]!.text.toLowerCase();
    if (STOP.has(w) && (w !== 'and' || hasRole())) break;
    // an apposition names its role before any verb: "X, signed a deal with SDF commander Y" is a clause
    // (a lower-case verb: wink takes the acronym "IS" in "a senior IS leader" for one)
    if ((v.tokens[b]!.pos === 'VERB' || v.tokens[b]!.pos === 'AUX') && /^\p{Ll}/u.test(v.tokens[b]!.text) && !hasRole()) return undefined;
    b++;
  }
  return b > a ? { a, b: b - 1 } : undefined;
}

/**
 * Finds the role phrase of a window: the first run of role words ("deputy commander",
 * "national security adviser", "prime minister"); its head is the run's last role phrase.
 */
interface Role {
  kind: 'state' | 'head' | 'member';
  at: number;
  end: number;
  subordinate: boolean;
  text: string;
  word: string;
  official: boolean;
}

function roleIn(v: SentenceView, w: Window): Role | undefined {
  // "vice-chairman", "deputy-head": the prefix makes a subordinate of the role that follows
  const ws = v.tokens.slice(w.a, w.b + 1).map((t) => t.text.toLowerCase().replace(/\.$/, '').replace(/^(vice|deputy|co)-/, ''));
  const hyphenSub = v.tokens.slice(w.a, w.b + 1).some((t) => /^(vice|deputy)-/i.test(t.text));
  const matches: Array<{ kind: 'state' | 'head' | 'member'; at: number; end: number }> = [];
  for (let i = 0; i < ws.length; i++) {
    for (const { kind, parts } of ROLE_INDEX.get(ws[i]!) ?? []) {
      if (i + parts.length <= ws.length && parts.every((p, k) => ws[i + k] === p)) matches.push({ kind, at: i, end: i + parts.length - 1 });
    }
  }
  if (matches.length === 0) return undefined;
  matches.sort((x, y) => x.at - y.at || y.end - x.end);
  // extend through the run: a match that starts where the previous one ended or right after it
  let head = matches[0]!;
  for (const m of matches) if (m.at > head.at && m.at <= head.end + 1 && m.end > head.end) head = m;
  const subordinate = hyphenSub || ws.slice(0, head.at).some((x) => SUBORDINATE.has(x)) || (head.kind === 'head' && ws.slice(Math.max(0, head.at - 3), head.at).some((x) => INSIDE.has(x)));
  const word = ws.slice(head.at, head.end + 1).join(' ');
  return { kind: head.kind, at: w.a + head.at, end: w.a + head.end, subordinate, text: span(v, w.a, w.b), word, official: OFFICIAL_SET.has(word) || head.kind !== 'member' };
}

function targetOf(v: SentenceView, w: Window, role: Role, person: Placed): Placed | undefined {
  const inWindow = v.placed.filter((x) => x !== person && x.first >= w.a && x.last <= w.b && x.entityType !== 'person' && x.entityType !== 'place');
  // "commander of the X", "fellow with the Y": the first body after the preposition
  // (over the rest of a hyphenated title: "commander-in-chief of")
  let end = role.end;
  while (v.tokens[end + 1]?.text === '-' && v.tokens[end + 2] && !v.tokens[end + 1]!.spaceBefore) end += 2;
  const prep = v.tokens[end + 1]?.text.toLowerCase();
  if (prep && PREPS.has(prep) && !(SENT.has(role.word) && (prep === 'to' || prep === 'for'))) {
    const next = inWindow.filter((x) => x.first > end).sort((a, b) => a.first - b.first || b.last - a.last);
    let body = next.find((x) => !x.mention.adjectival || x.mention.rule === 'nationality');
    // "commander-in-chief of Iran's Revolutionary Guard Corps": the body the state's possessive owns
    // (across adjectives: "head of South Sudan's feared Internal Security Bureau")
    if (body?.mention.key?.startsWith('country:') && /^['’]s$/.test(v.tokens[body.last + 1]?.text ?? '')) {
      let k = body.last + 2;
      while (k < body.last + 5 && v.tokens[k] && /^\p{Ll}/u.test(v.tokens[k]!.text) && (v.tokens[k]!.pos === 'ADJ' || v.tokens[k]!.pos === 'ADV' || v.tokens[k]!.pos === 'VERB')) k++;
      body = next.find((x) => x.first === k && x.entityType !== 'person' && x.entityType !== 'place') ?? body;
    }
    if (body) return body;
  }
  // "Iraqi prime minister", "Quds Force commander": the nearest name before the role word
  const prev = inWindow.filter((x) => x.last < role.at).sort((a, b) => b.last - a.last || b.last - b.first - (a.last - a.first));
  return prev[0];
}

/** Verbs that give a person a role after "as" or directly: "was sworn in as president of X", "became leader of Y". */
const TAKES_ROLE = /^(sworn|appointed|named|elected|installed|reappointed|re-elected|confirmed|nominated|serves|served|serving|acts|acted|acting|took|remains|remained)$/i;

/** The role a person takes in the clause after the name: "X was sworn in as president of Madagascar", "X became head of Y". */
function takenRole(v: SentenceView, p: Placed): Window | undefined {
  let k = p.last + 1;
  let taking = false;
  for (; k < v.tokens.length && k <= p.last + 6; k++) {
    const t = v.tokens[k]!;
    const w = t.text.toLowerCase();
    if (/^(became|becomes|become|becoming)$/.test(w)) { taking = true; k++; break; }
    if (w === 'as' && taking) { k++; break; }
    if (TAKES_ROLE.test(w)) { taking = true; continue; }
    if (t.pos === 'AUX' || t.pos === 'ADV' || w === 'in' || w === 'up' || w === 'over') continue;
    // ("was appointed deputy secretary-general of the UN", "was elected president of X": the role follows the verb)
    if (taking) break;
    return undefined;
  }
  if (!taking || k >= v.tokens.length) return undefined;
  const a = k;
  let b = a;
  // (the role's own phrase only: "was elected president in 2021 despite threats from X" ends before "in")
  while (b < v.tokens.length && b - a < 12 && !BOUNDARY.has(v.tokens[b]!.text) && !STOP.has(v.tokens[b]!.text.toLowerCase()) && !(v.tokens[b]!.pos === 'VERB' && b > a) && !/^(in|after|despite|amid|by|following|since|during|before|until|from|over|through|under|on)$/i.test(v.tokens[b]!.text)) b++;
  return b > a ? { a, b: b - 1 } : undefined;
}

export function roleClaims(v: SentenceView): Found[] {
  const out: Found[] = [];
  for (const p of v.placed) {
    if (p.entityType !== 'person') continue;
    for (const w of [before(v, p), after(v, p), takenRole(v, p)]) {
      if (!w) continue;
      const role = roleIn(v, w);
      if (!role) continue;
      const target = targetOf(v, w, role, p);
      if (!target) continue;
      const isState = !!target.mention.key?.startsWith('country:');
      let relation: Relation;
      if (isState && !role.official) continue;
      // ("the army's director general of military operations": the head of a department of it, a member)
      const ofDepartment = role.kind === 'head' && v.tokens[role.end + 1]?.text.toLowerCase() === 'of' && /^\p{Ll}/u.test(v.tokens[role.end + 2]?.text ?? '') && !/^(the|a|an|staff|general|defence|defense|army|naval)$/.test(v.tokens[role.end + 2]!.text) && !v.placed.some((q) => q.first === role.end + 2);
      if (isState) relation = role.kind === 'state' && !role.subordinate ? 'leads' : 'member_of';
      else relation = role.kind !== 'member' && !role.subordinate && !ofDepartment ? 'leads' : 'member_of';
      out.push(...found(p, target, relation, `role:${role.kind}`, role.text));
    }
  }
  return out;
}

/**
 * People titled as a head of state or government, or as a minister, with no state named in the title
 * or its apposition ("President Daniel Noboa", "Defence Minister X", "former President Y"): relate
 * gives them to the document's own state when one dominates it (see relateDocument).
 */
export function untargetedStateRoles(v: SentenceView): Array<{ person: Placed; relation: Relation; trigger: string; role: string; states: string[] }> {
  const out: Array<{ person: Placed; relation: Relation; trigger: string; role: string; states: string[] }> = [];
  // the states the sentence names (the story's own is left to the caller to tell apart)
  const statesHere = new Set(v.placed.filter((q) => q.mention.key?.startsWith('country:')).map((q) => q.entity));
  for (const p of v.placed) {
    if (p.entityType !== 'person' || p.mention.country) continue;
    // only a title written before the name, in capitals: an apposition ("X, a rival prime minister
    // named by parliament", "Ansaru's self-styled emir, X") is too often someone else's
    const w = before(v, p);
    if (!w || w.b !== p.first - 1 || !v.tokens.slice(w.a, w.b + 1).every((t) => /^[\p{Lu}.-]/u.test(t.text) || /^(of|for|and)$/.test(t.text))) continue;
    const role = roleIn(v, w);
    if (!role || targetOf(v, w, role, p)) continue;
    // any other name in the title ("ICRC President X", "President of the Red Crescent") is whose title it is
    if (v.placed.some((x) => x !== p && x.first >= w.a && x.last <= w.b) || /^of$/i.test(v.tokens[role.end + 1]?.text ?? '')) continue;
    const minister = role.kind === 'member' && /(^| )minister$/.test(role.word);
    if (role.kind === 'state' && !role.subordinate && STATE_LEADERS.includes(role.word) && role.word !== 'emir') out.push({ person: p, relation: 'leads', trigger: role.text, role: role.word, states: [...statesHere] });
    else if (minister || (role.kind === 'state' && role.subordinate)) out.push({ person: p, relation: 'member_of', trigger: role.text, role: role.word, states: [...statesHere] });
  }
  return out;
}
