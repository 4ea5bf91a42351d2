#!/usr/bin/env python3
"""Make README.md from nbs/index.ipynb, as `nbdev_readme` does where Quarto is installed.

    python .ci/readme.py          # run index.ipynb's cells, save their outputs, write README.md
    python .ci/readme.py --check  # the same, then fail if README.md or index.ipynb changed (CI)

The index's code cells are cheap (its tables read the experiments' results files), so they run every time: a
rerun experiment updates the front page on the next call. Cells marked `#| hide` are left out, `#| echo: false`
cells show their output only, markdown outputs are written as they are; nbconvert's markdown exporter does the rest.
"""
import os, re, subprocess, sys
from pathlib import Path
import nbformat
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from nbconvert import MarkdownExporter
from traitlets.config import Config

root = Path(__file__).resolve().parent.parent
index, readme = root/'nbs'/'index.ipynb', root/'README.md'

def run_index():
    "Run the index's code cells in `nbs/` and save the notebook with their outputs, cleaned as nbdev_clean does."
    nb, here = read_nb(index), os.getcwd()
    os.chdir(index.parent)
    try: CaptureShell().run_all(nb, exc_stop=True)
    finally: os.chdir(here)
    write_nb(nb, index)
    subprocess.run(['nbdev_clean', '--fname', str(index)], check=True, cwd=root)

def directives(source: str) -> dict:
    return dict((m[1], m[2].strip()) for m in re.finditer(r'^#\|\s*([\w-]+)\s*:?\s*(.*)$', source, re.M))

def markdown() -> str:
    "The index as markdown: hidden cells dropped, echo-free cells as their outputs, directive lines removed."
    nb = nbformat.read(index, as_version=4)
    cells = []
    for cell in nb.cells:
        if cell.cell_type != 'code': cells.append(cell); continue
        d = directives(cell.source)
        if 'hide' in d or 'default_exp' in d: continue
        cell.metadata.setdefault('tags', [])
        if d.get('echo') == 'false': cell.metadata.tags.append('remove_input')
        cell.source = '\n'.join(l for l in cell.source.splitlines() if not l.startswith('#|'))
        for out in cell.get('outputs', []): # markdown outputs as they are; other rich outputs are not for a README
            if 'data' in out and 'text/markdown' in out.data: out.data = {'text/markdown': out.data['text/markdown']}
        cells.append(cell)
    nb.cells = cells
    nb.metadata['language_info'] = dict(name='python') # code blocks as python
    c = Config(); c.TagRemovePreprocessor.enabled = True; c.TagRemovePreprocessor.remove_input_tags = ('remove_input',)
    body, _ = MarkdownExporter(config=c).from_notebook_node(nb)
    body = body.replace('](images/', '](nbs/images/') # the pictures, seen from the repository's root
    return re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'

if __name__ == '__main__':
    run_index()
    readme.write_text(markdown())
    lines = len(readme.read_text().splitlines())
    print(f"README.md: {lines} lines from nbs/index.ipynb")
    if '--check' in sys.argv:
        diff = subprocess.run(['git', 'status', '--porcelain', '--', 'README.md', 'nbs/index.ipynb'], capture_output=True, text=True, cwd=root).stdout
        if diff: sys.exit(f"README.md or nbs/index.ipynb differ from what .ci/readme.py makes:\n{diff}run `python .ci/readme.py` and commit")
        if lines > 200: sys.exit(f"README.md has {lines} lines; the front page keeps to 200")
