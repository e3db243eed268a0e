"""Renderers: results of the core as text, JSON, Markdown… One module per result kind."""
