/**
 * The SVG pictures as files a workflow can upload as an artifact (the `pictures` output names their directory):
 * one per measured feature, reference against current, named by the feature's position and a file-safe form of its
 * name. The job summary cannot show them (GitHub does not render images from data), so it draws Mermaid charts and
 * text bars, and points here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureResult } from './feature-comparison.js';
import { histogramSvg } from './picture.js';
import { formatValue } from './summary.js';

/** A file name from a feature name: letters, digits, `.`, `_` and `-`, at most 60 characters. */
export function fileSafe(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '');
  return safe.slice(0, 60) || 'feature';
}

export async function writePictures(
  features: readonly FeatureResult[],
  env: NodeJS.ProcessEnv,
  name: string,
): Promise<{ directory: string; files: string[] }> {
  const directory = join(env.RUNNER_TEMP || tmpdir(), 'check-drift-gate', name);
  await mkdir(directory, { recursive: true });
  const files: string[] = [];
  const width = String(features.length).length;
  for (const [index, feature] of features.entries()) {
    if (feature.picture.labels.length === 0) continue;
    const metric = feature.metrics.find((m) => m.drifted) ?? feature.metrics[0];
    const title = `${feature.name}${metric ? `: ${metric.metric} ${formatValue(metric.value)}` : ''}${feature.drifted ? ' (drifted)' : ''}${feature.picture.note ? ` (${feature.picture.note})` : ''}`;
    const file = join(directory, `${String(index + 1).padStart(width, '0')}-${fileSafe(feature.name)}.svg`);
    await writeFile(file, histogramSvg(title, feature.picture));
    files.push(file);
  }
  return { directory, files };
}
