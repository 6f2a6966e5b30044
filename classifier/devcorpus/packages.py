"""Real PII-free text for false-alarm checks: chunks of installed packages' source files and descriptions.

Source: ``.py`` files of a few packages in the virtual environment (kind
``code``) and the long descriptions in their ``*.dist-info/METADATA`` (the
README, kind ``docs``). Lines that name people (author, maintainer, copyright,
"thanks to" lines, e-mail addresses) are dropped, so a chunk holds no personal
data and is expected PUBLIC. Files are assigned to a split by a hash of their
path (disjoint splits); the chunk positions are seeded. The ``test`` split
reads other packages (``TEST_PACKAGES``, ``TEST_DISTRIBUTIONS``), all of
their files; the ``exam`` split reads yet others (``EXAM_PACKAGES``,
``EXAM_DISTRIBUTIONS``), and the ``final`` split others again
(``FINAL_PACKAGES``, ``FINAL_DISTRIBUTIONS``), and the ``blind`` split
others again (``BLIND_PACKAGES``, ``BLIND_DISTRIBUTIONS``), and the ``fresh``
split others again (``FRESH_PACKAGES``, ``FRESH_DISTRIBUTIONS``), and the
``fresh2`` split others again (``FRESH2_PACKAGES``, ``FRESH2_DISTRIBUTIONS``). The chunks
depend on the installed versions: regenerate after an upgrade.
"""

from __future__ import annotations

import hashlib
import random
import re
import sysconfig
from collections.abc import Iterator
from pathlib import Path

PACKAGES = (
    "django",
    "rest_framework",
    "celery",
    "kombu",
    "redis",
    "requests",
    "jinja2",
    "click",
    "spacy",
    "presidio_analyzer",
)
DISTRIBUTIONS = (
    "django",
    "djangorestframework",
    "celery",
    "kombu",
    "redis",
    "requests",
    "jinja2",
    "click",
    "spacy",
    "presidio_analyzer",
    "gunicorn",
    "whitenoise",
    "pydantic",
    "httpx",
    "tldextract",
    "phonenumbers",
)

PERSONAL_LINE = re.compile(
    r"copyright|author|maintainer|contributor|thanks to|credit|written by|\(c\)|©|\bby [A-Z][a-z]+ [A-Z]|[\w.+-]+@[\w-]+\.[\w.-]+",
    re.IGNORECASE,
)
# The test split's own packages: none of them is read for dev or holdout.
TEST_PACKAGES = (
    "urllib3",
    "idna",
    "markdown_it",
    "jsonschema",
    "typer",
    "sqlparse",
    "werkzeug",
    "psycopg",
    "thinc",
    "drf_spectacular",
    "packaging",
    "dateutil",
)
TEST_DISTRIBUTIONS = (
    "urllib3",
    "idna",
    "markdown_it_py",
    "jsonschema",
    "typer",
    "sqlparse",
    "werkzeug",
    "psycopg",
    "thinc",
    "drf_spectacular",
    "packaging",
    "python_dateutil",
    "rich",
    "pygments",
    "cryptography",
    "certifi",
    "pytest",
    "sortedcontainers",
)
# The exam split's own packages: read for no other split.
EXAM_PACKAGES = (
    "amqp",
    "billiard",
    "asgiref",
    "anyio",
    "h11",
    "httpcore",
    "confection",
    "srsly",
    "wasabi",
    "weasel",
    "referencing",
    "pluggy",
    "uritemplate",
    "smart_open",
    "cloudpathlib",
    "prompt_toolkit",
)
EXAM_DISTRIBUTIONS = (
    "amqp",
    "billiard",
    "asgiref",
    "anyio",
    "h11",
    "httpcore",
    "confection",
    "srsly",
    "wasabi",
    "weasel",
    "referencing",
    "pluggy",
    "uritemplate",
    "smart_open",
    "cloudpathlib",
    "prompt_toolkit",
    "annotated_types",
    "shellingham",
    "tzlocal",
    "wcwidth",
    "iniconfig",
    "markupsafe",
)
# The final split's own packages: read for no other split.
FINAL_PACKAGES = (
    "attr",
    "catalogue",
    "charset_normalizer",
    "filelock",
    "inflection",
    "mdurl",
    "pathspec",
    "vine",
    "wrapt",
    "yaml",
    "tqdm",
    "pyrate_limiter",
    "requests_file",
    "typing_inspection",
)
FINAL_DISTRIBUTIONS = (
    "attrs",
    "catalogue",
    "charset_normalizer",
    "filelock",
    "inflection",
    "mdurl",
    "pathspec",
    "vine",
    "wrapt",
    "pyyaml",
    "tqdm",
    "pyrate_limiter",
    "requests_file",
    "typing_inspection",
    "typing_extensions",
    "six",
    "async_timeout",
)
# The blind split's own packages: read for no other split.
BLIND_PACKAGES = (
    "pycparser",
    "click_didyoumean",
    "click_repl",
    "annotated_doc",
    "graphql",
    "hypothesis_graphql",
    "harfile",
    "jsonschema_specifications",
    "spacy_legacy",
    "spacy_loggers",
    "py3langid",
    "presidio_anonymizer",
    "pytest_django",
    "django_stubs_ext",
)
BLIND_DISTRIBUTIONS = (
    "pycparser",
    "click_didyoumean",
    "click_repl",
    "annotated_doc",
    "graphql_core",
    "hypothesis_graphql",
    "harfile",
    "jsonschema_specifications",
    "spacy_legacy",
    "spacy_loggers",
    "py3langid",
    "presidio_anonymizer",
    "pytest_django",
    "django_stubs_ext",
)
# The fresh split's own packages: read for no other split (type checkers, C bindings, test tools, native
# extensions); regex, celery-types and the jsonschema-rs description are left out because they name their authors
# by handle.
FRESH_PACKAGES = (
    "axes",
    "mypy_django_plugin",
    "mypy_drf_plugin",
    "cffi",
    "mypyc",
    "greenlet",
    "hypothesis",
    "blis",
    "preshed",
    "cymem",
    "murmurhash",
    "jsonschema_rs",
    "rpds",
)
FRESH_DISTRIBUTIONS = (
    "django_axes",
    "cffi",
    "greenlet",
    "rpds_py",
    "mypy",
    "hypothesis",
    "blis",
    "cymem",
    "preshed",
    "murmurhash",
    "django_stubs",
    "djangorestframework_stubs",
    "types_requests",
    "types_pyyaml",
    "mypy_extensions",
)
# The fresh2 split's own packages: read for no other split (architecture linters, test runners and API fuzzers,
# build tools). factory_boy's description is left out: its examples are a made-up person with an e-mail address.
FRESH2_PACKAGES = (
    "importlinter",
    "grimp",
    "execnet",
    "xdist",
    "schemathesis",
    "factory",
    "tldextract",
)
FRESH2_DISTRIBUTIONS = (
    "import_linter",
    "grimp",
    "execnet",
    "pytest_xdist",
    "schemathesis",
    "click_plugins",
    "pydantic_core",
    "psycopg_binary",
    "setuptools",
    "librt",
)
OWN_PACKAGES = {
    "test": (TEST_PACKAGES, TEST_DISTRIBUTIONS),
    "exam": (EXAM_PACKAGES, EXAM_DISTRIBUTIONS),
    "final": (FINAL_PACKAGES, FINAL_DISTRIBUTIONS),
    "blind": (BLIND_PACKAGES, BLIND_DISTRIBUTIONS),
    "fresh": (FRESH_PACKAGES, FRESH_DISTRIBUTIONS),
    "fresh2": (FRESH2_PACKAGES, FRESH2_DISTRIBUTIONS),
}
METADATA_HEADER = re.compile(r"^[A-Z][\w-]*: ")


def _site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


def _in_split(path: str, split: str) -> bool:
    if split in OWN_PACKAGES:
        return True
    parity = int(hashlib.sha256(path.encode()).hexdigest(), 16) % 2
    return parity == (0 if split == "dev" else 1)


def _clean_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if not PERSONAL_LINE.search(line)]


def _sources(split: str) -> Iterator[tuple[str, str, list[str]]]:
    root = _site_packages()
    package_names, distributions = OWN_PACKAGES.get(split, (PACKAGES, DISTRIBUTIONS))
    for package in package_names:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if "/tests/" in relative or "/locale/" in relative or not _in_split(relative, split):
                continue
            lines = _clean_lines(path.read_text(encoding="utf-8", errors="replace"))
            if len(lines) >= 20:
                yield f"package:{relative}", "code", lines
    for distribution in distributions:
        for metadata in sorted(root.glob(f"{distribution}-*.dist-info/METADATA")):
            relative = metadata.relative_to(root).as_posix()
            if not _in_split(relative, split):
                continue
            raw = metadata.read_text(encoding="utf-8", errors="replace")
            body = raw.split("\n\n", 1)[1] if "\n\n" in raw else ""
            lines = [line for line in _clean_lines(body) if not METADATA_HEADER.match(line)]
            if len(lines) >= 10:
                yield f"package:{relative}", "docs", lines


def chunks(split: str, count: int) -> list[tuple[str, str, str]]:
    """``count`` (source, kind, text) chunks of 3 to ~60 lines, at most 2,000 characters, docs and code mixed."""
    rng = random.Random(f"custos-devcorpus-packages-{split}")
    code: list[tuple[str, str, list[str]]] = []
    docs: list[tuple[str, str, list[str]]] = []
    for source, kind, lines in _sources(split):
        (docs if kind == "docs" else code).append((source, kind, lines))
    if not code and not docs:
        return []
    result: list[tuple[str, str, str]] = []
    attempts = 0
    while len(result) < count and attempts < count * 20:
        attempts += 1
        pool = docs if docs and (rng.random() < 0.35 or not code) else code
        source, kind, lines = rng.choice(pool)
        length = rng.randint(3, 60)
        start = rng.randint(0, max(0, len(lines) - length))
        text = "\n".join(lines[start : start + length]).strip()
        if len(text) > 2000:
            text = text[:2000].rsplit("\n", 1)[0]
        if len(text) < 40 or any(ord(c) < 32 and c not in "\t\n\r" for c in text):
            continue
        result.append((source, kind, text))
    return result
