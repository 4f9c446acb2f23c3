"""Executes a notebook with nbclient, as nbconvert --execute and papermill do, and writes the result.

Usage: python3 run_notebook.py IN.ipynb OUT.ipynb KERNEL_NAME
"""
import sys

import nbformat
from nbclient import NotebookClient

source, target, kernel = sys.argv[1:4]
nb = nbformat.read(source, as_version=4)
NotebookClient(nb, kernel_name=kernel, timeout=300, startup_timeout=120).execute()
nbformat.write(nb, target)
