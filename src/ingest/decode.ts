// Turns a file's bytes into text: byte-order marks (UTF-8, UTF-16 LE/BE), strict UTF-8, and a
// Windows-1252 (Latin-1) fallback for old pages. Binary files (PDF, images, archives, anything with
// NUL bytes outside UTF-16) are refused by content, not by extension.

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['zip archive (or docx/xlsx/epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP or RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['OLE document (doc/xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Returns the kind of binary file `bytes` is, or undefined when it may be text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  const head = bytes.subarray(0, 8192);
  if (isUtf16(head)) return undefined;
  if (head.includes(0)) return 'binary data (NUL bytes)';
  return undefined;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Decodes text. Throws a plain Error with the reason when the bytes are not text. */
export function decode(bytes: Uint8Array): Decoded {
  const kind = binaryKind(bytes);
  if (kind) throw new Error(`not a text file: ${kind}`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252: Latin-1 with printable characters (quotes, dashes, euro) in 0x80-0x9F. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}
