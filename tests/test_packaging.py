"""The wheel: what `pip install kg` gets must validate and evaluate without the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_the_wheel_carries_the_ontology_and_an_installed_kg_finds_it(tmp_path, examples_store):
    src = tmp_path / "src"  # a copy, so that building leaves no build/ or egg-info in the work tree
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("kg", "ontology"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # (no build isolation: pip would fetch setuptools from PyPI, and tests never reach the network)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation",
                            "--no-index", "-q", "-w", str(tmp_path / "dist")], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/queries/people.rq", "kg/templates/view.js"} <= names

    # The wheel's kg, unpacked where an installer puts it, with this environment's dependencies and no source tree.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("KG_ONTOLOGY", None)
    code = "import kg.validate as v; print(v.__file__); print(v.ontology_dir())"
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module, ontology = where.stdout.split()
    assert module.startswith(str(site)) and ontology == str(site / "kg" / "ontology")
    validated = subprocess.run([sys.executable, "-m", "kg", "validate", "--store", str(examples_store)],
                               capture_output=True, text=True, env=env, cwd=tmp_path)
    assert validated.returncode == 0 and "no violations" in validated.stdout, validated.stderr
