/**
 * Which of the sample's two deployments the sandbox can score: the MLflow model needs a Python with scikit-learn,
 * the custom scoring script only the standard library. Checked once per release flow, before the `aml` step.
 */
import { canImport, PYTHON_VARIABLE, pythonCommand } from './scoring/python-interpreter.js';

export interface SampleDeployment {
  /** The deployment file deploy-aml-endpoint gets. */
  readonly file: string;
  readonly kind: 'MLflow model' | 'custom scoring script';
  /** Whether a scoring job can run at all (false: no python3). */
  readonly scores: boolean;
  /** One line for people: what was chosen and why. */
  readonly reason: string;
}

/** Checks once which sample deployment the sandbox's Python can score (a short interpreter start). */
export function chooseSampleDeployment(): SampleDeployment {
  const python = pythonCommand();
  const mlflow = canImport(python, ['sklearn', 'pandas', 'numpy']);
  if (mlflow.ok) {
    return {
      file: 'examples/aml/deployment.yml',
      kind: 'MLflow model',
      scores: true,
      reason: `MLflow model (examples/aml/deployment.yml), scored with ${python}, which has scikit-learn.`,
    };
  }
  const started = canImport(python, []);
  return {
    file: 'examples/aml/custom/deployment.yml',
    kind: 'custom scoring script',
    scores: started.ok,
    reason:
      `custom scoring script (examples/aml/custom/deployment.yml): ${mlflow.reason}` +
      `${started.ok ? '' : '; without python3 nothing is scored'}. For the MLflow model: apt-get install python3-sklearn python3-pandas, or set ${PYTHON_VARIABLE} to a Python with scikit-learn.`,
  };
}
