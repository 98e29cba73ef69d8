"""Renderers: questions -> output formats (one module per format)."""
