// The detail panel of a selected node: name, type, aliases, roles, documents, and each connected edge
// with its relation, its evidence sentences (the names highlighted) and sources. Text is always
// inserted as text nodes, never as HTML: article text can hold anything.
import type Graph from 'graphology';
import { ENTITY_TYPE_SPECS, RELATION_SPECS, type EntityType, type Relation } from '../../src/ontology';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** The sentence as text nodes, with every occurrence of `names` wrapped in <mark>. */
export function highlighted(sentence: string, names: string[]): HTMLElement {
  const q = el('blockquote');
  const wanted = [...new Set(names.filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  const lower = sentence.toLowerCase();
  const marks: Array<[number, number]> = [];
  for (const name of wanted) {
    const n = name.toLowerCase();
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) {
      // whole words only: "Iraq" is not marked inside "Iraqi"
      const whole = !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[at + n.length] ?? ' ');
      if (whole && !marks.some(([a, b]) => at < b && at + n.length > a)) marks.push([at, at + n.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [a, b] of marks) {
    q.append(document.createTextNode(sentence.slice(pos, a)), el('mark', sentence.slice(a, b)));
    pos = b;
  }
  q.append(document.createTextNode(sentence.slice(pos)));
  return q;
}

export interface PanelOptions {
  onSelect: (node: string) => void;
  isEdgeVisible: (edge: string) => boolean;
  docTitle: (doc: string) => string;
}

export function renderPanel(panel: HTMLElement, graph: Graph, node: string | undefined, options: PanelOptions): void {
  panel.replaceChildren();
  if (!node || !graph.hasNode(node)) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const a = graph.getNodeAttributes(node);
  const type = a.entityType as EntityType;
  const head = el('div');
  const typeLabel = el('div', ENTITY_TYPE_SPECS[type]?.label ?? type, 'type');
  typeLabel.style.color = ENTITY_TYPE_SPECS[type]?.color ?? '#444';
  const close = el('button', '×', 'link');
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => options.onSelect(''));
  head.append(typeLabel, el('h2', a.label as string), close);
  panel.append(head);
  const field = (label: string, values: string[]) => {
    if (!values.length) return;
    const p = el('p');
    p.append(el('strong', `${label}: `), document.createTextNode(values.join(', ')));
    panel.append(p);
  };
  field('Also written', (a.aliases as string[]).filter((x) => x !== a.label));
  field('Roles', a.roles as string[]);
  field('Mentioned in', (a.docs as string[]).map(options.docTitle));

  const edges = graph.edges(node).filter(options.isEdgeVisible);
  edges.sort((x, y) => (graph.getEdgeAttribute(y, 'weight') as number) - (graph.getEdgeAttribute(x, 'weight') as number));
  panel.append(el('h3', `${edges.length} connection${edges.length === 1 ? '' : 's'}`));
  for (const edge of edges) {
    const e = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    const other = source === node ? target : source;
    const box = el('div', undefined, 'edge');
    const line = el('div');
    const rel = RELATION_SPECS[e.relation as Relation];
    const link = el('button', graph.getNodeAttribute(other, 'label') as string, 'link');
    link.addEventListener('click', () => options.onSelect(other));
    const sourceLabel = source === node ? (a.label as string) : link;
    const targetLabel = target === node ? (a.label as string) : link;
    line.append(sourceLabel, document.createTextNode(' '), el('span', rel?.label ?? String(e.relation), 'relation'), document.createTextNode(' '), targetLabel);
    line.append(el('span', ` (${e.weight} sentence${e.weight === 1 ? '' : 's'})`, 'source'));
    box.append(line);
    const names = [...(a.aliases as string[]), ...((graph.getNodeAttribute(other, 'aliases') as string[]) ?? [])];
    for (const ev of (e.evidence as Array<{ doc: string; sentence: string; trigger?: string }>).slice(0, 5)) {
      box.append(highlighted(ev.sentence, names), el('div', `${options.docTitle(ev.doc)}${ev.trigger ? ` · “${ev.trigger}”` : ''}`, 'source'));
    }
    panel.append(box);
  }
}
