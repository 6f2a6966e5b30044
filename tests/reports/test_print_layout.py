"""Report PDFs print on A4 without cut columns: no table, cell or block is laid out wider than the page's content box.

The PDFs are laid out by WeasyPrint with the print stylesheet (reports/pdf.py);
this test watches the real layout of each PDF the views produce and measures
every box against the page it lands on, with the longest unbroken values the
registry accepts in the widest columns. A second reader, PDFium (pypdfium2),
opens the finished files: each page is A4 in the orientation the view declares,
and no character or drawn object lies beyond the page box or its margins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium
import pytest
from django.test import Client
from django.utils import timezone
from weasyprint.formatting_structure import boxes

from governance.models import AnnexVIIIRegistration, Incident
from reports import pdf, services
from tests.factories import SYSTEM, make_destination
from tests.reports.conftest import public_deployer
from tests.world import World

pytestmark = pytest.mark.django_db

A4_PORTRAIT_PT = (595.28, 841.89)  # CSS px in WeasyPrint: 1 pt = 4/3 px
LONG_WORD = "Vollzugsunterstützungsverwaltungsvorschriftenergänzungsbestimmungen" * 3


def _walk(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _walk(child)


def overflowing_boxes(document: Any) -> list[str]:
    """Boxes whose border box reaches past the right edge of their page's content box (half a pixel of slack)."""
    found = []
    for number, page in enumerate(document.pages, start=1):
        page_box = page._page_box
        right = page_box.content_box_x() + page_box.width
        for box in _walk(page_box):
            if box is page_box or not hasattr(box, "border_box_x"):
                continue
            if isinstance(box, boxes.TableBox | boxes.TableCellBox | boxes.BlockBox | boxes.TableRowBox):
                edge = box.border_box_x() + box.border_width()
                if edge > right + 0.5:
                    label = getattr(box, "element_tag", type(box).__name__)
                    found.append(f"page {number}: <{label}> ends at {edge:.0f}px, page content ends at {right:.0f}px")
    return found


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every WeasyPrint document the views lay out during the test (the real layout, kept for measuring)."""
    laid_out: list[Any] = []
    real = pdf.render_document

    def keep(html: str) -> Any:
        document = real(html)
        laid_out.append(document)
        return document

    monkeypatch.setattr(pdf, "render_document", keep)
    return laid_out


def reports_with_long_values() -> list[str]:
    """A workload, its registration, incident and FRIA with the longest unbroken values; every report PDF's path."""
    for n in range(6):
        make_destination(slug=f"eu-provider-with-a-long-destination-name-{n}", jurisdiction="IE")
    workload = public_deployer(
        name=f"Benefits {LONG_WORD}"[:200],
        purpose=f"Assesses eligibility for public assistance benefits under the {LONG_WORD}.",
        allowed_destinations=[f"eu-provider-with-a-long-destination-name-{n}" for n in range(6)],
        oversight_contact="benefits-oversight-team-with-a-long-address@city-administration.example.eu",
        screening={
            "annex_iii_area": 5,
            "annex_iii_subarea": "5(a)",
            "profiles_natural_persons": True,
            "art50_interacts_with_people": True,
            "art50_generates_synthetic_content": True,
        },
    )
    AnnexVIIIRegistration.objects.create(
        workload=workload, public_authority_deployer=True, deployer_name=LONG_WORD[:200], fria_summary=LONG_WORD
    )
    aware_at = timezone.now() - dt.timedelta(days=3)
    incident = services.incident_record(
        actor=SYSTEM,
        workload=workload,
        title=f"Wrongful refusals {LONG_WORD}"[:200],
        description=LONG_WORD,
        aware_at=aware_at,
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
        member_states=["DE", "AT", "FR", "IT", "NL", "BE", "LU", "PL"],
        occurred_at=aware_at - dt.timedelta(days=1),
        location=LONG_WORD[:200],
        affected_count=4_294_967,
        affected_description=LONG_WORD,
        causal_link=Incident.CausalLink.UNDER_INVESTIGATION,
        causal_link_note=LONG_WORD,
        corrective_measures=LONG_WORD,
        provider_notified_at=aware_at,
        notified_authority=LONG_WORD[:200],
    )
    services.fria_record(
        actor=SYSTEM,
        workload=workload,
        processes=LONG_WORD,
        period_and_frequency=LONG_WORD,
        affected_persons=LONG_WORD,
        risks_of_harm=LONG_WORD,
        human_oversight=LONG_WORD,
        mitigation_and_governance=LONG_WORD,
        dpia_reference=LONG_WORD[:200],
    )
    return [
        "/reports/inventory.pdf",
        f"/reports/logs/{workload.slug}.pdf",
        f"/reports/registration/{workload.slug}.pdf",
        "/reports/incidents.pdf",
        f"/reports/incidents/{incident.pk}/art73.pdf",
        "/reports/retention.pdf",
        f"/reports/fria/{workload.slug}.pdf",
    ]


def test_every_report_pdf_fits_a4_without_cut_columns(
    officer_client: Client, world: World, documents: list[Any]
) -> None:
    paths = reports_with_long_values()
    for path in paths:
        assert officer_client.get(path).status_code == 200, path
    assert len(documents) == len(paths)
    for path, document in zip(paths, documents, strict=True):
        first = document.pages[0]
        size = sorted((first.width * 0.75, first.height * 0.75))  # px to pt
        assert size == pytest.approx(sorted(A4_PORTRAIT_PT), abs=1), f"{path} is not A4: {size}"
        assert overflowing_boxes(document) == [], path


# The reports the views declare landscape (``landscape=True``): the wide tables. The others are portrait.
LANDSCAPE_REPORTS = ("/reports/inventory.pdf", "/reports/incidents.pdf")
MM = 72 / 25.4
# static/custos/print.css: @page { margin: 14mm 12mm 16mm } (top, sides, bottom; the page number sits in the bottom one).
MARGIN_TOP, MARGIN_SIDE = 14 * MM, 12 * MM


def content_outside_the_page(document: pdfium.PdfDocument) -> list[str]:
    """What PDFium, reading the finished file, finds beyond the page box or the printable margins.

    Every character must lie inside the side and top margins (the bottom margin holds the page number), and
    every drawn object (text, table rules, backgrounds) inside the page box: a cut column would cross them.
    """
    found = []
    for number in range(len(document)):
        page = document[number]
        width, height = page.get_size()
        text = page.get_textpage()
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            if right <= left:  # spaces and line ends have no box
                continue
            if (
                left < MARGIN_SIDE - 1
                or right > width - MARGIN_SIDE + 1
                or top > height - MARGIN_TOP + 1
                or bottom < -1
            ):
                character = text.get_text_range(index, 1)
                found.append(f"page {number + 1}: {character!r} at x {left:.0f}-{right:.0f}, y {bottom:.0f}-{top:.0f}")
        for item in page.get_objects():
            left, bottom, right, top = item.get_bounds()
            if left < -1 or bottom < -1 or right > width + 1 or top > height + 1:
                found.append(f"page {number + 1}: object {item.type} at {left:.0f},{bottom:.0f}-{right:.0f},{top:.0f}")
    return found


def test_every_report_pdf_is_a4_as_declared_with_nothing_beyond_the_page(officer_client: Client, world: World) -> None:
    for path in reports_with_long_values():
        response = officer_client.get(path)
        assert response.status_code == 200, path
        with pdfium.PdfDocument(response.content) as document:
            expected = tuple(reversed(A4_PORTRAIT_PT)) if path in LANDSCAPE_REPORTS else A4_PORTRAIT_PT
            for number in range(len(document)):
                page = document[number]
                assert page.get_size() == pytest.approx(expected, abs=1), f"{path} page {number + 1}"
                assert page.get_rotation() == 0
            assert document[0].get_textpage().count_chars() > 200, f"{path}: no text on page 1"
            assert content_outside_the_page(document) == [], path


def test_the_page_check_catches_text_beyond_the_margin() -> None:
    html = f"<p style='white-space: nowrap; margin-left: -20mm'>{LONG_WORD}</p>"
    with pdfium.PdfDocument(pdf.render_pdf(html).content) as document:
        assert content_outside_the_page(document)


def test_the_measure_catches_a_table_wider_than_the_page() -> None:
    document = pdf.render_document(
        f"<table style='width: auto !important; table-layout: fixed'><tr><td style='width: 2000px'>{LONG_WORD}</td></tr></table>"
    )
    assert overflowing_boxes(document)
