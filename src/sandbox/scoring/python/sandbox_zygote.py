"""The sandbox's Python fork server: one per sandbox and interpreter, started on the first scoring job.

Importing numpy, pandas and scikit-learn costs about a second of CPU, and a batch job's worker must still be a
fresh process (Azure ML calls init() once per worker process). So this process imports them once and forks a
child per worker: the child starts with the libraries loaded, at the cost of a fork.

Protocol: one JSON object per line on stdin, answered on stdout.
  {"op": "fork", "id": ..., "port": ..., "token": ..., ...}  -> {"op": "forked", "id": ..., "pid": ...}
  {"op": "preload", "pickle": "<path>"}                      -> nothing (imports the modules a model pickle names)
The forked child connects back to the sandbox over TCP (see sandbox_batch_worker.serve) and never writes here.
"""

import importlib
import json
import os
import pickletools
import platform
import signal
import sys

import sandbox_batch_worker

PRELOAD = ("numpy", "pandas", "sklearn")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def try_import(name):
    try:
        importlib.import_module(name)
        return True
    except Exception:  # an unusable library is the job's error to report, when the job needs it
        return False


def pickle_modules(path):
    """The modules a pickle's classes live in, read from its opcodes without unpickling anything."""
    modules, strings = set(), []
    with open(path, "rb") as data:
        for opcode, arg, _ in pickletools.genops(data):
            if opcode.name in ("GLOBAL", "INST"):
                modules.add(str(arg).split(" ")[0])
            elif opcode.name == "STACK_GLOBAL" and len(strings) >= 2:
                modules.add(strings[-2])
            if isinstance(arg, str):
                strings.append(arg)
    return sorted(modules)


def main():
    preloaded = [name for name in PRELOAD if try_import(name)]
    fork = hasattr(os, "fork")
    send({"op": "ready", "python": platform.python_version(), "fork": fork, "preloaded": preloaded})
    if fork:
        # Finished workers are reaped by the kernel; a worker sets SIGCHLD back for the scripts it runs.
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for line in sys.stdin:
        message = json.loads(line)
        op = message.get("op")
        if op == "preload":
            try:
                for name in pickle_modules(message["pickle"]):
                    try_import(name)
            except Exception:
                pass  # a malformed pickle fails when the worker loads it, with the real error
        elif op == "fork":
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                code = 70
                try:
                    sandbox_batch_worker.serve_forked(message)
                    code = 0
                finally:
                    os._exit(code)
            send({"op": "forked", "id": message["id"], "pid": pid})


if __name__ == "__main__":
    main()
