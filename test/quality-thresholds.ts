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
  /**
   * 0.971 measured on the fifteen articles; 0.975 on the first eighteen, 0.954 on twenty-four (the same
   * code), 0.938 on the twenty-seven of 2026-11-23. Each article added since the tenth was written by a
   * helper who had not seen the code and scored before any rule was written for it (61-93 there); the
   * general fixes each one led to raised the older ones too, but the set as a whole grows harder as it
   * grows, so the floor follows the set: a change that lowers the score on this set fails. 0.930 on the
   * thirty articles the same day (three more held-out: dev28-30), 0.928 on thirty-two (dev31-32, scored
   * held out on the day's final code at 91.4 and 90.4). The next session's rules raised the thirty-two to
   * 0.943; 0.936 on thirty-five (dev33-35, held out at 84.1, 85.5 and 65.3); 0.927 on thirty-eight (dev36-38,
   * held out at 69.9, 80.0 and 76.9), 0.937 on the same thirty-five and 0.944 on the same thirty-two;
   * 0.914 on forty-one (dev39-41, held out at 72.2, 79.1 and 75.3, after fixes 80.8-86.3), with 0.926
   * on the same thirty-eight and 0.944 on the thirty-two: the floor follows the set, 0.92 -> 0.91. The
   * session after: 0.915 on the same forty-one, 0.916 on forty-four (dev42-44, held out at 81.5, 65.6
   * and 83.9, after fixes 88.0-95.8); the floor stays. 0.912 on forty-seven (dev45-47, held out at 87.2,
   * 79.0 and 77.9, after fixes 84.1-91.3), 0.917 on the same forty-four and 0.916 on the forty-one: stays;
   * 0.911 on forty-eight (dev48 held out at 85.4, after fixes 90.9); 0.907 on fifty (dev49-50, held out
   * at 88.7 and 79.8), with 0.911 on the same forty-eight: the floor follows the set, 0.91 -> 0.90.
   * The session after: 0.908 on the same fifty, 0.900 on fifty-two (dev52, a PDF's text layer held out
   * at 62.1, after fixes 78.6; dev53, a live blog, held out at 78.5, after fixes 79.7): 0.90 -> 0.89, the
   * set being at the old floor's edge.
   */
  entityF1: 0.89,
  mentionF1: 0.95,
  merges: 0,
  relationPrecision: 0.7,
  /**
   * typed relations found: low on unseen text, kept from falling. 0.454 on the ten articles, 0.415 on
   * fifteen, 0.428 on the first eighteen with the relation work of 2026-11-23 (0.392 before it), 0.379 on
   * twenty-four and 0.361 on twenty-seven with the same code: the held-out articles' own recall is
   * 0.10-0.40 before the fixes they lead to; 0.353 on thirty, 0.346 on thirty-two; the next session 0.352
   * on the same thirty-two and 0.340 on thirty-five (the three new articles at 0.14-0.33); 0.333 on
   * thirty-eight (the three new at 0.21-0.24), with 0.344 on the same thirty-five and 0.355 on the
   * thirty-two: the floor follows the larger set, 0.34 -> 0.33; 0.317 on forty-one (the three new at
   * 0.12-0.21), 0.332 on the same thirty-eight, 0.354 on the thirty-two (0.33 -> 0.31). The session
   * after: 0.329 on the same forty-one, 0.326 on forty-four (the three new at 0.10-0.31 held out): 0.31 -> 0.32;
   * 0.324 on forty-seven (the three new at 0.18-0.35 held out), 0.328 on the same forty-four: stays;
   * 0.326 on forty-eight; 0.323 on fifty, 0.325 on the same forty-eight: stays. The session after: 0.340
   * on the same fifty (rules for forces held and kept in places, places in places, bodies described in
   * apposition), 0.335 on fifty-two (the two new at 0.25 and 0.20 held out): 0.32 -> 0.33.
   */
  relationRecall: 0.33,
  /**
   * 0.881 on the fifteen articles, 0.864 on twenty-four, 0.850 on twenty-seven, 0.852 on thirty, 0.841 on
   * thirty-two; the next session 0.849 on the same thirty-two and 0.833 on thirty-five (the floor follows
   * the larger set: 0.84 -> 0.83); 0.824 on thirty-eight, with 0.834 on the same thirty-five and 0.851 on the
   * thirty-two (0.83 -> 0.82); 0.816 on forty-one, 0.820 on the same thirty-eight, 0.846 on the
   * thirty-two (0.82 -> 0.81); the session after: 0.821 on the same forty-one, 0.814 on forty-four; 0.802
   * on forty-seven, with 0.815 on the same forty-four and 0.822 on the forty-one, both up (0.81 -> 0.80);
   * 0.810 on forty-eight; 0.806 on fifty, 0.808 on the same forty-eight; the session after: 0.815 on the
   * same fifty, 0.809 on fifty-two
   */
  pairRecall: 0.8,
};
