"""Batch scoring script for the credit-default model, with the Python standard library only.

Azure ML's batch driver calls init() once per worker process and run(mini_batch) for each mini-batch, with the
list of input file paths. The model folder (custom/model, registered as a custom model) is under
AZUREML_MODEL_DIR; it holds logistic.json, the fitted model as numbers (written by ../../train.py).

run() returns one line per application: "<application_id>,<probability of default>,<predicted class>,<file>".
With output_action append_row the batch driver appends them to the job's predictions file as they are.
"""

import csv
import glob
import io
import json
import logging
import math
import os

logger = logging.getLogger(__name__)
model = None


def init():
    global model
    found = glob.glob(os.path.join(os.environ["AZUREML_MODEL_DIR"], "**", "logistic.json"), recursive=True)
    if not found:
        raise FileNotFoundError(f"no logistic.json under {os.environ['AZUREML_MODEL_DIR']}")
    with open(found[0], encoding="utf-8") as data:
        model = json.load(data)
    logger.info("loaded %s (%d features)", found[0], len(model["features"]))


def score(row):
    """z, then the probability of default; class 1 when z > 0, as scikit-learn's predict decides."""
    z = model["intercept"]
    for i, feature in enumerate(model["features"]):
        z += model["coefficients"][i] * (float(row[feature]) - model["means"][i]) / model["scales"][i]
    probability = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
    return probability, model["classes"][1] if z > 0 else model["classes"][0]


def run(mini_batch):
    lines = []
    for path in mini_batch:
        name = os.path.basename(path)
        with open(path, newline="", encoding="utf-8-sig") as data:
            rows = list(csv.DictReader(data))
        for row in rows:
            probability, label = score(row)
            out = io.StringIO()
            csv.writer(out, lineterminator="").writerow([row.get("application_id", ""), probability, label, name])
            lines.append(out.getvalue())
        logger.info("scored %d applications from %s", len(rows), name)
    return lines
