// Reading an MLflow model's MLmodel file into what the sandbox's worker loads: the sample's, the forms MLflow's
// sklearn flavour writes, and the models the sandbox refuses, each with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ModelFormatError, mlflowLoader } from '../../../../src/sandbox/scoring/mlflow-model.js';

const sample = readFileSync(new URL('../../../../examples/aml/model/MLmodel', import.meta.url), 'utf8');

describe('mlflowLoader', () => {
  it('reads the sample: the pickled model, its serialization, predict, and the signature columns', () => {
    expect(mlflowLoader(sample)).toEqual({
      modelFile: 'model.pkl',
      serializationFormat: 'pickle',
      predictFn: 'predict',
      inputs: [
        { type: 'long', name: 'age' },
        { type: 'double', name: 'income_k' },
        { type: 'double', name: 'debt_ratio' },
        { type: 'long', name: 'open_credit_lines' },
        { type: 'long', name: 'late_payments_12m' },
      ],
    });
  });

  it.each([
    [
      'the sklearn flavour alone, cloudpickled',
      'flavors:\n  sklearn:\n    pickled_model: model.pkl\n    serialization_format: cloudpickle\n',
      { modelFile: 'model.pkl', serializationFormat: 'cloudpickle', predictFn: 'predict' },
    ],
    [
      "an older python_function flavour (data, no predict_fn) with the flavour's code folder",
      'flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    data: ./model.pkl\n    code: code\n',
      { modelFile: 'model.pkl', serializationFormat: 'pickle', predictFn: 'predict', codeDir: 'code' },
    ],
    [
      'predict_proba as predict_fn, and a tensor signature (no columns to check)',
      'flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    model_path: m/model.pkl\n    predict_fn: predict_proba\nsignature:\n  inputs: \'[{"type": "tensor", "tensor-spec": {"dtype": "float64", "shape": [-1, 5]}}]\'\n',
      { modelFile: 'm/model.pkl', serializationFormat: 'pickle', predictFn: 'predict_proba' },
    ],
  ])('reads %s', (_label, text, expected) => {
    expect(mlflowLoader(text)).toEqual(expected);
  });

  it.each([
    ['not YAML', 'flavors: [', /^MLmodel is not valid YAML/],
    ['no flavours', 'mlflow_version: 2.9.2\n', /^MLmodel has no flavors\.$/],
    [
      'another loader',
      'flavors:\n  python_function:\n    loader_module: mlflow.pytorch\n    data: data\n  pytorch:\n    model_data: data\n',
      /loads with mlflow\.pytorch\. Flavours in MLmodel: python_function, pytorch\.$/,
    ],
    [
      'no flavour it can load',
      'flavors:\n  keras:\n    data: data\n',
      /this model has neither\. Flavours in MLmodel: keras\.$/,
    ],
    [
      'a model file outside the folder',
      'flavors:\n  sklearn:\n    pickled_model: ../../etc/passwd\n',
      /model_path '\.\.\/\.\.\/etc\/passwd' must be a path inside the model folder/,
    ],
  ])('refuses %s, saying why', (_label, text, message) => {
    expect(() => mlflowLoader(text)).toThrow(ModelFormatError);
    expect(() => mlflowLoader(text)).toThrow(message);
  });

  it('parses a given MLmodel text once: the same frozen loader for every job of the model, a new one for new text', () => {
    const first = mlflowLoader(sample);
    expect(mlflowLoader(sample)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const changed = sample.replace('predict_fn: predict', 'predict_fn: predict_proba');
    expect(changed).not.toBe(sample);
    expect(mlflowLoader(changed)).toMatchObject({ predictFn: 'predict_proba' });
    expect(mlflowLoader(sample)).toBe(first);
  });
});
