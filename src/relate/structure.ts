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
      // the country word inside the name ("Iraqi Interior Ministry", "Security Service of Ukraine") or right before it ("Iranian Revolutionary Guards")
      const c = v.placed.find((q) => isCountry(q) && q.mention.country === p.mention.country && ((q.first >= p.first && q.last <= p.last) || q.last === p.first - 1));
      if (c) out.push(...found(p, c, 'part_of', 'name:state-body', span(v, p.first, p.last)));
    }
    // "United Nations Support Mission in Libya", "AU Commission": the organisation opening the name
    if (p.entityType !== 'person' && p.entityType !== 'place' && !p.mention.adjectival) {
      const org = v.placed.find((q) => q !== p && q.mention.rule === 'name-prefix:organisation' && q.first === p.first && q.last < p.last);
      if (org) out.push(...found(p, org, 'part_of', 'name:organisation-prefix', span(v, p.first, p.last)));
    }
    // "Kikli's Stability Support Apparatus", "the GNU's Interior Ministry", "Libya's internationally
    // recognised Government of National Unity": a leader's group, a body's body, a state's body
    if (/^['’]s$/.test(v.tokens[p.last + 1]?.text ?? '') && !p.mention.adjectival) {
      let k = p.last + 2;
      while (k < v.tokens.length && k < p.last + 5 && /^\p{Ll}/u.test(v.tokens[k]!.text) && (v.tokens[k]!.pos === 'ADV' || v.tokens[k]!.pos === 'ADJ' || (v.tokens[k]!.pos === 'VERB' && /(ed|en)$/.test(v.tokens[k]!.text)))) k++;
      const owned = v.placed.filter((q) => q.first === k && !q.mention.adjectival && q.entityType !== 'person' && q.entityType !== 'place' && !isCountry(q)).sort((a, b) => b.last - a.last)[0];
      const countryless = (q: Placed) => !q.mention.key?.startsWith('body:') || q.mention.key.startsWith('body::');
      if (owned && p.entityType === 'person' && (owned.entityType !== 'government' || countryless(owned))) out.push(...found(p, owned, 'leads', 'name:possessive-leader', span(v, p.first, owned.last)));
      else if (owned && (isBody(p) || (isCountry(p) && countryless(owned))) && isBody(owned)) out.push(...found(owned, p, 'part_of', 'name:possessive-body', span(v, p.first, owned.last)));
      else if (owned && (p.entityType === 'organization' || p.entityType === 'militia') && owned.entityType === p.entityType) out.push(...found(owned, p, 'part_of', 'name:possessive-body', span(v, p.first, owned.last)));
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
    // "the anti-ISIS task force in Iraq", "US Central Command in the Middle East": a body's forces there;
    // "the embassy compound in the Green Zone": a place inside another
    const inAt = v.tokens[p.last + 1]?.text.toLowerCase() === 'in' ? p.last + 2 : /^(compound|headquarters|building|complex|province|district|regency|region|governorate|county)$/i.test(v.tokens[p.last + 1]?.text ?? '') && v.tokens[p.last + 2]?.text.toLowerCase() === 'in' ? p.last + 3 : -1;
    if (inAt > 0) {
      let k = inAt;
      while (k < v.tokens.length && (v.tokens[k]!.pos === 'DET' || v.tokens[k]!.pos === 'ADV' || (v.tokens[k]!.pos === 'ADJ' && /^\p{Ll}/u.test(v.tokens[k]!.text)) || (v.tokens[k]!.pos === 'VERB' && /ed$/.test(v.tokens[k]!.text)) || /^(neighbouring|neighboring|surrounding)$/.test(v.tokens[k]!.text))) k++;
      // "Balama in the south-west of Cabo Delgado", "a camp on the outskirts of Goma": a part of the place
      // (wink reads "south" as an adverb and splits "south-west" at its hyphen)
      const PART = /^(north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|centre|center|heart|outskirts|edge|suburbs|interior)$/i;
      if (v.tokens[k]?.text === '-' && PART.test(v.tokens[k - 1]?.text ?? '') && PART.test(v.tokens[k + 1]?.text ?? '')) k++;
      if (k > inAt && PART.test(v.tokens[k]?.text ?? '') && v.tokens[k + 1]?.text.toLowerCase() === 'of') k += 2;
      else if (k > inAt && v.tokens[k]?.text.toLowerCase() === 'of' && PART.test(v.tokens[k - 1]?.text ?? '')) k++;
      let where: Placed | undefined = v.placed.filter((q) => q.first === k && !q.mention.modifier && !q.mention.adjectival && (q.entityType === 'place' || isCountry(q))).sort((a, b) => b.last - a.last)[0];
      // "in the Saudi city of Jeddah": the place is the city, not the state
      if (where && /^(city|town|village|capital|port|province|region)$/i.test(v.tokens[where.last + 1]?.text ?? '')) {
        const of = v.tokens[where.last + 2]?.text.toLowerCase() === 'of' ? where.last + 3 : where.last + 2;
        const inner = v.placed.find((q) => q.first === of && q.entityType === 'place');
        // "in North Kivu province on Thursday": no place after the noun, the place is the one before it
        if (inner || isCountry(where)) where = inner;
      }
      if (where && (isBody(p) || p.entityType === 'militia' || p.mention.key === 'coalition' || /task force/i.test(p.mention.text))) {
        out.push(...found(p, where, 'deployed_in', 'name:body-in-place', span(v, p.first, where.last)));
      }
      if (where && p.entityType === 'place') out.push(...found(p, where, 'located_in', 'name:place-in-place', span(v, p.first, where.last)));
    }
    // "Catatumbo, a coca-growing area in Norte de Santander province": an apposition that places a place
    // ("Haris and Talousa, two villages in southern Lebanon": the apposition after the second name places both)
    const second = v.tokens[p.last + 1]?.text.toLowerCase() === 'and' ? v.placed.find((q) => q.first === p.last + 2 && q.entityType === 'place') : undefined;
    const comma = second ? second.last + 1 : p.last + 1;
    // ("Pahalgam is a resort town in the Anantnag district": the copula says it too)
    if (p.entityType === 'place' && (v.tokens[comma]?.text === ',' || /^(is|was)$/i.test(v.tokens[comma]?.text ?? '')) && /^(a|an|the|two|three|four|both)$/i.test(v.tokens[comma + 1]?.text ?? '')) {
      let k = comma + 2;
      // ("Srinagar, the main city of Indian-administered Kashmir", "Asmara, the capital of Eritrea", "Mugi, a
      // district of Nduga", "Intan Jaya and Puncak, two regencies of Central Papua")
      const OF_NOUNS = /^(city|town|capital|port|village|district|province|region|regency|county|municipality|suburb|neighbourhood|neighborhood|area|cities|towns|villages|districts|provinces|regions|regencies|counties|municipalities|areas)$/i;
      while (k < v.tokens.length && k < comma + 8 && !/^(in|inside|near)$/i.test(v.tokens[k]!.text) && !(v.tokens[k]!.text.toLowerCase() === 'of' && OF_NOUNS.test(v.tokens[k - 1]?.text ?? '')) && !/^[,;:.()]$/.test(v.tokens[k]!.text)) k++;
      const noun = v.tokens[k - 1]?.text ?? '';
      const ofCity = v.tokens[k]?.text.toLowerCase() === 'of' && OF_NOUNS.test(noun);
      if (ofCity || (/^(in|inside)$/i.test(v.tokens[k]?.text ?? '') && /^(area|region|town|city|village|district|province|regency|county|enclave|port|base|camp|hub|stronghold|suburb|neighbourhood|neighborhood|airstrip|airfield|airport|areas|towns|cities|villages|districts|provinces|regencies)$/i.test(noun))) {
        // (across "the", a direction or a word of nearness: "in southern Lebanon", "in neighbouring Central Papua")
        let at = k + 1;
        // (a capitalised direction opens a name: "Central Papua")
        while (at < k + 4 && (v.tokens[at]?.pos === 'DET' || /^(northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|neighbouring|neighboring|nearby|adjacent|remote)$/.test(v.tokens[at]?.text ?? ''))) at++;
        const where = v.placed.filter((q) => q.first === at && !q.mention.adjectival && (q.entityType === 'place' || isCountry(q))).sort((a, b) => b.last - a.last)[0];
        if (where) for (const x of second ? [p, second] : [p]) out.push(...found(x, where, 'located_in', 'name:apposition-in', span(v, x.first, where.last)));
      }
    }
    // "the African Union ... Mission in Somalia", "Islamic State in Iraq": a group named for where it operates
    if ((p.entityType === 'organization' || p.entityType === 'militia') && !p.mention.adjectival) {
      const where = v.placed.find((q) => q !== p && q.last === p.last && q.first > p.first && v.tokens[q.first - 1]?.text.toLowerCase() === 'in' && (q.entityType === 'place' || isCountry(q)));
      if (where) out.push(...found(p, where, 'deployed_in', 'name:group-in-place', span(v, p.first, p.last)));
    }
    // "the central Malian village of Moura": a demonym before the place noun names the place's state
    // ("the southern Gaza city of Rafah", "the Syrian border town of X": a place's name does too)
    if (p.entityType === 'place' && v.tokens[p.first - 1]?.text.toLowerCase() === 'of' && /^(village|town|city|province|region|district|port|county|governorate)$/i.test(v.tokens[p.first - 2]?.text ?? '')) {
      const state = v.placed.find((q) => isCountry(q) && q.mention.adjectival && !q.mention.modifier && q.last < p.first - 2 && p.first - 2 - q.last <= 2);
      if (state) out.push(...found(p, state, 'located_in', 'name:demonym-place', span(v, state.first, p.last)));
      const within = state ? undefined : v.placed.find((q) => q.entityType === 'place' && !q.mention.adjectival && !q.mention.modifier && q.last < p.first - 2 && p.first - 2 - q.last <= 2 && v.tokens.slice(q.last + 1, p.first - 2).every((t) => /^\p{Ll}/u.test(t.text) && t.pos === 'NOUN') && (/^the$/i.test(v.tokens[q.first - 1]?.text ?? '') || (v.tokens[q.first - 1]?.pos === 'ADJ' && /^the$/i.test(v.tokens[q.first - 2]?.text ?? ''))));
      // (a town of a place lies in it; "the Anantnag district of Kashmir" says the district lies in the second)
      const settlement = /^(village|town|city)$/i.test(v.tokens[p.first - 2]!.text);
      if (within && settlement) out.push(...found(p, within, 'located_in', 'name:place-noun-of', span(v, within.first, p.last)));
      else if (within && /^(district|province|region|county|governorate)$/i.test(v.tokens[p.first - 2]!.text)) out.push(...found(within, p, 'located_in', 'name:place-noun-of', span(v, within.first, p.last)));
    }
    // "N. Biren Singh of the Bharatiya Janata Party", "Ahmed Hassan of Hamas": a person of a group is its member
    if (p.entityType === 'person' && v.tokens[p.last + 1]?.text.toLowerCase() === 'of') {
      const at = p.last + 2 + (v.tokens[p.last + 2]?.text.toLowerCase() === 'the' ? 1 : 0);
      const group = v.placed.filter((q) => q.first === at && !q.mention.adjectival && !isCountry(q) && q.entityType !== 'person' && q.entityType !== 'place').sort((a, b) => b.last - a.last)[0];
      // (not "informed Netanyahu of the Hamas response": the group names a thing of its own)
      const after = group ? v.tokens[group.last + 1] : undefined;
      const ownNoun = !!after && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN';
      if (group && !ownNoun && !/^['’]s$/.test(v.tokens[group.last + 1]?.text ?? '')) out.push(...found(p, group, 'member_of', 'name:person-of-group', span(v, p.first, group.last)));
    }
    // "El Paso, Texas", "QAMISHLI, Syria (Reuters) —", "Misrata, Libya's third-largest city": a place, a
    // comma, and the state or province it lies in; not a list ("Aleppo, Idlib and Hama", "in Homs,
    // Hama, Idlib"), and not where the gazetteer puts the place in another state
    if (p.entityType === 'place' && !isCountry(p) && v.tokens[p.last + 1]?.text === ',' && !/^(,|and|or)$/i.test(v.tokens[p.first - 1]?.text ?? '')) {
      const y = v.placed.filter((q) => q.first === p.last + 2 && !q.mention.adjectival && !q.mention.modifier && (isCountry(q) || (q.entityType === 'place' && /^gazetteer:(province|region)$/.test(q.mention.rule)))).sort((a, b) => b.last - a.last)[0];
      const notTheState = (y: Placed) => {
        const after = v.tokens[y.last + 1]?.text.toLowerCase() ?? '';
        // ("In South Kivu, Burundi has troops", "In Jenin, Israel's raids", "Near Aleppo, Idlib residents": the
        // state opens the next clause; "Misrata, Libya's third-largest city": a possessive names a place noun)
        if (/^['’]s$/.test(after)) return !v.tokens.slice(y.last + 2, y.last + 6).some((t) => /^(city|cities|town|capital|port|province|region|district|village|hub|stronghold|heartland|enclave|border|coast|base)$/i.test(t.text));
        if (after && !/^[,.;:!?()\[\]"“”—–-]$/.test(after)) return true;
        return /^(and|or|&)$/.test(after) || (after === ',' && (/^(and|or)$/i.test(v.tokens[y.last + 2]?.text ?? '') || v.placed.some((q) => q.first === y.last + 2 && (q.entityType === 'place' || isCountry(q)))));
      };
      const state = (y: Placed) => (isCountry(y) ? y.mention.key!.slice('country:'.length) : y.mention.country);
      // (a capital lies in its state, not in a province named beside it: "Kabul, Kandahar" is a list)
      const capitalBesideProvince = (y: Placed) => p.mention.rule === 'gazetteer:capital' && !isCountry(y);
      if (y && y.entity !== p.entity && !notTheState(y) && !capitalBesideProvince(y) && (!p.mention.country || p.mention.country === state(y))) out.push(...found(p, y, 'located_in', 'name:place-comma-place', span(v, p.first, y.last)));
    }
    // "Baghdad's Green Zone", "Pakistan's Punjab province"
    if ((p.entityType === 'place' || (isCountry(p) && !p.mention.adjectival)) && /^['’]s$/.test(v.tokens[p.last + 1]?.text ?? '')) {
      const owned = v.placed.find((q) => q.first === p.last + 2 && q.entityType === 'place');
      if (owned) out.push(...found(owned, p, 'located_in', 'name:possessive', span(v, p.first, owned.last)));
    }
  }
  out.push(...appositionBodies(v));
  // "the coalition, which encompasses more than 80 countries, including France, Britain and ..."
  v.tokens.forEach((t, i) => {
    if (!/^(including|includes|include|comprising|comprises|encompassing)$/i.test(t.text)) return;
    const whole = v.placed.filter((p) => p.last < i && i - p.last <= 15 && (p.entityType === 'organization' || p.entityType === 'militia') && !p.mention.adjectival).sort((a, b) => b.last - a.last)[0];
    if (!whole) return;
    // a finite "includes" lists the members of its subject: the whole right before it ("the Alliance, which
    // also includes"), not a name inside another clause ("it is hosted by UNIFIL ... and also includes")
    if (!/^including$/i.test(t.text) && !v.tokens.slice(whole.last + 1, i).every((x, n) => /^(,|which|that|also|now|currently|\(|\))$/i.test(x.text) || v.placed.some((p) => p.first <= whole.last + 1 + n && p.last >= whole.last + 1 + n))) return;
    let k = i + 1;
    for (;;) {
      if (v.tokens[k]?.pos === 'DET') k++;
      const member = v.placed.filter((p) => p.first === k && !p.mention.adjectival).sort((a, b) => b.last - a.last)[0];
      // states, bodies of the whole's kind, and armed groups in an alliance of groups
      if (!member || !(isCountry(member) || member.entityType === whole.entityType || member.entityType === 'militia')) break;
      out.push(...found(member, whole, 'part_of', 'name:member-list', span(v, whole.first, member.last)));
      if (!/^(,|and)$/i.test(v.tokens[member.last + 1]?.text ?? '')) break;
      k = member.last + 2;
      if (v.tokens[k]?.text.toLowerCase() === 'and') k++;
    }
  });
  return out;
}

/** The nouns that end a description of a body: "Sudan's ruling body", "the UN migration agency". */
const BODY_NOUNS = /^(body|bodies|command|council|agency|mission|wing|service|company|unit|force|branch|arm|watchdog|campaign|operation|broadcaster|house|parliament|legislature|chamber|ministry|department|office|carrier|headquarters|brigade|division|militia|faction|affiliate|regulator|authority|court|tribunal|bank|fund|firm|operator|outlet|network|corps|guard|police|army|navy|cabinet|committee|commission|secretariat|directorate|programme|program|organisation|organization)$/i;

/**
 * "the Sovereignty Council, Sudan's ruling body", "IOM, the UN migration agency", "Operation Hadin Kai,
 * the Nigerian Army's campaign", and the other way round "Israel's ambulance service, Magen David Adom":
 * a body described in apposition as another's (its lower-case description ending on a body's noun) is
 * part of it.
 */
function appositionBodies(v: SentenceView): Found[] {
  const out: Found[] = [];
  const isPart = (p: Placed) => !p.mention.adjectival && !p.mention.modifier && p.entityType !== 'person' && p.entityType !== 'place' && !isCountry(p);
  // (not a description repeating a name: "the movement's other faction" may be another movement's)
  const isOwner = (p: Placed) => !p.mention.modifier && !p.mention.anaphor && p.entityType !== 'person' && p.entityType !== 'place';
  // ("the AA's parent organisation, the ULA": the parent is the whole)
  const parent = (a: number, b: number) => v.tokens.slice(a, b + 1).some((t) => /^(parent|umbrella)$/i.test(t.text));
  const whole = (part: Placed, owner: Placed, a: number, b: number, trigger: string) => (parent(a, b) ? found(owner, part, 'part_of', 'name:apposition-body', trigger) : found(part, owner, 'part_of', 'name:apposition-body', trigger));
  // the lower-case description from `k`: its end when it ends on a body's noun, else -1
  const description = (k: number): number => {
    let e = k;
    while (e < k + 6 && v.tokens[e] && /^\p{Ll}/u.test(v.tokens[e]!.text) && /^(ADJ|NOUN|VERB)$/.test(v.tokens[e]!.pos) && !v.placed.some((q) => q.first === e)) e++;
    // ("lower house of parliament")
    if (v.tokens[e]?.text === 'of' && /^\p{Ll}/u.test(v.tokens[e + 1]?.text ?? '') && v.tokens[e + 1]?.pos === 'NOUN' && !v.placed.some((q) => q.first === e + 1)) e += 2;
    return e > k && BODY_NOUNS.test(v.tokens[e - 1]!.text) ? e - 1 : -1;
  };
  const ends = (k: number) => !v.tokens[k] || /^[,.;:()—–]$/.test(v.tokens[k]!.text) || /^(that|which|and|in|based|headquartered)$/i.test(v.tokens[k]!.text);
  v.tokens.forEach((t, c) => {
    if (t.text !== ',') return;
    // X, [the] Owner's description  |  X, the Owner description
    let e = c - 1;
    if (v.tokens[e]?.text === ')') {
      const open = v.tokens.slice(0, e).map((x) => x.text).lastIndexOf('(');
      if (open > 0 && e - open <= 4) e = open - 1;
    }
    const part = v.placed.filter((p) => p.last === e && isPart(p)).sort((a, b) => a.first - b.first)[0];
    const at = c + 1 + (/^(the|a|an)$/i.test(v.tokens[c + 1]?.text ?? '') ? 1 : 0);
    if (part) {
      const owner = v.placed.filter((p) => p.first === at && isOwner(p) && p.entity !== part.entity).sort((a, b) => b.last - a.last)[0];
      if (owner) {
        const possessive = /^['’]s$/.test(v.tokens[owner.last + 1]?.text ?? '');
        // (a name before a noun only where it names no state: "the UN migration agency", not "the Sudanese army unit")
        const from = possessive ? owner.last + 2 : !isCountry(owner) && !owner.mention.adjectival && at === c + 2 ? owner.last + 1 : -1;
        const last = from > 0 ? description(from) : -1;
        if (last > 0 && ends(last + 1)) out.push(...whole(part, owner, from, last, span(v, part.first, last)));
      }
    }
    // Owner's description, X
    const x = v.placed.filter((p) => p.first === at && isPart(p)).sort((a, b) => b.last - a.last)[0];
    if (x) {
      let k = c - 1;
      while (k > c - 7 && k > 0 && /^\p{Ll}/u.test(v.tokens[k]!.text) && /^(ADJ|NOUN|VERB)$/.test(v.tokens[k]!.pos) && !/^['’]s$/.test(v.tokens[k - 1]!.text)) k--;
      if (k < c - 1 && BODY_NOUNS.test(v.tokens[c - 1]!.text) && /^['’]s$/.test(v.tokens[k - 1]?.text ?? '')) {
        const owner = v.placed.filter((p) => p.last === k - 2 && isOwner(p) && p.entity !== x.entity).sort((a, b) => a.first - b.first)[0];
        // (the name ends its phrase: not "talks with Israel's security cabinet, Hamas said")
        if (owner && ends(x.last + 1)) out.push(...whole(x, owner, k, c - 1, span(v, owner.first, x.last)));
      }
    }
  });
  return out;
}
