// Cue words that type a name by its own words: the head of "Kataib Hezbollah", "Interior Ministry",
// "Brookings Institution", "Green Zone". Lower case; multi-word cues are matched as phrases.
import type { EntityType } from '../ontology.js';
import { memo } from '../text/memo.js';

/** Words of armed groups, with the transliterated Arabic ones. */
export const MILITIA_CUES = [
  'militia', 'militias', 'brigade', 'brigades', 'battalion', 'battalions', 'front', 'movement', 'faction', 'rebels',
  'insurgents', 'mujahideen', 'army of', 'legion', 'kataib', "kata'ib", 'harakat', 'harakat', 'asaib', "asa'ib",
  'saraya', 'liwa', 'jaysh', 'jaish', 'jabhat', 'hashd', 'hezbollah', 'hizbullah', 'hizballah', 'ansar', 'tahrir',
  'fatah al', 'jihad', 'shabaab', 'militants', 'guerrillas', 'resistance', 'islamic state of', 'liberation army',
  'defence forces', 'self-defense forces', 'mobilization forces', 'mobilisation forces', "jama'at", 'jamaat', 'jamaah',
  'nusrat', "jama'atu", 'jamaatu', 'ansarul', 'katibat', 'katiba', 'wilayat', 'mujahidin', 'tanzim', 'harakat', 'armed group', 'armed groups', 'gang', 'gangs',
  'cartel', 'paramilitary', 'paramilitaries', 'fighters', 'freedom fighters', 'warriors', 'islamiyah', 'islamiyya', 'islamiya', 'dawlah', 'dawla',
];

/** Words of state bodies. */
export const STATE_BODY_CUES = [
  'ministry', 'ministry of', 'parliament', 'armed forces', 'security forces', 'special forces', 'command', 'intelligence',
  'police', 'presidency', 'council of ministers', 'cabinet', 'senate', 'congress', 'national assembly', 'assembly',
  'army', 'navy', 'air force', 'marines', 'marine corps', 'coast guard', 'national guard', 'guard corps', 'force',
  'forces', 'department', 'administration', 'government', 'court', 'supreme court', 'central bank', 'operations', 'joint chiefs', 'directorate', 'bureau', 'office of', 'secret service', 'military',
  'gendarmerie', 'judiciary', 'junta', 'knesset', 'duma', 'majlis', 'politburo', 'corps', 'service', 'services',
  'general staff', 'staff', 'foreign office', 'home office', 'presidential office', 'president\'s office', 'prime minister\'s office', 'cabinet office', 'war office', 'prosecutor general\'s office', 'attorney general\'s office', 'guard', 'guards', 'presidential council', 'leadership council', 'sovereignty council',
  'sovereign council', 'military council', 'national security council', 'state council', 'revolutionary council',
  'command council', 'security cabinet', 'war cabinet', 'governing council', 'house of', 'chamber of deputies', 'apparatus', 'republic', 'authority', 'security agency', 'intelligence agency', 'investigation agency', 'crime agency', 'bureau of investigation', 'rifles', 'defence council', 'defense council', 'regiment', 'unit', 'defence headquarters', 'defense headquarters', 'army headquarters', 'police headquarters', 'constabulary', 'constitutional council', 'constitutional court', 'intelligence organisation', 'intelligence organization', 'intelligence service', 'expeditionary unit', 'strike group', 'infantry division', 'armoured division', 'armored division', 'airborne division', 'mechanised division', 'mechanized division', 'army region', 'army area', 'military region', 'military district', 'military zone', 'military command', 'central headquarters', 'general headquarters', 'joint headquarters',
  'council of representatives', 'house of representatives', 'upper house', 'lower house',
];

/** Words of other organisations. */
export const ORGANISATION_CUES = [
  'foundation', 'institute', 'institution', 'agency', 'news', 'university', 'college', 'party', 'coalition', 'alliance',
  'committee', 'association', 'center', 'centre', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'press',
  'times', 'post', 'journal', 'network', 'tv', 'television', 'radio', 'bank', 'union', 'organization', 'organisation',
  'federation', 'league', 'society', 'fund', 'watch', 'commission', 'council', 'forum', 'initiative', 'program',
  'programme', 'project', 'trust', 'church', 'school', 'club', 'task force', 'mission', 'observatory', 'tribune', 'operation',
  'herald', 'gazette', 'daily', 'monitor', 'airlines', 'airways', 'international', 'endowment', 'crisis group', 'think tank',
  'board', 'office', 'list', 'lista', 'partija', 'stranka', 'partei', 'parti', 'partido', 'partito', 'collective', 'broadcaster', 'chamber', 'conference', 'invest', 'investments', 'holding', 'holdings', 'mining', 'logistics', 'consulting', 'contractors', 'chamber of commerce', 'community', 'panel', 'lab', 'laboratory', 'consortium',
];

/** Words of places. */
export const PLACE_CUES = [
  'airbase', 'air base', 'base', 'zone', 'province', 'governorate', 'district', 'region', 'regency', 'camp', 'airport', 'airstrip', 'square',
  'street', 'road', 'bridge', 'valley', 'river', 'mountain', 'mountains', 'strait', 'gulf', 'sea', 'ocean', 'desert',
  'island', 'islands', 'border', 'crossing', 'port', 'city', 'village', 'town', 'county', 'state of', 'peninsula',
  'plain', 'plains', 'heights', 'lake', 'canal', 'hospital', 'palace', 'house', 'mosque', 'shrine', 'stadium', 'park',
  'compound', 'checkpoint', 'oilfield', 'field', 'dam', 'refinery', 'prison', 'penitentiary', 'jail', 'fort', 'campus', 'police station', 'neighbourhood', 'neighborhood',
  'quarter', 'hills', 'coast', 'corridor', 'embassy', 'consulate', 'forest', 'jungle', 'plateau', 'basin', 'delta',
  'marshes', 'wetlands', 'highlands', 'lowlands', 'farms', 'line', 'route', 'highway', 'railway', 'triangle', 'temple', 'hemisphere', 'shoal', 'shoals', 'reef', 'reefs', 'atoll', 'cay', 'islets', 'archipelago', 'medical center', 'medical centre', 'meadow', 'pass', 'oval office', 'local government area', 'local government areas', 'swamp', 'lagoon', 'bay', 'gorge',
];

/** Nouns that say the words before them name a place: "the province of X", "the city of X". */
export const PLACE_OF = ['province', 'city', 'town', 'village', 'district', 'region', 'governorate', 'capital', 'state', 'port', 'county', 'resident', 'residents', 'native', 'natives', 'inhabitants'];

const CUES: Array<[EntityType, string[]]> = [
  ['militia', MILITIA_CUES],
  ['place', PLACE_CUES],
  ['government', STATE_BODY_CUES],
  ['organization', ORGANISATION_CUES],
];

/**
 * The type a name's own words suggest, by its last cue word (the head): "Interior Ministry" ->
 * government, "Kataib Sayyid al-Shuhada" -> militia (a militia word anywhere wins).
 */
export const typeByCues = memo(cuesOf);

/** Cues by their last word, so a name is matched word by word instead of against every cue. */
const BY_LAST_WORD = new Map<string, Array<{ entityType: EntityType; cue: string; words: string[] }>>();
for (const [entityType, cues] of CUES) {
  for (const cue of cues) {
    const words = cue.split(' ');
    const last = words[words.length - 1]!;
    BY_LAST_WORD.set(last, [...(BY_LAST_WORD.get(last) ?? []), { entityType, cue, words }]);
  }
}

function cuesOf(name: string): { entityType: EntityType; cue: string } | undefined {
  // "Trump Route for International Peace", "Centre for Strategic Studies": the head stands before "for"
  const forAt = name.indexOf(' for ');
  if (forAt > 0) {
    const head = cuesOf(name.slice(0, forAt));
    if (head) return head;
  }
  const originals = name.replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' -]/gu, ' ').split(/\s+/).filter(Boolean);
  // (accents aside: "TC Televisión" is a television)
  const words = originals.map((w) => w.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
  let best: { entityType: EntityType; cue: string; end: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    // a word, or its first part when hyphenated ("Hezbollah-led"); a militia word anywhere wins
    // ("Centre-Nord" is a name of its own: a name's first word is cut only before a lower-case second
    // part, "Hezbollah-led"; a later one also before a capital, "Sudan Liberation Movement-Abdel Wahid")
    for (const candidate of [words[i]!, ...(i > 0 || /-\p{Ll}/u.test(originals[i] ?? '') ? words[i]!.split('-').slice(0, 1) : [])]) {
      for (const c of BY_LAST_WORD.get(candidate) ?? []) {
        const n = c.words.length;
        const start = i - n + 1;
        if (start < 0 || !c.words.every((w, k) => (k === n - 1 ? candidate === w : words[start + k] === w))) continue;
        // (a party is an organisation, its name's other words aside: "Nationalist Movement Party")
        if (c.entityType === 'militia' && words[words.length - 1] !== 'party') return { entityType: 'militia', cue: c.cue };
        // the cue that ends last is the head; a longer one ending there wins ("leadership council")
        if (!best || i > best.end || (i === best.end && c.cue.length > best.cue.length)) best = { entityType: c.entityType, cue: c.cue, end: i };
      }
    }
  }
  return best && { entityType: best.entityType, cue: best.cue };
}
