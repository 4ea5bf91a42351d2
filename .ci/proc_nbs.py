#!/usr/bin/env python3
"""Process every notebook as `nbdev_proc_nbs` does for the docs site, without its Quarto download, into `_proc/`,
and fail naming each notebook that does not process (`nbdev_docs` would stop on it where Quarto is installed).
Each notebook goes through nbdev's own per-file step (`nbdev.serve_drv.exec_nb` with `FilterDefaults`) in a
process of its own, two at once."""
import shutil, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
from nbdev.config import get_config

STEP = "import sys; from pathlib import Path; from nbdev.processors import FilterDefaults; from nbdev.serve_drv import exec_nb; exec_nb(Path(sys.argv[1]), Path(sys.argv[2]), FilterDefaults)"

def process(src, dst) -> str | None:
    "One notebook through nbdev's processing; the last lines of its error if it fails."
    r = subprocess.run([sys.executable, '-c', STEP, str(src), str(dst)], capture_output=True, text=True, env={'IN_TEST': '1', **__import__('os').environ})
    if r.returncode: return '\n    '.join(l for l in r.stderr.strip().splitlines()[-6:] if l.strip())

def main():
    cfg = get_config()
    proc, t0 = cfg.config_path/'_proc', time.time()
    shutil.rmtree(proc, ignore_errors=True)
    nbs = sorted(p for p in cfg.nbs_path.rglob('*.ipynb') if not any(part.startswith(('.', '_')) for part in p.relative_to(cfg.nbs_path).parts))
    dsts = [proc/p.relative_to(cfg.nbs_path) for p in nbs]
    for d in dsts: d.parent.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(2) as pool: errors = dict(zip(nbs, pool.map(process, nbs, dsts)))
    failed = {p.relative_to(cfg.nbs_path): e for p, e in errors.items() if e}
    for p, e in failed.items(): print(f"{p}:\n    {e}", file=sys.stderr)
    if failed: sys.exit(f"nbdev_proc_nbs would fail on {len(failed)} notebook(s): {', '.join(map(str, failed))}")
    print(f"{len(nbs)} notebooks processed for the docs in {time.time() - t0:.0f} s")

if __name__ == '__main__': main()
