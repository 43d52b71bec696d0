"""Trains the sample credit-default model and writes its two deployable forms.

    python3 examples/aml/train.py        (needs numpy, pandas, scikit-learn and PyYAML:
                                          apt-get install python3-sklearn python3-pandas python3-yaml)

1. model/: an MLflow model folder with the sklearn flavour, in the layout mlflow.sklearn.save_model writes
   (MLmodel, model.pkl, conda.yaml, python_env.yaml, requirements.txt). MLflow itself is not needed: the folder
   is written field by field, so the repository can train it wherever scikit-learn is installed. Azure ML deploys
   such a folder to a batch endpoint with no scoring script and no environment (type: mlflow_model).
2. custom/model/logistic.json: the same fitted model as plain numbers (the scaler's means and scales, the
   coefficients and the intercept), which custom/code/score.py scores with the Python standard library alone.

Deterministic: a fixed seed, synthetic applicants, and fixed metadata (creation time, model UUID), so running it
again with the same library versions rewrites the same bytes.
"""

import json
import os
import pickle
import platform
import uuid

import numpy as np
import pandas as pd
import sklearn
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

SEED = 20240601
APPLICANTS = 4000
FEATURES = ["age", "income_k", "debt_ratio", "open_credit_lines", "late_payments_12m"]
HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_DIR = os.path.join(HERE, "model")
EXPORT = os.path.join(HERE, "custom", "model", "logistic.json")

# The MLmodel fields and pinned requirements follow MLflow 2.9's save_model; Azure ML builds the scoring
# environment from conda.yaml, so the pins say what the folder is read with.
MLFLOW_VERSION = "2.9.2"
CREATED = "2024-06-01 00:00:00.000000"
MODEL_UUID = uuid.uuid5(uuid.NAMESPACE_URL, f"credit-default/{SEED}").hex


def applicants(rng: np.random.RandomState) -> pd.DataFrame:
    """Synthetic credit applications with the sample's five features."""
    return pd.DataFrame(
        {
            "age": rng.randint(21, 70, APPLICANTS),
            "income_k": np.round(rng.gamma(5.0, 11.0, APPLICANTS), 1),
            "debt_ratio": np.round(rng.beta(3.0, 5.5, APPLICANTS), 2),
            "open_credit_lines": rng.poisson(6.0, APPLICANTS),
            "late_payments_12m": rng.poisson(0.5, APPLICANTS),
        },
        columns=FEATURES,
    )


def defaults(data: pd.DataFrame, rng: np.random.RandomState) -> np.ndarray:
    """Who defaults: drawn from a known logistic risk, so the fitted model has something real to find."""
    z = (
        -2.0
        - 0.35 * (data["age"] - 40) / 12
        - 0.6 * (data["income_k"] - 55) / 25
        + 0.9 * (data["debt_ratio"] - 0.35) / 0.15
        + 0.2 * (data["open_credit_lines"] - 6) / 3
        + 0.8 * (data["late_payments_12m"] - 0.5)
    )
    return (rng.uniform(size=len(data)) < 1 / (1 + np.exp(-z))).astype(np.int64)


def column_type(dtype) -> str:
    """The MLflow signature type of a pandas column (mlflow.types.DataType names)."""
    return "long" if np.issubdtype(dtype, np.integer) else "double"


def write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def main() -> None:
    rng = np.random.RandomState(SEED)
    data = applicants(rng)
    target = defaults(data, rng)
    model = Pipeline([("scale", StandardScaler()), ("classify", LogisticRegression())])
    model.fit(data, target)

    os.makedirs(MODEL_DIR, exist_ok=True)
    with open(os.path.join(MODEL_DIR, "model.pkl"), "wb") as out:
        # Protocol 4 is Python 3.8-3.13's default: the bytes do not depend on which of them trains.
        pickle.dump(model, out, protocol=4)

    python = platform.python_version()
    requirements = [f"mlflow=={MLFLOW_VERSION}", f"scikit-learn=={sklearn.__version__}"]
    signature = {
        "inputs": json.dumps([{"type": column_type(data[c].dtype), "name": c} for c in FEATURES]),
        "outputs": json.dumps([{"type": "long"}]),
        "params": None,
    }
    mlmodel = {
        "flavors": {
            "python_function": {
                "env": {"conda": "conda.yaml", "virtualenv": "python_env.yaml"},
                "loader_module": "mlflow.sklearn",
                "model_path": "model.pkl",
                "predict_fn": "predict",
                "python_version": python,
            },
            "sklearn": {
                "code": None,
                "pickled_model": "model.pkl",
                "serialization_format": "pickle",
                "sklearn_version": sklearn.__version__,
            },
        },
        "mlflow_version": MLFLOW_VERSION,
        "model_uuid": MODEL_UUID,
        "signature": signature,
        "utc_time_created": CREATED,
    }
    write(os.path.join(MODEL_DIR, "MLmodel"), yaml.safe_dump(mlmodel, default_flow_style=False))
    conda = {
        "channels": ["conda-forge"],
        "dependencies": [f"python={python}", "pip<=23.0.1", {"pip": requirements}],
        "name": "mlflow-env",
    }
    write(os.path.join(MODEL_DIR, "conda.yaml"), yaml.safe_dump(conda, default_flow_style=False))
    python_env = {
        "python": python,
        "build_dependencies": ["pip==23.0.1", "setuptools==66.1.1", "wheel==0.38.4"],
        "dependencies": ["-r requirements.txt"],
    }
    write(
        os.path.join(MODEL_DIR, "python_env.yaml"),
        yaml.safe_dump(python_env, default_flow_style=False, sort_keys=False),
    )
    write(os.path.join(MODEL_DIR, "requirements.txt"), "".join(f"{r}\n" for r in requirements))

    scale, classify = model.named_steps["scale"], model.named_steps["classify"]
    exported = {
        "description": (
            "The credit-default model of examples/aml/model as numbers, written by examples/aml/train.py: "
            "z = intercept + sum(coefficients[i] * (x[i] - means[i]) / scales[i]); "
            "probability of default = 1 / (1 + exp(-z)); predicted class 1 when z > 0."
        ),
        "features": FEATURES,
        "means": scale.mean_.tolist(),
        "scales": scale.scale_.tolist(),
        "coefficients": classify.coef_[0].tolist(),
        "intercept": float(classify.intercept_[0]),
        "classes": [int(c) for c in classify.classes_],
    }
    os.makedirs(os.path.dirname(EXPORT), exist_ok=True)
    write(EXPORT, json.dumps(exported, indent=2) + "\n")
    print(f"trained on {APPLICANTS} applicants ({int(target.sum())} defaults): {MODEL_DIR}, {EXPORT}")


if __name__ == "__main__":
    main()
