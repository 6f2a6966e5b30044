"""Integrations with gateways organisations already run: LiteLLM's guardrail hook and a Presidio-compatible API."""
