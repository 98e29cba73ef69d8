"""Renderers: turn Question records into output files (printable quizzes, PDF)."""
