"""Renderers: one output format per module (Anki deck, HTML/PDF quiz, GIFT, TSV, JSON)."""
