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
  /** 0.989 measured */
  entityF1: 0.95,
  mentionF1: 0.95,
  merges: 0,
  relationPrecision: 0.7,
  /** typed relations found: low on unseen text (0.454 measured on the ten articles), kept from falling */
  relationRecall: 0.44,
  /** 0.90 measured on the ten articles (0.933 on the first seven: the held-out articles added since are harder) */
  pairRecall: 0.88,
};
