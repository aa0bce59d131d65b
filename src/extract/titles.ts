// Titles and roles that stand before a person's name, or after it in apposition. A title is never part
// of the name ("Maj. Gen. George W. Casey Jr." is the person "George W. Casey Jr." with the role
// "Maj. Gen."); it becomes a role, and relate/ reads the body it names.

/** Title words, lower case, without dots. Multi-word titles are matched word by word. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'crown',
  'commissioner', 'emir', 'sheikh', 'shaikh', 'sheik', 'ayatollah', 'grand', 'imam', 'mullah', 'cleric', 'pope', 'cardinal', 'archbishop', 'catholicos', 'patriarch', 'metropolitan',
  'bishop', 'rabbi', 'sultan', 'general', 'gen', 'maj', 'major', 'lieutenant', 'lt', 'colonel', 'col', 'brigadier',
  'brig', 'admiral', 'adm', 'rear', 'commander', 'cmdr', 'captain', 'capt', 'sergeant', 'sgt', 'corporal', 'private',
  'marshal', 'field', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov',
  'mayor', 'secretary', 'defence', 'defense', 'foreign', 'interior', 'finance', 'state', 'deputy', 'chief', 'head',
  'speaker', 'ambassador', 'envoy', 'special', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
  'national', 'security', 'director', 'judge', 'justice', 'attorney', 'prosecutor', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev', 'father', 'brother', 'sister', 'saint', 'st',
  'analyst', 'researcher', 'fellow', 'officer', 'official', 'leader', 'former', 'late', 'ex', 'acting', 'interim',
  'presidential', 'supreme', 'top', 'senior', 'assistant', 'under', 'undersecretary', 'first', 'lady', 'warlord',
  'militant', 'commandant', 'staff', 'of', 'the', 'pres', 'supt', 'inspector', 'hajji', 'haji', 'mufti', 'minister-president',
  'president-elect', 'prime-minister-designate', 'premier-designate',
  // portfolios before "Minister" or "Secretary": "Information Minister X", "Home Secretary X"
  'information', 'petroleum', 'oil', 'energy', 'trade', 'health', 'education', 'agriculture', 'economy', 'labour',
  'labor', 'transport', 'communications', 'culture', 'tourism', 'environment', 'housing', 'planning', 'industry',
  'commerce', 'treasury', 'home', 'mines', 'youth', 'affairs', 'development', 'immigration', 'intelligence', 'peace',
]);

/** Title words that can only be titles (never a first name or the start of a body's name). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'sheikh', 'shaikh', 'ayatollah', 'imam', 'mullah', 'hajji', 'haji']);

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  // "Secretary-General", "Attorney-General", "Vice-President": hyphenated titles
  return TITLE_WORDS.has(w) || (w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part) || part === 'vice' || part === 'general'));
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Words that, written before a capitalised word, make it a person: "analyst Jane Doe". */
export const PERSON_ROLE_NOUNS = new Set([
  'analyst', 'researcher', 'fellow', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'minister',
  'president', 'commander', 'general', 'official', 'leader', 'cleric', 'envoy', 'ambassador', 'senator', 'governor',
  'mayor', 'secretary', 'director', 'chief', 'officer', 'journalist', 'reporter', 'correspondent', 'editor', 'professor',
  'lawmaker', 'legislator', 'mp', 'candidate', 'activist', 'lawyer', 'judge', 'prosecutor', 'colonel', 'captain',
  'sergeant', 'lieutenant', 'major', 'admiral', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sheikh',
  'deputy', 'head', 'founder', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'member', 'expert', 'scholar',
  'economist', 'diplomat', 'negotiator', 'militant', 'fighter', 'soldier', 'resident', 'witness', 'pilot', 'doctor',
  'administrator', 'guard', 'coordinator', 'commissioner', 'representative', 'lieutenant-general', 'superintendent',
]);

/** Name suffixes that belong to the name. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Lower-case particles inside names: "Abu Bakr al-Baghdadi", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'abdul', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'del', 'ould', 'ben', 'fi', 'wal']);
