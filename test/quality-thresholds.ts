// The quality floor, in one place. A change that drops below it fails the tests. Raise these as the
// entities and relations issues land; never lower them to make a change pass.
export const SEED_THRESHOLDS = {
  entityF1: 0.95,
  coreRecall: 1,
  mentionF1: 0.95,
  splits: 0,
  merges: 0,
  /** typed relations (related_to excluded) against the gold relations */
  relationPrecision: 0.8,
  relationRecall: 0.7,
  /** any edge between two gold-related entities (co-occurrence counts) */
  pairRecall: 0.9,
};

/** The development set (test/devset): other conflicts, other outlets, the floor for unseen text. */
export const DEVSET_THRESHOLDS = {
  /** 0.971 measured on the fifteen articles; 0.958 on twenty-one (0.975 on the first eighteen); 0.954 on twenty-four */
  entityF1: 0.95,
  mentionF1: 0.95,
  merges: 0,
  relationPrecision: 0.7,
  /**
   * typed relations found: low on unseen text, kept from falling. 0.454 on the ten articles; the five
   * held-out articles added on 2026-11-23 bring the set to 0.415 (their own recall is 0.21-0.29, 0.448
   * on the thirteen before the last two): the same code scores lower on a larger, harder set, so the
   * floor follows the set, not the code. The same happened again on 2026-11-23: six held-out articles
   * (dev16-dev21, their own recall 0.10-0.31 before the fixes they showed) bring the set to 0.386, while
   * the code that scores 0.386 on twenty-one articles scores 0.428 on the first eighteen (0.392 before
   * this session's relation work) and 0.40+ on the first fifteen. Three more held-out articles
   * (dev22-24) the same day: 0.374 on twenty-four.
   */
  relationRecall: 0.37,
  /** 0.881 measured on the fifteen articles (0.90 on the first ten: the held-out articles added since are harder); 0.869 on twenty-one, 0.864 on twenty-four */
  pairRecall: 0.86,
};
