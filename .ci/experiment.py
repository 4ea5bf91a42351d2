#!/usr/bin/env python3
"""Run experiment notebooks whole (their `#| slow` cells included) and save them with their outputs.

    python .ci/experiment.py nbs/experiments/demos.ipynb [more.ipynb ...]

Each notebook runs in its own folder, writes its results JSON there, and is saved with its tables and pictures;
run `nbdev_clean` afterwards. Run one at a time on a small machine: they train models. A notebook that fails is
not saved; the others still run, and the exit status says that one failed.
"""
import os, sys, time, traceback
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell

failed = []
for name in sys.argv[1:]:
    path = Path(name).resolve()
    print(f"== {path.name}", flush=True)
    nb, t0, here = read_nb(path), time.time(), os.getcwd()
    os.chdir(path.parent)
    try: CaptureShell().run_all(nb, exc_stop=True)
    except Exception:
        traceback.print_exc(); failed.append(path.name); continue
    finally: os.chdir(here)
    write_nb(nb, path)
    print(f"   done in {(time.time() - t0) / 60:.1f} min", flush=True)
if failed: sys.exit(f"failed: {', '.join(failed)}")
