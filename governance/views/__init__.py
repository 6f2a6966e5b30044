"""Web UI of the registry, one module per object (as django-oauth-toolkit lays out its views).

Views are thin: they check the role (``access.decorators``), read through
selectors, write through services, and render. Every refused request is
answered 403 and recorded in the audit log as ``access.denied``.
"""
