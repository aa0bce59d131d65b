// Claims that the structure of names states: a state body written with its state ("Iraq's parliament",
// "US Central Command") is part_of it; a body named right before another ("Revolutionary Guards Quds
// Force") or "X of the Y" between bodies is part_of the larger; a place of a known country lies in it
// (from the gazetteer), and "the Green Zone of Baghdad", "Baghdad's Green Zone" state containment.
import { found, type Found } from './candidate.js';
import { span, type Placed, type SentenceView } from './view.js';

const isBody = (p: Placed) => p.entityType === 'government' && !p.mention.key?.startsWith('country:');
const isCountry = (p: Placed) => !!p.mention.key?.startsWith('country:');

export function structureClaims(v: SentenceView): Found[] {
  const out: Found[] = [];
  for (const p of v.placed) {
    // a body and the country word inside it
    if ((isBody(p) || p.entityType === 'militia') && p.mention.country) {
      // the country word inside the name ("Iraqi Interior Ministry") or right before it ("Iranian Revolutionary Guards")
      const c = v.placed.find((q) => isCountry(q) && q.mention.country === p.mention.country && ((q.first >= p.first && q.last < p.last) || q.last === p.first - 1));
      if (c) out.push(...found(p, c, 'part_of', 'name:state-body', span(v, p.first, p.last)));
    }
    const next = v.placed.find((q) => q.first === p.last + 1 && !q.mention.adjectival);
    // "Revolutionary Guards Quds Force": the second body is part of the first
    if (next && isBody(p) && isBody(next) && v.tokens[p.last]!.end < v.tokens[next.first]!.start) {
      out.push(...found(next, p, 'part_of', 'name:adjacent-bodies', span(v, p.first, next.last)));
    }
    // "the Joint Operations of the Iraqi security forces", "the Green Zone of Baghdad"
    const of = v.tokens[p.last + 1]?.text.toLowerCase() === 'of' ? p.last + 2 + (v.tokens[p.last + 2]?.text.toLowerCase() === 'the' ? 1 : 0) : -1;
    if (of > 0) {
      const y = v.placed.filter((q) => q.first === of).sort((a, b) => b.last - a.last)[0];
      if (y && isBody(p) && (isBody(y) || isCountry(y))) out.push(...found(p, y, 'part_of', 'name:x-of-y', span(v, p.first, y.last)));
      if (y && p.entityType === 'place' && (y.entityType === 'place' || isCountry(y))) out.push(...found(p, y, 'located_in', 'name:x-of-y', span(v, p.first, y.last)));
    }
    // "Baghdad's Green Zone"
    if (p.entityType === 'place' && /^['’]s$/.test(v.tokens[p.last + 1]?.text ?? '')) {
      const owned = v.placed.find((q) => q.first === p.last + 2 && q.entityType === 'place');
      if (owned) out.push(...found(owned, p, 'located_in', 'name:possessive', span(v, p.first, owned.last)));
    }
  }
  return out;
}
