// Bodies of a state written as a country word plus a common noun: "the Iraqi parliament",
// "Iraq's security forces", "the US military". Some such phrases are the state itself
// ("the Iraqi government", "the Iranian regime"), which ONTOLOGY.md makes one node with the country.

/** Head nouns that make a state body, longest first when matched. Lower case. */
export const BODY_HEADS = [
  'joint operations command', 'government security forces', 'security forces', 'armed forces', 'special forces',
  'national defense force', 'national defence force', 'national defense forces', 'national defence forces', 'national armed forces',
  'defense forces', 'defence forces', 'defense force', 'defence force', 'national army',
  'interior ministry', 'foreign ministry', 'defence ministry', 'defense ministry', 'oil ministry', 'finance ministry',
  'health ministry', 'justice ministry', 'intelligence service', 'intelligence services', 'intelligence agency',
  'national guard', 'coast guard', 'air force', 'central bank', 'supreme court', 'federal court', 'foreign office',
  'state department', 'revolutionary guards', 'revolutionary guard', 'military', 'army', 'navy', 'parliament',
  'police', 'cabinet', 'senate', 'congress', 'judiciary', 'presidency', 'embassy', 'consulate', 'intelligence', 'marines',
  'peacekeeping contingent', 'peacekeeping force', 'peacekeeping forces', 'peacekeeping mission', 'contingent', 'general staff',
];

/** Body heads that name a building, a place, not a body: the embassy lies in the host country's city. */
export const FACILITY_HEADS = new Set(['embassy', 'consulate']);

/** Heads that name one institution: "Sudan's army", "the Sudanese military", "its armed forces". */
export const SAME_BODY: Record<string, string> = {
  army: 'armed forces', military: 'armed forces', 'armed forces': 'armed forces', 'national army': 'armed forces', 'national armed forces': 'armed forces',
  // "Israel Defense Forces", "Ethiopian National Defense Force": the state's military by its own name
  'defense forces': 'armed forces', 'defence forces': 'armed forces', 'defense force': 'armed forces', 'defence force': 'armed forces',
  'national defense force': 'armed forces', 'national defence force': 'armed forces', 'national defense forces': 'armed forces', 'national defence forces': 'armed forces',
};

/** Heads that, after a country word, mean the state itself. */
export const STATE_HEADS = ['government', 'executive', 'regime', 'authorities', 'administration', 'leadership', 'state'];

/** Matches a head phrase at the start of `words` (lower case). Returns the phrase and how many words it took. */
const byFirstWord = new WeakMap<readonly string[], Map<string, string[][]>>();

export function matchHead(words: readonly string[], heads: readonly string[]): { head: string; length: number } | undefined {
  let index = byFirstWord.get(heads);
  if (!index) {
    index = new Map();
    for (const head of heads) {
      const parts = head.split(' ');
      index.set(parts[0]!, [...(index.get(parts[0]!) ?? []), parts]);
    }
    byFirstWord.set(heads, index);
  }
  let best: { head: string; length: number } | undefined;
  for (const parts of index.get(words[0] ?? '') ?? []) {
    if (parts.every((p, i) => words[i] === p) && (!best || parts.length > best.length)) best = { head: parts.join(' '), length: parts.length };
  }
  return best;
}
