import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { interpolateNumber } from 'd3-interpolate';
import { easeCubicOut } from 'd3-ease';
import type { ChartSpec, Mark, TextMark } from './spec.ts';
import { formatNumber } from '../format/units.ts';
import { sizeOf, textLines } from './layout.ts';

const SVG = 'http://www.w3.org/2000/svg';
const DURATION = 900;
const STAGGER = 70;

/** Something on a slide that animates into its final state: a chart, a figure counting up. */
export interface Animated {
  /** Animates from nothing to the final state; resolves when done, or when interrupted. */
  play(duration?: number): Promise<void>;
  /** Jumps to the final state. */
  finish(): void;
  /** Back to the empty state, ready to play again. */
  reset(): void;
}

/** A chart on the page: drawn once, then played, finished, reset or relabelled by the charts controller. */
export interface ChartView extends Animated {
  readonly element: SVGSVGElement;
  /** The spec last drawn or relabelled: its size is the box the chart was laid out for. */
  readonly spec: ChartSpec;
  /** Swaps every text for the spec's, leaving geometry alone. */
  relabel(spec: ChartSpec): void;
}

function setText(node: SVGTextElement, mark: TextMark): void {
  node.replaceChildren();
  // A label that wraps sets a little smaller and tighter, so two lines take no more room than a row.
  node.style.fontSize = `${sizeOf(mark)}px`;
  for (const line of textLines(mark)) {
    const span = document.createElementNS(SVG, 'tspan');
    span.textContent = line.text;
    span.setAttribute('x', String(round(mark.x)));
    span.setAttribute('dy', `${line.dy}em`);
    node.append(span);
  }
}

function create(mark: Mark): SVGElement {
  const el = document.createElementNS(SVG, mark.type);
  el.dataset.mark = mark.id;
  el.setAttribute('class', `mark tone-${mark.tone}${mark.type === 'text' ? ` text-${mark.size}` : ''}`);
  switch (mark.type) {
    case 'rect':
      for (const key of ['x', 'y', 'width', 'height'] as const) el.setAttribute(key, String(round(mark[key])));
      break;
    case 'line':
      for (const key of ['x1', 'y1', 'x2', 'y2'] as const) el.setAttribute(key, String(round(mark[key])));
      if (mark.dash) el.setAttribute('stroke-dasharray', '6 6');
      break;
    case 'circle':
      for (const key of ['cx', 'cy', 'r'] as const) el.setAttribute(key, String(round(mark[key])));
      break;
    case 'text':
      el.setAttribute('x', String(round(mark.x)));
      el.setAttribute('y', String(round(mark.y)));
      el.setAttribute('text-anchor', mark.anchor);
      setText(el as SVGTextElement, mark);
      break;
  }
  return el;
}

/** Two decimals are finer than a pixel: snapshots stay stable across platforms. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Draws the spec's final state as SVG (no animation): the form snapshot tests and print view see. */
export function drawChart(spec: ChartSpec): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${spec.width} ${spec.height}`);
  svg.setAttribute('class', `chart-svg chart-${spec.kind}`);
  svg.setAttribute('role', 'img');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = spec.title;
  const desc = document.createElementNS(SVG, 'desc');
  desc.textContent = spec.description;
  svg.append(title, desc, ...spec.marks.map(create));
  return svg;
}

export function mountChart(spec: ChartSpec): ChartView {
  const svg = drawChart(spec);
  let current = spec;
  let marks = spec.marks;
  const nodes = () => new Map([...svg.querySelectorAll<SVGElement>('[data-mark]')].map((n) => [n.dataset.mark!, n]));
  const latest = (id: string) => current.marks.find((m): m is TextMark => m.id === id && m.type === 'text');

  const startState = (node: Selection<SVGElement, unknown, null, undefined>, mark: Mark) => {
    if (mark.type === 'rect' && mark.grow === 'right') node.attr('width', 0);
    if (mark.type === 'rect' && mark.grow === 'up') node.attr('y', round(mark.y + mark.height)).attr('height', 0);
    if (mark.type === 'circle') node.attr('r', 0);
    if (mark.type === 'line') node.attr('x2', round(mark.x1)).attr('y2', round(mark.y1));
    if (mark.type === 'text') node.style('opacity', 0);
  };

  const endState = (node: Selection<SVGElement, unknown, null, undefined>, mark: Mark) => {
    if (mark.type === 'rect')
      node.attr('y', round(mark.y)).attr('width', round(mark.width)).attr('height', round(mark.height));
    if (mark.type === 'circle') node.attr('r', round(mark.r));
    if (mark.type === 'line') node.attr('x2', round(mark.x2)).attr('y2', round(mark.y2));
    if (mark.type === 'text') {
      node.style('opacity', null);
      setText(node.node() as SVGTextElement, mark);
    }
  };

  const view: ChartView = {
    element: svg,
    get spec() {
      return current;
    },
    play(duration = DURATION) {
      const byId = nodes();
      const ends: Promise<void>[] = [];
      marks.forEach((mark, i) => {
        const node = select(byId.get(mark.id)!);
        node.interrupt('chart');
        startState(node, mark);
        const t = node
          .transition('chart')
          .delay(duration ? ((mark.type === 'rect' ? mark.step : undefined) ?? i) * STAGGER * (duration / DURATION) : 0)
          .duration(duration)
          .ease(easeCubicOut);
        if (mark.type === 'rect')
          t.attr('y', round(mark.y)).attr('width', round(mark.width)).attr('height', round(mark.height));
        if (mark.type === 'circle') t.attr('r', round(mark.r));
        if (mark.type === 'line') t.attr('x2', round(mark.x2)).attr('y2', round(mark.y2));
        if (mark.type === 'text') {
          t.style('opacity', 1);
          if (mark.count) {
            // Read the mark afresh each frame: a language switch mid-count changes the words, not the count.
            t.tween('count', () => (k) => {
              const count = latest(mark.id)?.count;
              const first = (node.node() as SVGTextElement).firstChild as SVGTSpanElement | null;
              if (!count || !first) return;
              const amount = interpolateNumber(0, count.amount)(k);
              first.textContent = `${count.prefix}${formatNumber(amount, current.language, count.decimals)}${count.suffix}`;
            });
          }
        }
        ends.push(
          t.end().then(
            () => endState(node, latest(mark.id) ?? mark),
            () => undefined,
          ),
        );
      });
      return Promise.all(ends).then(() => undefined);
    },
    finish() {
      const byId = nodes();
      for (const mark of marks) {
        const node = select(byId.get(mark.id)!);
        node.interrupt('chart');
        endState(node, mark);
      }
    },
    reset() {
      const byId = nodes();
      for (const mark of marks) {
        const node = select(byId.get(mark.id)!);
        node.interrupt('chart');
        startState(node, mark);
      }
    },
    relabel(next) {
      current = next;
      marks = next.marks;
      svg.querySelector('title')!.textContent = next.title;
      svg.querySelector('desc')!.textContent = next.description;
      const byId = nodes();
      for (const mark of next.marks) {
        if (mark.type !== 'text') continue;
        const node = byId.get(mark.id) as SVGTextElement | undefined;
        if (node) setText(node, mark);
      }
    },
  };
  return view;
}
