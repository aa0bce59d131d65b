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
  'nusrat', 'katibat', 'wilayat', 'mujahidin', 'tanzim', 'harakat',
];

/** Words of state bodies. */
export const STATE_BODY_CUES = [
  'ministry', 'ministry of', 'parliament', 'armed forces', 'security forces', 'special forces', 'command', 'intelligence',
  'police', 'presidency', 'council of ministers', 'cabinet', 'senate', 'congress', 'national assembly', 'assembly',
  'army', 'navy', 'air force', 'marines', 'marine corps', 'coast guard', 'national guard', 'guard corps', 'force',
  'forces', 'department', 'administration', 'government', 'court', 'supreme court', 'central bank', 'operations', 'joint chiefs', 'directorate', 'bureau', 'office of', 'secret service', 'military',
  'gendarmerie', 'judiciary', 'junta', 'knesset', 'duma', 'majlis', 'politburo', 'corps', 'service', 'services',
  'general staff', 'staff', 'guard', 'guards', 'presidential council', 'leadership council', 'sovereignty council',
  'sovereign council', 'military council', 'national security council', 'state council', 'revolutionary council',
  'command council', 'security cabinet', 'war cabinet', 'governing council',
];

/** Words of other organisations. */
export const ORGANISATION_CUES = [
  'foundation', 'institute', 'institution', 'agency', 'news', 'university', 'college', 'party', 'coalition', 'alliance',
  'committee', 'association', 'center', 'centre', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'press',
  'times', 'post', 'journal', 'network', 'tv', 'television', 'radio', 'bank', 'union', 'organization', 'organisation',
  'federation', 'league', 'society', 'fund', 'watch', 'commission', 'council', 'forum', 'initiative', 'program',
  'programme', 'project', 'trust', 'church', 'school', 'club', 'task force', 'mission', 'observatory', 'tribune', 'operation',
  'herald', 'gazette', 'daily', 'monitor', 'airlines', 'airways', 'international', 'endowment', 'crisis group', 'think tank',
];

/** Words of places. */
export const PLACE_CUES = [
  'airbase', 'air base', 'base', 'zone', 'province', 'governorate', 'district', 'region', 'camp', 'airport', 'square',
  'street', 'road', 'bridge', 'valley', 'river', 'mountain', 'mountains', 'strait', 'gulf', 'sea', 'ocean', 'desert',
  'island', 'islands', 'border', 'crossing', 'port', 'city', 'village', 'town', 'county', 'state of', 'peninsula',
  'plain', 'plains', 'heights', 'lake', 'canal', 'hospital', 'palace', 'house', 'mosque', 'shrine', 'stadium', 'park',
  'compound', 'checkpoint', 'oilfield', 'field', 'dam', 'refinery', 'prison', 'neighbourhood', 'neighborhood',
  'quarter', 'hills', 'coast', 'corridor', 'embassy', 'consulate',
];

/** Nouns that say the words before them name a place: "the province of X", "the city of X". */
export const PLACE_OF = ['province', 'city', 'town', 'village', 'district', 'region', 'governorate', 'capital', 'state', 'port', 'county'];

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

function cuesOf(name: string): { entityType: EntityType; cue: string } | undefined {
  const lower = ` ${name.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' -]/gu, ' ')} `;
  const militia = MILITIA_CUES.find((c) => lower.includes(` ${c} `) || lower.includes(` ${c}-`));
  if (militia) return { entityType: 'militia', cue: militia };
  // the right-most cue is the head of the phrase
  let best: { entityType: EntityType; cue: string; at: number } | undefined;
  for (const [entityType, cues] of CUES) {
    if (entityType === 'militia') continue;
    for (const c of cues) {
      const at = lower.lastIndexOf(` ${c} `);
      // the cue that ends last is the head; a longer one ending there wins ("leadership council")
      const end = at + c.length;
      const bestEnd = best ? best.at + best.cue.length : -1;
      if (at >= 0 && (!best || end > bestEnd || (end === bestEnd && c.length > best.cue.length))) best = { entityType, cue: c, at };
    }
  }
  return best && { entityType: best.entityType, cue: best.cue };
}
