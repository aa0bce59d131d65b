// Markdown articles: the markup goes, the words stay, one line per paragraph, heading or list item.

/** Plain text of a Markdown document, one line per block. */
export function markdownToText(md: string): string {
  let text = md.replace(/\r\n?/g, '\n');
  text = text.replace(/^---\n[\s\S]*?\n---\n/, ''); // front matter
  text = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, ''); // fenced code
  text = text.replace(/^(```|~~~)[\s\S]*$/m, ''); // a fence never closed runs to the end
  text = text.replace(/^[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*\|?[ \t]*$/gm, ''); // table separator rows
  // table rows: one line each, cells joined by "; "
  text = text.replace(/^[ \t]*\|(.*)\|[ \t]*$/gm, (_m, row: string) => `${row.split('|').map((c) => c.trim()).filter(Boolean).join('; ')}\n`);
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  text = text.replace(/<[^>\n]+>/g, ''); // inline HTML tags
  text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ''); // images
  text = text.replace(/\[\s*\]\([^)]*\)/g, ''); // links without text (a logo's)
  text = text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'); // links
  text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1'); // reference links
  text = text.replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ''); // link definitions
  const lines: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) lines.push(para.join(' '));
    para = [];
  };
  for (let line of text.split('\n')) {
    if (/^\s*$/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s*=+\s*$|^\s*-+\s*$/.test(line)) continue; // setext underline
    const heading = /^\s{0,3}#{1,6}\s+/.test(line);
    const item = /^\s*([-*+]|\d+[.)])\s+/.test(line);
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .trim();
    if (heading || item) {
      flush();
      if (line) lines.push(line);
    } else if (line) para.push(line);
  }
  flush();
  return lines.join('\n');
}

/**
 * The headline of a Markdown article: its first level-one heading ("# ..."), else the title in its
 * front matter; plain text, markup removed.
 */
export function markdownHeadline(md: string): string | undefined {
  const text = md.replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const body = front ? text.slice(front[0].length) : text;
  const h1 = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  const fromFront = front && /^title:\s*(.+)$/m.exec(front[1]!)?.[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  const headline = h1 ?? fromFront ?? undefined;
  return headline ? markdownToText(headline).trim() || undefined : undefined;
}
