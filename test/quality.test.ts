// Quality measured, not assumed: the seed build scored by the shared scorer against the seed gold.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeeds, GOLD, score, type Scores } from './helpers.js';
import { DEVSET_THRESHOLDS as D, SEED_THRESHOLDS as T } from './quality-thresholds.js';
import { cli } from './helpers.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe.runIf(existsSync(GOLD))('seed quality against the gold', () => {
  let s: Scores;
  beforeAll(() => {
    s = score(join(buildSeeds(), 'graph.json'));
  });

  it(`entity F1 >= ${T.entityF1}, core recall ${T.coreRecall}`, () => {
    expect(s.entities.f1).toBeGreaterThanOrEqual(T.entityF1);
    expect(s.entities.coreRecall).toBeGreaterThanOrEqual(T.coreRecall);
  });
  it(`mention F1 >= ${T.mentionF1}`, () => expect(s.mentions.f1).toBeGreaterThanOrEqual(T.mentionF1));
  it('no splits and no merges', () => {
    expect(s.entities.splits).toBeLessThanOrEqual(T.splits);
    expect(s.entities.merges).toBeLessThanOrEqual(T.merges);
  });
  it(`typed relations: precision >= ${T.relationPrecision}, recall >= ${T.relationRecall}`, () => {
    expect(s.relations.precision).toBeGreaterThanOrEqual(T.relationPrecision);
    expect(s.relations.recall).toBeGreaterThanOrEqual(T.relationRecall);
  });
  it(`pair recall >= ${T.pairRecall}`, () => expect(s.relations.pairRecall).toBeGreaterThanOrEqual(T.pairRecall));
});

describe.runIf(existsSync(GOLD))('development set quality against its gold (test/devset)', () => {
  let s: Scores;
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'newsgraph-dev-'));
    const r = cli(['build', 'test/devset/articles', '--out', out, '--quiet']);
    if (r.status !== 0) throw new Error(r.stderr);
    s = score(join(out, 'graph.json'), 'test/devset/devset.gold.json');
  });

  it(`entity F1 >= ${D.entityF1}, mention F1 >= ${D.mentionF1}, no merges`, () => {
    expect(s.entities.f1).toBeGreaterThanOrEqual(D.entityF1);
    expect(s.mentions.f1).toBeGreaterThanOrEqual(D.mentionF1);
    expect(s.entities.merges).toBeLessThanOrEqual(D.merges);
  });
  it(`typed relation precision >= ${D.relationPrecision}, recall >= ${D.relationRecall}, pair recall >= ${D.pairRecall}`, () => {
    expect(s.relations.precision).toBeGreaterThanOrEqual(D.relationPrecision);
    expect(s.relations.recall).toBeGreaterThanOrEqual(D.relationRecall);
    expect(s.relations.pairRecall).toBeGreaterThanOrEqual(D.pairRecall);
  });
});
