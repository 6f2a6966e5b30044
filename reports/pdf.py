"""Server-rendered PDF of a report page: the page's HTML through WeasyPrint, on A4, with the print stylesheet.

WeasyPrint needs Pango, HarfBuzz and fontconfig from the system (docs/deploy.md).
It reads nothing over the network: stylesheets are passed in from the static
files, and any other URL a page names (images, fonts) is refused, so a value
typed into the registry can never make the server fetch something.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders

STYLESHEETS = ("custos/app.css", "custos/print.css")

# WeasyPrint logs every screen-only property of app.css it skips (transitions, SVG fills, media queries) on each
# render; those are expected, so only its errors reach the log.
logging.getLogger("weasyprint").setLevel(logging.ERROR)


SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1 fonts-dejavu-core"


class PdfUnavailable(RuntimeError):
    """WeasyPrint cannot load the system libraries it lays text out with (Pango, HarfBuzz, fontconfig)."""


def _weasyprint() -> Any:
    try:
        import weasyprint  # loaded only when a PDF is asked for: the rest of Custos runs without Pango
    except (OSError, ImportError) as exc:  # a missing shared library (or the package itself)
        raise PdfUnavailable(
            f"PDF reports need Pango, HarfBuzz and fontconfig: apt-get install {SYSTEM_PACKAGES} ({exc})"
        ) from exc
    return weasyprint


class PdfFetchRefused(ValueError):
    """A report's HTML named an outside resource; reports are rendered from the page alone."""


def _refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise PdfFetchRefused(f"report PDFs load nothing from outside the page: {url}")


@cache
def _stylesheets() -> list[Any]:
    """The stylesheets, parsed once per process."""
    return [_weasyprint().CSS(string=_stylesheet_text(), url_fetcher=_refuse_fetch)]


def _stylesheet_text() -> str:
    parts = []
    for name in STYLESHEETS:
        found = finders.find(name)
        if not found:
            raise FileNotFoundError(f"static file {name} not found")
        parts.append(Path(str(found)).read_text(encoding="utf-8"))
    return "\n".join(parts)


@dataclass(frozen=True)
class RenderedPdf:
    """PDF bytes with their SHA-256 (hex) and page count."""

    content: bytes
    sha256: str
    pages: int

    @property
    def size_bytes(self) -> int:
        return len(self.content)


def render_document(html: str) -> Any:
    """Lay out ``html`` for print (A4, the print stylesheet); a WeasyPrint Document, for tests that inspect boxes."""
    weasyprint = _weasyprint()
    return weasyprint.HTML(string=html, url_fetcher=_refuse_fetch, media_type="print").render(
        stylesheets=_stylesheets()
    )


def render_pdf(html: str) -> RenderedPdf:
    """The PDF of ``html``."""
    document = render_document(html)
    content = document.write_pdf()
    return RenderedPdf(content=content, sha256=hashlib.sha256(content).hexdigest(), pages=len(document.pages))
