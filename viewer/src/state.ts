// The view in the URL: selected node, hidden types and relations, minimum weight, date range and camera, so that a
// view can be shared as a link.
export interface ViewState {
  graph?: string;
  node?: string;
  hiddenTypes: string[];
  hiddenRelations: string[];
  minWeight: number;
  /** Publication date range (ISO dates) and whether undated articles count. */
  from?: string;
  to?: string;
  undated: boolean;
  camera?: { x: number; y: number; ratio: number };
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  return {
    graph: p.get('graph') ?? undefined,
    node: p.get('node') ?? undefined,
    hiddenTypes: list('hide'),
    hiddenRelations: list('hiderel'),
    minWeight: Math.max(1, Number(p.get('w') ?? 1) || 1),
    from: p.get('from') ?? undefined,
    to: p.get('to') ?? undefined,
    undated: p.get('undated') !== '0',
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : undefined,
  };
}

export function writeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.graph) p.set('graph', s.graph);
  if (s.node) p.set('node', s.node);
  if (s.hiddenTypes.length) p.set('hide', s.hiddenTypes.join(','));
  if (s.hiddenRelations.length) p.set('hiderel', s.hiddenRelations.join(','));
  if (s.minWeight > 1) p.set('w', String(s.minWeight));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (!s.undated) p.set('undated', '0');
  // six significant digits keep a deep zoom exact; a ratio never rounds to 0
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio].map((v) => String(Number(v.toPrecision(6)))).join(','));
  const q = p.toString();
  return q ? `?${q}` : '';
}
