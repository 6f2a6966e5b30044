"""EU AI Act reports (filled in by the reports work)."""

urlpatterns: list = []
