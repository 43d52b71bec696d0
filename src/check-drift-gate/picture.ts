/**
 * The picture of a drifted feature: reference and current distributions over the same bins, overlaid.
 *
 * GitHub sanitises job summaries like any Markdown it renders: an inline `<svg>` element is stripped, while an
 * `<img>` is kept. The SVG therefore goes in as `<img src="data:image/svg+xml;base64,...">`, a few kilobytes, with
 * every text in it XML-escaped and the whole base64-encoded (nothing of the data can break out of the attribute).
 * Where a renderer drops data URIs, the `alt` text and the text bars next to it still show the shape.
 */
import type { HistogramPicture } from './feature-metrics.js';

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

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
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
