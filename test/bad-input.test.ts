// Bad input, faults and hostile text: each bad file one warning, the good ones their graph, nothing
// lost; outputs written atomically; serve stays inside its folders.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build/index.js';
import { toGexf } from '../src/export/index.js';
import { serve } from '../src/serve/index.js';
import { cli, sharedTool } from './helpers.js';
import { spawnSync } from 'node:child_process';

const GOOD = readFileSync('seeds/001_d51dfcde1446253d.txt', 'utf8');

function badFolder(): { dir: string; bad: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kyiv report\nRussia attacked Kyiv on Monday, Ukrainian officials said.', 'utf16le')]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 report\nFrance deployed troops in Mali, the ministry said on Monday.', 'latin1'));
  writeFileSync(join(dir, 'page.html'), '<html><head><script>alert("Hezbollah")</script><style>p{}</style></head><body><article><h1>Talks</h1><p>Joe Biden met Olaf Scholz in Berlin on Friday to discuss aid to Ukraine, officials said.</p></article></body></html>');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'paper.txt'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'));
  writeFileSync(join(dir, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
  writeFileSync(join(dir, 'archive.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  writeFileSync(join(dir, 'nav.html'), '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>');
  writeFileSync(join(dir, 'spanish.txt'), 'El gobierno de Irak anunció el fin de la misión de combate de la coalición.\nLas tropas de Estados Unidos seguirán en el país para asesorar a las fuerzas iraquíes.');
  writeFileSync(join(dir, 'unreadable.txt'), 'secret');
  chmodSync(join(dir, 'unreadable.txt'), 0o000);
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  const bad = ['empty.txt', 'paper.txt', 'photo.md', 'archive.txt', 'nav.html', 'spanish.txt'];
  // root reads a file whatever its mode: only count it when the mode bites
  let readable = true;
  try {
    readFileSync(join(dir, 'unreadable.txt'));
  } catch {
    readable = false;
  }
  if (!readable) bad.push('unreadable.txt');
  return { dir, bad };
}

describe('a folder of good and bad files', () => {
  it('builds the good ones, warns once per bad one with its reason, and exits 1', () => {
    const { dir, bad } = badFolder();
    const out = mkdtempSync(join(tmpdir(), 'ng-bad-out-'));
    const r = cli(['build', dir, '--out', out]);
    expect(r.status).toBe(1);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning:'));
    expect(warnings).toHaveLength(bad.length);
    for (const f of bad) expect(warnings.some((w) => w.includes(join(dir, f))), f).toBe(true);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/paper\.txt: not a text file: PDF/);
    expect(r.stderr).toMatch(/spanish\.txt: not in English/);
    const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    const ids = g.attributes.documents.map((d: any) => d.id).sort();
    // as root, a file of mode 000 is still readable, and then it is a (tiny) document
    const expected = bad.includes('unreadable.txt') ? ['good', 'latin1', 'page', 'utf16'] : ['good', 'latin1', 'page', 'unreadable', 'utf16'];
    expect(ids, r.stderr).toEqual(expected);
    const labels = g.nodes.map((n: any) => n.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(['Kyiv', 'Mali', 'Olaf Scholz', 'Iraq']));
    expect(labels).not.toContain('Hezbollah'); // only in the page's script
  });

  it('refuses a file above the size limit with the limit in the message', async () => {
    const { ingest } = await import('../src/ingest/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'ng-big-'));
    writeFileSync(join(dir, 'dump.txt'), GOOD.repeat(20));
    const r = ingest([dir], { maxBytes: 10_000 });
    expect(r.documents).toEqual([]);
    expect(r.failures[0]!.reason).toMatch(/^file is \d+ bytes, above the limit of 10000$/);
  });

  it('refuses a corrupt or foreign graph.json in query and export with the reason, not a stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-corrupt-')), 'graph.json');
    writeFileSync(file, '{"nodes": [{"key": "a", "attributes": {"entityType": "planet"}}], "edges": []}');
    for (const args of [['query', file, 'top'], ['export', file, '--format', 'csv', '--out', join(file, '..', 'csv')]]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${file}: node "a" has no valid entityType`);
      expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
    writeFileSync(file, '{"nodes": [');
    expect(cli(['query', file, 'top']).stderr).toContain(`${file}: not JSON`);
  });

  it('refuses an output folder it cannot write before doing any work', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-out-')), 'a-file');
    writeFileSync(file, 'x');
    const r = cli(['build', 'seeds', '--out', join(file, 'sub')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot write to output folder');
  });

  it('leaves the previous outputs whole when a build is killed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ng-kill-'));
    expect(cli(['build', 'seeds', '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'graph.json'), 'utf8');
    const big = mkdtempSync(join(tmpdir(), 'ng-kill-in-'));
    // each file its own text, so that the build takes long enough to be killed at each delay
    for (let i = 0; i < 150; i++) writeFileSync(join(big, `a${i}.txt`), `${GOOD}\nReport ${i}.`);
    for (const delay of [150, 400, 800]) {
      const child = spawn(process.execPath, ['bin/newsgraph.js', 'build', big, '--out', out, '--quiet', '--no-cache']);
      // listened for from the start: a build that ends before the kill must not leave the test waiting
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(join(out, 'graph.json'), 'utf8');
      expect(() => JSON.parse(now)).not.toThrow();
      expect([before.length > 0, now.length > 0]).toEqual([true, true]);
    }
  });
});

describe('newsgraph serve', () => {
  let server: import('node:http').Server;
  let port: number;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-serve-'));
    writeFileSync(join(dir, 'graph.json'), '{"nodes":[],"edges":[]}');
    const s = await serve(dir, { port: 0 });
    server = s.server;
    port = Number(new URL(s.url).port);
    expect(new URL(s.url).hostname).toBe('127.0.0.1');
  });
  afterAll(() => server?.close());

  const get = (path: string, method = 'GET') =>
    new Promise<{ status: number; type?: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, type: res.headers['content-type'] });
      });
      req.on('error', reject);
      req.end();
    });

  it('serves the graph with its content type, and HEAD', async () => {
    expect(await get('/graph.json')).toEqual({ status: 200, type: 'application/json; charset=utf-8' });
    expect((await get('/graph.json', 'HEAD')).status).toBe(200);
  });
  it('never serves a path outside its folders, encoded or not', async () => {
    for (const p of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%5c..%5cpackage.json', '/%00graph.json']) {
      expect([403, 404]).toContain((await get(p)).status);
    }
  });
  it('answers only GET and HEAD', async () => {
    for (const m of ['POST', 'PUT', 'DELETE']) expect((await get('/graph.json', m)).status).toBe(405);
  });
});

describe('hostile and random text through build and every exporter', () => {
  const hostile = fc.constantFrom('<script>alert(1)</script>', '&amp;<>"\'', '\u202eevil\u202c', '\u0000\u0001\u001f', '🛰️ عربي Кириллица', 'A'.repeat(500), '\ud800', ']]>', '{"}}":1}');
  const sentence = fc.tuple(fc.constantFrom('Iran', 'Hamas', 'Joe Biden', 'the Iraqi parliament', 'Kyiv', 'Ayman al-Zawahiri'), fc.constantFrom('attacked', 'met', 'backed', 'denied attacking', 'said'), fc.constantFrom('Israel', 'Ukraine', 'the United Nations', 'Baghdad'));
  it('never crashes, keeps evidence offsets exact and writes valid GEXF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 80 }), hostile, sentence.map(([a, v, b]) => `${a} ${v} ${b}.`)), { minLength: 1, maxLength: 12 }), async (parts) => {
        const dir = mkdtempSync(join(tmpdir(), 'ng-prop-'));
        writeFileSync(join(dir, 'a.txt'), `Headline of the day\n${parts.join(' ')}\n${parts.reverse().join('\n')}`);
        const r = await build([dir], { keepText: true });
        for (const d of r.documents) {
          for (const m of r.mentions.filter((x) => x.doc === d.id)) expect(d.text!.slice(m.start, m.end)).toBe(m.text);
          for (const c of r.claims) for (const e of c.evidence) expect(d.text!.slice(e.start, e.end)).toBe(e.sentence);
        }
        const text = toGexf(r.graph);
        expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        expect(text).not.toContain('<script>');
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });

  it('writes GEXF of hostile labels that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-prop-'));
    writeFileSync(join(dir, 'a.txt'), 'Headline\nIran backed <b>Hamas</b> & "Hezbollah" \u202e in Gaza \u0001, officials said.\nJoe Biden met Olaf Scholz <script>x</script> in Berlin.');
    const out = mkdtempSync(join(tmpdir(), 'ng-prop-out-'));
    expect(cli(['build', dir, '--out', out]).status).toBe(0);
    const v = spawnSync(sharedTool('gexf/validate'), [join(out, 'graph.gexf')], { encoding: 'utf8' });
    expect(v.status, v.stderr).toBe(0);
  });
});
