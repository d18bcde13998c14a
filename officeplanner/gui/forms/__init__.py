"""Python generated from ui/*.ui by packaging/compile_forms.py. Never edit by hand."""
