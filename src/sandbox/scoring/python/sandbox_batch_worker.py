"""One worker process of a sandbox batch job: what Azure ML's batch driver does in each process.

The sandbox (Node.js) drives it over a TCP connection to 127.0.0.1, one JSON object per line:
  {"op": "init", "kind": "script" | "mlflow", ...} -> {"ok": true} | {"ok": false, "error": {...}}
  {"op": "run", "files": [<local paths>]}        -> {"ok": true, "count": <elements>, "text": <output lines>}
                                                    | {"ok": false, "error": {"type", "message", "traceback"}}
  {"op": "job", "env", "cwd", "stdout", "stderr", "loggingLevel"} -> {"ok": true}
  {"op": "exit"}, or the end of the connection: the worker exits
A worker may be started with its first request ("first" in what starts it, usually its init): it is answered
right after the hello, as if it had been the first line read, so the sandbox writes one message fewer.
The worker's stdout and stderr are files (the job's user logs), so whatever the scoring script prints is kept.
A warm worker (an MLflow model's, kept by the sandbox between jobs of the same model) is bound to its next job with
"job": that job's environment, working directory and user log files; its loaded model stays.

Scoring scripts run as Azure runs them: the code folder on sys.path and as the working directory's neighbour,
init() once, run(mini_batch) per mini-batch with the list of file paths, AZUREML_MODEL_DIR and
AZUREML_BI_OUTPUT_PATH in the environment. What run() returns becomes the append_row output: a pandas
DataFrame as space-separated rows without a header, any other list one line per element (str of it), as
Azure ML's parallel run writes them (Azure docs: "Author scoring scripts for batch deployments"; the
MachineLearningNotebooks samples read the file back with sep=" " and header=None).

MLflow models are scored as Azure's generated driver scores them ("Deploy MLflow models in batch deployments"):
each CSV file is read with pandas, its columns checked against the model signature, and predict() called once
per file; each prediction becomes a line "<row>,<prediction>,<file name>" with no header. The sklearn flavour is
loaded as mlflow.sklearn loads it: the pickled model, unpickled with pickle or cloudpickle.
"""

import importlib.util
import json
import logging
import os
import signal
import socket
import sys
import traceback

MISSING = object()


class WorkerError(Exception):
    """An error already phrased for the job's log (no traceback of the driver's own code)."""


def describe(error):
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    kind = None if isinstance(error, WorkerError) else type(error).__name__
    return {"type": kind, "message": str(error), "traceback": text}


def redirect(spec):
    """stdout/stderr to the job's log files, stdin from nothing."""
    out = os.open(spec["stdout"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    err = os.open(spec["stderr"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(out, 1)
    os.dup2(err, 2)
    for fd in (null, out, err):
        os.close(fd)
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)


def serve_forked(spec):
    """Entry of a child forked by the zygote: a fresh session, so the sandbox can kill its whole group."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.setsid()
    redirect(spec)
    serve(spec)


def bind(spec):
    """The job's environment variables, working directory and logging level."""
    os.environ.update(spec.get("env", {}))
    os.chdir(spec["cwd"])
    level = getattr(logging, str(spec.get("loggingLevel", "INFO")).upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(asctime)s|%(levelname)s|%(name)s|%(message)s", force=True)


def serve(spec):
    bind(spec)
    connection = socket.create_connection(("127.0.0.1", spec["port"]))
    reader = connection.makefile("r", encoding="utf-8")
    writer = connection.makefile("w", encoding="utf-8")

    def reply(message):
        writer.write(json.dumps(message) + "\n")
        writer.flush()

    reply({"op": "hello", "id": spec["id"], "token": spec["token"], "pid": os.getpid()})
    scorer = None
    for message in requests(spec.get("first"), reader):
        op = message.get("op")
        if op == "exit":
            break
        try:
            if op == "init":
                scorer = ScriptScorer(message) if message["kind"] == "script" else MlflowScorer(message)
                reply({"ok": True})
            elif op == "job":
                sys.stdout.flush()
                sys.stderr.flush()
                redirect(message)
                bind(message)
                reply({"ok": True})
            elif op == "run":
                count, text = scorer.run(message["files"])
                reply({"ok": True, "count": count, "text": text})
            else:
                raise WorkerError(f"unknown request {op!r}")
        except BaseException as error:  # SystemExit from a script is its failure too, not the worker's end
            details = describe(error)
            sys.stderr.write(details["traceback"])
            reply({"ok": False, "error": details})
    connection.close()


def requests(first, reader):
    """The request the worker was started with, if any, then one per line read."""
    if first is not None:
        yield first
    for line in reader:
        yield json.loads(line)


def output_lines(result):
    """What run() returned as append_row lines, and how many elements that is."""
    if result is None:
        raise WorkerError(
            "run() returned None; it must return a pandas DataFrame or a list with one element per scored input."
        )
    pandas = sys.modules.get("pandas")
    if pandas is not None and isinstance(result, pandas.DataFrame):
        return len(result), result.to_csv(sep=" ", header=False, index=False)
    if isinstance(result, (str, bytes)) or not hasattr(result, "__iter__"):
        raise WorkerError(
            f"run() returned {type(result).__name__}; it must return a pandas DataFrame or a list with one"
            " element per scored input."
        )
    items = list(result)
    return len(items), "".join(f"{item}\n" for item in items)


class ScriptScorer:
    def __init__(self, spec):
        code_dir, script = spec["codeDir"], spec["scoringScript"]
        sys.path.insert(0, code_dir)
        name = os.path.splitext(os.path.basename(script))[0]
        module_spec = importlib.util.spec_from_file_location(name, os.path.join(code_dir, script))
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module
        module_spec.loader.exec_module(module)
        self.run_function = getattr(module, "run", None)
        if not callable(self.run_function):
            raise WorkerError(f"The scoring script {script} has no run(mini_batch) function.")
        init = getattr(module, "init", None)
        if callable(init):
            init()

    def run(self, files):
        return output_lines(self.run_function(files))


# MLflow's column types (mlflow.types.DataType) as numpy dtypes.
NUMPY_TYPES = {
    "long": "int64",
    "integer": "int32",
    "double": "float64",
    "float": "float32",
    "boolean": "bool",
    "string": "object",
    "binary": "object",
}


class MlflowScorer:
    def __init__(self, spec):
        import numpy
        import pandas

        self.numpy, self.pandas = numpy, pandas
        self.inputs = spec.get("inputs")
        if spec.get("codeDir"):
            sys.path.insert(0, spec["codeDir"])
        serialization = spec["serializationFormat"]
        with open(spec["modelFile"], "rb") as data:
            if serialization == "cloudpickle":
                import cloudpickle

                model = cloudpickle.load(data)
            elif serialization == "pickle":
                import pickle

                model = pickle.load(data)
            else:
                raise WorkerError(
                    f"Unrecognized serialization format: {serialization}. Please specify one of the following"
                    " supported formats: ['pickle', 'cloudpickle']."
                )
        self.predict = getattr(model, spec.get("predictFn") or "predict")

    def conform(self, data):
        """The signature's columns, in its order, converted only where the conversion is safe (as pyfunc does)."""
        if not self.inputs:
            return data
        names = [column["name"] for column in self.inputs]
        missing = [name for name in names if name not in data.columns]
        if missing:
            extra = [str(column) for column in data.columns if column not in names]
            raise WorkerError(f"Model is missing inputs {missing}. Note that there were extra inputs: {extra}")
        conformed = self.pandas.DataFrame(index=data.index)
        for column in self.inputs:
            name, values = column["name"], data[column["name"]]
            target = self.numpy.dtype(NUMPY_TYPES.get(column["type"], "object"))
            if values.dtype == target or (target.kind == "O" and values.dtype.kind == "O"):
                conformed[name] = values
            elif values.dtype.kind in "biuf" and self.numpy.can_cast(values.dtype, target, casting="safe"):
                conformed[name] = values.astype(target)
            else:
                hint = " (a missing value makes pandas read a column as float64)" if values.isna().any() else ""
                raise WorkerError(
                    f"Incompatible input types for column {name}. Can not safely convert {values.dtype} to"
                    f" {target}{hint}."
                )
        return conformed

    def run(self, files):
        pandas = self.pandas
        count, parts = 0, []
        for path in files:
            name = os.path.basename(path)
            extension = os.path.splitext(name)[1].lstrip(".").lower()
            if extension != "csv":
                raise WorkerError(f"Error processing input file: '{path}'. File type '{extension}' is not supported.")
            try:
                predictions = self.predict(self.conform(pandas.read_csv(path)))
            except Exception as error:
                raise WorkerError(f"Error processing input file: '{path}'. Exception: {error}") from error
            frame = pandas.DataFrame(predictions)
            if isinstance(predictions, pandas.DataFrame):
                frame = predictions.reset_index(drop=True)
            frame.insert(0, "row", range(len(frame)))
            frame["file"] = name
            count += len(frame)
            parts.append(frame.to_csv(header=False, index=False))
        return count, "".join(parts)


if __name__ == "__main__":
    # Where the platform cannot fork, the sandbox starts each worker as `python sandbox_batch_worker.py <spec>`.
    worker_spec = json.loads(sys.argv[1])
    redirect(worker_spec)
    serve(worker_spec)
