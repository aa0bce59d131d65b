// The Newsgraph viewer: sigma v3 on a graph.json or GEXF file, with a legend and filters, alias-aware
// search, hover highlighting, a detail panel with the evidence of every edge, ForceAtlas2 in a web
// worker, PNG export and the view state in the URL. Highlighting and filters are sigma reducers: the
// graph's own attributes are never written.
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { ENTITY_TYPES, ENTITY_TYPE_SPECS, RELATIONS, RELATION_SPECS } from '../../src/ontology';
import { fetchGraph, parseGraph } from './load';
import { renderPanel } from './panel';
import { search } from './search';
import { readState, writeState, type ViewState } from './state';
import { timeline, type Timeline } from './time';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const state: ViewState = readState(location.search);
let graph: Graph | undefined;
let renderer: Sigma | undefined;
let layout: FA2Layout | undefined;
let time: Timeline | undefined;
let hovered: string | undefined;
let neighbours = new Set<string>();

const status = (text: string) => {
  $('status').textContent = text;
};

let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes the view into the URL, at most every 200 ms (camera moves fire on every frame). */
function saveState() {
  if (saveTimer) return;
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    if (renderer) {
      const c = renderer.getCamera().getState();
      state.camera = { x: c.x, y: c.y, ratio: c.ratio };
    }
    history.replaceState(null, '', writeState(state) || location.pathname);
  }, 200);
}

function nodeVisible(node: string): boolean {
  return !state.hiddenTypes.includes(graph!.getNodeAttribute(node, 'entityType')) && (!time || time.node(node, state));
}

function edgeVisible(edge: string): boolean {
  const g = graph!;
  const a = g.getEdgeAttributes(edge);
  return !state.hiddenRelations.includes(a.relation) && (a.weight ?? 1) >= state.minWeight && (!time || time.edge(edge, state)) && nodeVisible(g.source(edge)) && nodeVisible(g.target(edge));
}

function docTitle(doc: string): string {
  const docs = (graph?.getAttribute('documents') as Array<{ id: string; title: string }> | undefined) ?? [];
  const d = docs.find((x) => x.id === doc);
  return d ? `${d.title} (${d.id})` : doc;
}

function select(node: string | undefined) {
  state.node = node || undefined;
  neighbours = state.node && graph!.hasNode(state.node) ? new Set(graph!.neighbors(state.node)) : new Set();
  renderPanel($('panel'), graph!, state.node, { onSelect: (n) => select(n || undefined), isEdgeVisible: edgeVisible, docTitle });
  if (state.node && renderer) {
    const pos = renderer.getNodeDisplayData(state.node);
    if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 400 });
  }
  renderer?.refresh();
  saveState();
}

/** A legend line: a checkbox that hides or shows one kind of item, its colour, name and count. */
function toggleItem(key: 'type' | 'relation', value: string, label: string, color: string, count: number, hidden: () => string[], setHidden: (h: string[]) => void): HTMLLIElement {
  const li = document.createElement('li');
  const row = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = !hidden().includes(value);
  box.dataset[key] = value;
  box.addEventListener('change', () => {
    setHidden(box.checked ? hidden().filter((x) => x !== value) : [...hidden(), value]);
    renderer?.refresh();
    saveState();
  });
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = color;
  const name = document.createElement('span');
  name.textContent = label;
  const n = document.createElement('span');
  n.className = 'count';
  n.textContent = String(count);
  row.append(box, swatch, name, n);
  li.append(row);
  return li;
}

function renderLegend() {
  const g = graph!;
  $('legend').replaceChildren(
    ...ENTITY_TYPES.map((t) =>
      toggleItem('type', t, ENTITY_TYPE_SPECS[t].label, ENTITY_TYPE_SPECS[t].color, g.filterNodes((_, a) => a.entityType === t).length, () => state.hiddenTypes, (h) => {
        state.hiddenTypes = h;
      }),
    ),
  );
  $('relations').replaceChildren(
    ...RELATIONS.map((r) => [r, g.filterEdges((_, a) => a.relation === r).length] as const)
      .filter(([, count]) => count > 0)
      .map(([r, count]) =>
        toggleItem('relation', r, RELATION_SPECS[r].label, RELATION_SPECS[r].color, count, () => state.hiddenRelations, (h) => {
          state.hiddenRelations = h;
        }),
      ),
  );
  const maxWeight = Math.max(1, ...g.mapEdges((_, a) => a.weight as number));
  const slider = $<HTMLInputElement>('weight');
  slider.max = String(maxWeight);
  state.minWeight = Math.min(state.minWeight, maxWeight);
  slider.value = String(state.minWeight);
  $('weight-value').textContent = slider.value;
  renderTime();
}

/** The date range sliders, shown when the graph's documents carry dates. */
function renderTime() {
  const dates = time!.dates;
  $('time').hidden = dates.length === 0;
  if (!dates.length) return;
  const from = $<HTMLInputElement>('time-from');
  const to = $<HTMLInputElement>('time-to');
  from.max = to.max = String(dates.length - 1);
  const at = (d: string | undefined, fallback: number) => {
    if (!d) return fallback;
    const i = dates.findIndex((x) => x >= d);
    return i < 0 ? dates.length - 1 : i;
  };
  from.value = String(at(state.from, 0));
  to.value = String(state.to ? Math.max(0, dates.findLastIndex((x) => x <= state.to!)) : dates.length - 1);
  if (Number(from.value) > Number(to.value)) to.value = from.value;
  $<HTMLInputElement>('time-undated').checked = state.undated;
  // a range from a link snaps to the dates there are, so the sliders and the graph always agree
  state.from = Number(from.value) > 0 ? dates[Number(from.value)] : undefined;
  state.to = Number(to.value) < dates.length - 1 ? dates[Number(to.value)] : undefined;
  $('time-value').textContent = `${dates[Number(from.value)]} – ${dates[Number(to.value)]}`;
}

function onTimeInput(which: 'from' | 'to') {
  const dates = time?.dates ?? [];
  if (!dates.length) return;
  const from = $<HTMLInputElement>('time-from');
  const to = $<HTMLInputElement>('time-to');
  // the handles never cross: the one moved pushes the other
  if (Number(from.value) > Number(to.value)) (which === 'from' ? to : from).value = (which === 'from' ? from : to).value;
  const a = Number(from.value);
  const b = Number(to.value);
  state.from = a > 0 ? dates[a] : undefined;
  state.to = b < dates.length - 1 ? dates[b] : undefined;
  $('time-value').textContent = `${dates[a]} – ${dates[b]}`;
  if (state.node && !nodeVisible(state.node)) select(undefined);
  renderer?.refresh();
  saveState();
}

function show(g: Graph, name: string) {
  layout?.kill();
  layout = undefined;
  $('layout').textContent = 'Start layout';
  graph = g;
  time = timeline(g);
  if (!renderer) {
    renderer = new Sigma(g, $('graph'), {
      defaultEdgeType: 'arrow',
      edgeProgramClasses: { arrow: EdgeArrowProgram },
      labelRenderedSizeThreshold: 6,
      labelDensity: 0.7,
      labelGridCellSize: 80,
      zIndex: true,
      nodeReducer: (node, data) => {
        const res = { ...data };
        if (!nodeVisible(node)) return { ...res, hidden: true };
        const focus = hovered ?? state.node;
        if (focus && node !== focus && !neighbours.has(node)) {
          res.color = '#e0e0e0';
          res.label = '';
          res.zIndex = 0;
        } else if (focus) {
          res.zIndex = 1;
          res.forceLabel = true;
        }
        if (node === state.node) res.highlighted = true;
        return res;
      },
      edgeReducer: (edge, data) => {
        const res = { ...data };
        if (!edgeVisible(edge)) return { ...res, hidden: true };
        const focus = hovered ?? state.node;
        if (focus && !graph!.extremities(edge).includes(focus)) res.color = '#eeeeee';
        return res;
      },
    });
    renderer.on('enterNode', ({ node }) => {
      hovered = node;
      neighbours = new Set(graph!.neighbors(node));
      renderer!.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      hovered = undefined;
      neighbours = state.node ? new Set(graph!.neighbors(state.node)) : new Set();
      renderer!.refresh({ skipIndexation: true });
    });
    renderer.on('clickNode', ({ node }) => {
      neighbours = new Set(graph!.neighbors(node));
      select(node);
    });
    renderer.on('clickStage', () => select(undefined));
    renderer.getCamera().on('updated', () => saveState());
  } else {
    renderer.setGraph(g);
  }
  renderLegend();
  if (state.node && !g.hasNode(state.node)) {
    state.node = undefined;
    saveState();
  }
  neighbours = state.node ? new Set(g.neighbors(state.node)) : new Set();
  renderPanel($('panel'), g, state.node, { onSelect: (n) => select(n || undefined), isEdgeVisible: edgeVisible, docTitle });
  if (state.camera) renderer.getCamera().setState(state.camera);
  renderer.refresh();
  status(`${name}: ${g.order} entities, ${g.size} edges`);
  document.body.dataset.ready = 'true';
  (window as unknown as { newsgraph: unknown }).newsgraph = { renderer, graph: g };
}

async function load() {
  const url = state.graph ?? 'graph.json';
  try {
    show(await fetchGraph(url), url);
  } catch (error) {
    status((error as Error).message);
    document.body.dataset.ready = 'error';
  }
}

async function openFile(file: File) {
  try {
    const g = parseGraph(await file.text(), file.name);
    state.node = undefined;
    state.camera = undefined;
    state.from = state.to = undefined;
    state.undated = true;
    show(g, file.name);
    renderer?.getCamera().animatedReset();
  } catch (error) {
    status((error as Error).message);
  }
}

// search
const input = $<HTMLInputElement>('search');
const list = $('suggestions');
input.addEventListener('input', () => {
  list.replaceChildren();
  if (!graph) return;
  for (const hit of search(graph, input.value)) {
    const li = document.createElement('li');
    li.textContent = hit.matched === hit.label ? hit.label : `${hit.label} (${hit.matched})`;
    li.dataset.node = hit.node;
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(hit.node);
    });
    list.append(li);
  }
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && graph) {
    const first = search(graph, input.value)[0];
    if (first) choose(first.node);
  } else if (e.key === 'Escape') list.replaceChildren();
});
function choose(node: string) {
  list.replaceChildren();
  input.value = graph!.getNodeAttribute(node, 'label');
  neighbours = new Set(graph!.neighbors(node));
  select(node);
}

// filters, layout, zoom, export
$<HTMLInputElement>('weight').addEventListener('input', (e) => {
  state.minWeight = Number((e.target as HTMLInputElement).value);
  $('weight-value').textContent = String(state.minWeight);
  renderer?.refresh();
  saveState();
});
$('time-from').addEventListener('input', () => onTimeInput('from'));
$('time-to').addEventListener('input', () => onTimeInput('to'));
$<HTMLInputElement>('time-undated').addEventListener('change', (e) => {
  state.undated = (e.target as HTMLInputElement).checked;
  if (state.node && !nodeVisible(state.node)) select(undefined);
  renderer?.refresh();
  saveState();
});
$('layout').addEventListener('click', () => {
  if (!graph) return;
  if (layout?.isRunning()) {
    layout.stop();
    $('layout').textContent = 'Start layout';
    return;
  }
  layout ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 }, getEdgeWeight: 'weight' });
  layout.start();
  $('layout').textContent = 'Stop layout';
});
$('zoom-in').addEventListener('click', () => renderer?.getCamera().animatedZoom({ duration: 300 }));
$('zoom-out').addEventListener('click', () => renderer?.getCamera().animatedUnzoom({ duration: 300 }));
$('zoom-reset').addEventListener('click', () => renderer?.getCamera().animatedReset({ duration: 300 }));
$('png').addEventListener('click', () => {
  if (!renderer) return;
  renderer.once('afterRender', () => {
    const canvases = renderer!.getCanvases();
    const { width, height } = renderer!.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement('canvas');
    out.width = width * ratio;
    out.height = height * ratio;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
      const c = canvases[id];
      if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
    }
    const a = document.createElement('a');
    a.download = 'newsgraph.png';
    a.href = out.toDataURL('image/png');
    a.click();
  });
  renderer.refresh();
});

// files: the picker and drag and drop
$<HTMLInputElement>('file').addEventListener('change', (e) => {
  const f = (e.target as HTMLInputElement).files?.[0];
  if (f) void openFile(f);
});
const drop = $('drop');
window.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.hidden = false;
});
window.addEventListener('dragleave', (e) => {
  if (e.relatedTarget === null) drop.hidden = true;
});
window.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.hidden = true;
  const f = e.dataTransfer?.files?.[0];
  if (f) void openFile(f);
});

void load();
