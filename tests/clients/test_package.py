"""custos_client is a package of its own: typed, installable, and free of Django and of the server's code."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import custos_client

PACKAGE = Path(__file__).resolve().parents[2] / "clients" / "python"


def test_importing_the_client_loads_neither_django_nor_custos_nor_openai() -> None:
    probe = (
        "import sys, custos_client, custos_client.guarded;"
        "loaded = [m for m in sys.modules if m.split('.')[0] in "
        "{'django', 'rest_framework', 'governance', 'classifier', 'audit', 'config', 'openai'}];"
        "print(loaded)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd="/")
    assert result.stdout.strip() == "[]"


def test_the_installed_package_is_typed_and_matches_its_metadata() -> None:
    installed = Path(custos_client.__file__).resolve().parent
    assert (installed / "py.typed").is_file()
    metadata = tomllib.loads((PACKAGE / "pyproject.toml").read_text())
    assert metadata["project"]["name"] == "custos-client"
    assert metadata["project"]["version"] == custos_client.__version__
    assert not any(dep.lower().startswith("django") for dep in metadata["project"]["dependencies"])
