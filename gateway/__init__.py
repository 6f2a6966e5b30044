"""The enforcing gateway: an OpenAI-compatible endpoint that applies each pre-flight decision itself.

Services point their OpenAI client at ``/gateway/v1``; the gateway decides
(``governance.preflight``), forwards what the decision allows to the
destination's upstream, restores the values it redacted in the answer, and
records the exchange in the audit log. See docs/gateway.md.
"""
