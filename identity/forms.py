"""Forms of the sign-in pages."""

from __future__ import annotations

from django import forms


class CodeForm(forms.Form):
    """A six-digit authenticator code or a ten-digit recovery code."""

    code = forms.CharField(
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())
