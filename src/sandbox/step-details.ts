/**
 * What a step line says after its verdict, for this repository's actions: read from the action's outputs, the same
 * whether the step ran from the release flow or from a workflow through the executor.
 */
type Outputs = Readonly<Record<string, string>>;

const DETAILS: Readonly<Record<string, (outputs: Outputs) => string>> = {
  'deploy-aml-endpoint': (o) =>
    `${o['endpoint-name']} -> ${o['deployment-name']} serving ${o['model-name']}:${o['model-version']}${o.changed === 'true' ? '' : ' (no change)'}`,
  'deploy-adf-pipelines': (o) => `${o.created} created, ${o.updated} updated, ${o.unchanged} unchanged`,
  'apply-control-metadata': (o) =>
    `${o.inserted} inserted, ${o.updated} updated, ${o.unchanged} unchanged` +
    `${Number(o.disabled) ? `, ${o.disabled} disabled` : ''}${Number(o.deleted) ? `, ${o.deleted} deleted` : ''}`,
  'run-integration-score': (o) =>
    `${o['job-id']} ${o.status}: ${o['rows-scored']} rows, ${o.validated === 'true' ? 'validated, model version stamped' : 'not validated'}`,
  'check-drift-gate': (o) => {
    const features = JSON.parse(o['drifted-features'] ?? '[]') as string[];
    const verdict = o.drifted === 'true' ? 'dataset drift' : 'no dataset drift';
    const drifted = features.length ? `; drifted: ${features.join(', ')}` : '';
    return `${verdict}, share ${o['drift-share']}${drifted}; ${o['metrics-sent']} metrics sent`;
  },
};

/** The detail of a successful step of `action`, or undefined for an action without one. */
export function describeStep(action: string, outputs: Outputs): string | undefined {
  return DETAILS[action]?.(outputs);
}
