// Adjectival frames: "Iranian-backed X" -> backs; "US-led coalition" -> leads; "New York-based Y" ->
// located_in; "X, a US ally" and "ally of Tehran" -> backs. The head is the name after the modifier,
// or, when the modifier describes a common noun in apposition ("X, an Iranian-aligned militia group"),
// the name the apposition describes.
import type { Relation } from '../ontology.js';
import { found, type Found } from './candidate.js';
import { span, type Placed, type SentenceView } from './view.js';

const MODIFIER_RELATION: Record<string, Relation> = Object.assign(Object.create(null) as Record<string, Relation>, {
  backed: 'backs', aligned: 'backs', allied: 'backs', funded: 'backs', sponsored: 'backs', supported: 'backs',
  armed: 'backs', trained: 'advises', friendly: 'backs', affiliated: 'backs', linked: 'backs', installed: 'backs',
  led: 'leads', run: 'leads', controlled: 'leads', dominated: 'leads', based: 'located_in',
  held: 'deployed_in', occupied: 'deployed_in',
});

/** Modifiers of holding: "Houthi-controlled Sanaa", "LNA-held air bases", "Russian-occupied Kherson" put forces in a place. */
const HOLDING = /^(controlled|held|occupied)$/;

/** The name an apposition starting at token `a` describes: "X, a ..." -> X. */
export function appositionHead(v: SentenceView, a: number): Placed | undefined {
  let c = a - 1;
  while (c >= 0 && v.tokens[c]!.text !== ',') {
    if (/^[;:.”"]$/.test(v.tokens[c]!.text)) return undefined;
    c--;
  }
  if (c < 1) return undefined;
  // "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's branch": the name before its acronym
  let e = c - 1;
  if (v.tokens[e]!.text === ')') {
    const open = v.tokens.slice(0, e).map((t) => t.text).lastIndexOf('(');
    if (open > 0 && e - open <= 4) e = open - 1;
  }
  return v.placed.filter((p) => p.last === e && !p.mention.adjectival).sort((x, y) => x.first - y.first)[0];
}

function headAfter(v: SentenceView, m: Placed): Placed | undefined {
  // "the US-led coalition" is one mention that holds its modifier
  const enclosing = v.placed.find((p) => p !== m && p.first <= m.first && p.last > m.last && !p.mention.adjectival);
  if (enclosing) return enclosing;
  const next = v.placed.find((p) => p.first > m.last && p.first <= m.last + 4 && !p.mention.adjectival);
  if (next) {
    // no clause boundary in between
    // the modifier's own "-led" is no boundary
    const between = v.tokens.slice(m.last + 1, next.first).filter((t) => t.text !== '-' && t.text.toLowerCase() !== m.mention.modifier);
    if (!between.some((t) => /^[,;:.()“”"]$/.test(t.text) || t.pos === 'VERB')) return next;
  }
  // apposition: ", an Iranian-aligned militia group,"
  let a = m.first;
  while (a > 0 && /^(a|an|the|former|influential|powerful|political)$/i.test(v.tokens[a - 1]!.text)) a--;
  if (v.tokens[a - 1]?.text === ',') return appositionHead(v, a);
  return undefined;
}

/** "air bases such as al-Jufra", "towns including Kidal": the first place a common noun's examples name, from token `k`. */
function examplesAfter(v: SentenceView, k: number): Placed | undefined {
  let q = k;
  while (q < k + 4 && v.tokens[q] && /^\p{Ll}/u.test(v.tokens[q]!.text) && !/^(such|including)$/.test(v.tokens[q]!.text) && (v.tokens[q]!.pos === 'NOUN' || v.tokens[q]!.pos === 'ADJ')) q++;
  if (q === k) return undefined;
  if (/^such$/i.test(v.tokens[q]?.text ?? '') && /^as$/i.test(v.tokens[q + 1]?.text ?? '')) q += 2;
  else if (/^including$/i.test(v.tokens[q]?.text ?? '')) q += 1;
  else return undefined;
  return v.placed.filter((p) => p.first === q && p.entityType === 'place' && !p.mention.adjectival).sort((a, b) => b.last - a.last)[0];
}

export function modifierClaims(v: SentenceView): Found[] {
  const out: Found[] = [];
  for (const m of v.placed) {
    const relation = m.mention.modifier && MODIFIER_RELATION[m.mention.modifier];
    if (!relation) continue;
    let head = headAfter(v, m);
    const trigger = span(v, m.first, Math.min(m.last + 1, v.tokens.length - 1));
    if (HOLDING.test(m.mention.modifier!)) {
      // ("LNA-held air bases such as al-Jufra": the place the common noun's examples name)
      let k = m.last + 1;
      while (v.tokens[k] && (v.tokens[k]!.text === '-' || v.tokens[k]!.text.toLowerCase() === m.mention.modifier)) k++;
      head ??= examplesAfter(v, k);
      // (what a group controls is a place it holds, a body it runs: "Iranian-controlled militias")
      const place = head && (head.entityType === 'place' || head.mention.key?.startsWith('country:'));
      if (place) out.push(...found(m, head, 'deployed_in', `modifier:${m.mention.modifier}`, trigger));
      else if (relation === 'leads') out.push(...found(m, head, relation, `modifier:${m.mention.modifier}`, trigger));
      continue;
    }
    if (relation === 'located_in') out.push(...found(head, m, 'located_in', `modifier:${m.mention.modifier}`, trigger));
    else out.push(...found(m, head, relation, `modifier:${m.mention.modifier}`, trigger));
  }
  // "X, a US ally", "an influential political actor ally of Tehran"
  v.tokens.forEach((t, i) => {
    if (!/^(ally|allies|proxy|proxies)$/i.test(t.text)) return;
    const before = v.placed.find((p) => p.last === i - 1);
    const ofTarget = /^of$/i.test(v.tokens[i + 1]?.text ?? '') ? v.placed.find((p) => p.first === i + 2 || (p.first === i + 3 && /^the$/i.test(v.tokens[i + 2]!.text))) : undefined;
    const backer = before ?? ofTarget;
    if (!backer) return;
    let a = before ? before.first : i;
    while (a > 0 && v.tokens[a - 1]!.text !== ',' && !/^[;:.]$/.test(v.tokens[a - 1]!.text)) a--;
    const described = appositionHead(v, a);
    out.push(...found(backer, described, 'backs', 'apposition:ally', span(v, a, Math.min(i + 2, v.tokens.length - 1))));
  });
  return out;
}
