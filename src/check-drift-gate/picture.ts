/**
 * The picture of a feature: reference and current distributions over the same few bins (at most 20 equal-width
 * bins, or the 12 largest categories). The gate computes it for every feature (the report holds it); it is drawn as
 * an SVG file per feature (picture-files.ts: GitHub renders no image from data in a job summary, so the files are
 * for an artifact) and as text bars in the summary for the drifted ones. Every text in the SVG is XML-escaped.
 */
import type { FeatureData } from './feature-metrics.js';
import { azureMlBinCount, azureMlBinEdges, histogramCounts, proportionsOf } from './statistics/binning.js';
import { alignCategoryCounts } from './statistics/categorical.js';
import { weightedHistogramCounts } from './statistics/weighted-sample.js';

export interface HistogramPicture {
  /** Bin labels (value ranges, or categories). */
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  /** What the picture leaves out, if anything. */
  readonly note?: string;
}

const PICTURE_BINS = 20;
const PICTURE_CATEGORIES = 12;

export function histogramPicture(feature: FeatureData): HistogramPicture {
  if (feature.type === 'numerical') {
    const { reference, current } = feature;
    const min = Math.min(reference.min, current.min);
    const max = Math.max(reference.max, current.max);
    const bins = Math.min(PICTURE_BINS, azureMlBinCount(reference.count, current.count));
    const { edges } = azureMlBinEdges(min, max, bins);
    const labels = edges
      .slice(0, -1)
      .map((edge, i) => `${shortNumber(edge)} – ${shortNumber(edges[i + 1]!)}`);
    const counts = (side: typeof reference) =>
      side.sample !== undefined
        ? histogramCounts(side.sample, edges)
        : weightedHistogramCounts(side.weighted(), edges);
    return {
      labels,
      reference: proportionsOf(counts(reference), reference.count),
      current: proportionsOf(counts(current), current.count),
    };
  }
  const aligned = alignCategoryCounts(feature.reference, feature.current);
  const refShares = proportionsOf(aligned.referenceCounts, Math.max(feature.referenceCount, 1));
  const curShares = proportionsOf(aligned.currentCounts, Math.max(feature.currentCount, 1));
  const order = aligned.categories
    .map((_, i) => i)
    .sort((a, b) => Math.max(refShares[b]!, curShares[b]!) - Math.max(refShares[a]!, curShares[a]!));
  const top = order.slice(0, PICTURE_CATEGORIES).sort((a, b) => a - b);
  return {
    labels: top.map((i) => aligned.categories[i]!),
    reference: top.map((i) => refShares[i]!),
    current: top.map((i) => curShares[i]!),
    ...(order.length > PICTURE_CATEGORIES
      ? { note: `the ${PICTURE_CATEGORIES} largest of ${order.length} categories` }
      : {}),
  };
}

function shortNumber(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-3) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}

const WIDTH = 360;
const HEIGHT = 120;
const PLOT_TOP = 18;
const PLOT_BOTTOM = 96;
const LEFT = 8;
const RIGHT = 8;
export const REFERENCE_COLOUR = '#1f77b4';
export const CURRENT_COLOUR = '#ff7f0e';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function round(value: number): string {
  return Number(value.toFixed(1)).toString();
}

/** A small SVG: two overlaid bar series, a legend, the first and last bin labels. */
export function histogramSvg(title: string, picture: HistogramPicture): string {
  const bins = picture.labels.length;
  const peak = Math.max(1e-12, ...picture.reference, ...picture.current);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(bins, 1);
  const height = PLOT_BOTTOM - PLOT_TOP;
  const bars = (values: readonly number[], colour: string, inset: number) =>
    values
      .map((value, i) => {
        const h = (value / peak) * height;
        return `<rect x="${round(LEFT + i * slot + inset)}" y="${round(PLOT_BOTTOM - h)}" width="${round(Math.max(slot - 2 * inset, 1))}" height="${round(h)}" fill="${colour}" fill-opacity="0.55"/>`;
      })
      .join('');
  const first = picture.labels[0] ?? '';
  const last = picture.labels[bins - 1] ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="10">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${LEFT}" y="11" font-weight="bold">${escapeXml(title)}</text>`,
    `<rect x="${WIDTH - 150}" y="4" width="8" height="8" fill="${REFERENCE_COLOUR}" fill-opacity="0.55"/><text x="${WIDTH - 139}" y="11">reference</text>`,
    `<rect x="${WIDTH - 80}" y="4" width="8" height="8" fill="${CURRENT_COLOUR}" fill-opacity="0.55"/><text x="${WIDTH - 69}" y="11">current</text>`,
    bars(picture.reference, REFERENCE_COLOUR, 0),
    bars(picture.current, CURRENT_COLOUR, slot * 0.2),
    `<line x1="${LEFT}" y1="${PLOT_BOTTOM}" x2="${WIDTH - RIGHT}" y2="${PLOT_BOTTOM}" stroke="#555"/>`,
    `<text x="${LEFT}" y="${PLOT_BOTTOM + 12}">${escapeXml(first)}</text>`,
    `<text x="${WIDTH - RIGHT}" y="${PLOT_BOTTOM + 12}" text-anchor="end">${escapeXml(last)}</text>`,
    '</svg>',
  ].join('');
}

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** The same shape as text bars, one character per bin, for renderers without images. */
export function sparkline(values: readonly number[], peak: number): string {
  return values
    .map((value) =>
      value <= 0 ? ' ' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((value / peak) * BLOCKS.length))],
    )
    .join('');
}
