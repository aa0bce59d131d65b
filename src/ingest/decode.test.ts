import { describe, expect, it } from 'vitest';
import { binaryKind, decode } from './decode.js';

describe('decode', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decode(Buffer.from('\ufeffBaghdad – Iraq', 'utf8'))).toEqual({ text: 'Baghdad – Iraq', encoding: 'utf-8' });
    expect(decode(Buffer.from('Qasem Soleimani’s convoy', 'utf8')).text).toBe('Qasem Soleimani’s convoy');
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kirkuk é', 'utf16le')]);
    expect(decode(le)).toEqual({ text: 'Kirkuk é', encoding: 'utf-16le' });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Kirkuk é', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for invalid UTF-8', () => {
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]); // Café “q”
    expect(decode(latin1)).toEqual({ text: 'Café “q”', encoding: 'windows-1252' });
  });

  it('refuses binary files by content', () => {
    expect(binaryKind(Buffer.from('%PDF-1.7\n...'))).toBe('PDF');
    expect(binaryKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toBe('PNG image');
    expect(binaryKind(Buffer.from([0x41, 0, 0x42]))).toMatch(/NUL/);
    expect(() => decode(Buffer.from('%PDF-1.4'))).toThrow(/not a text file: PDF/);
  });
});
