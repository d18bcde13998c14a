"""CSV export of the office file's data, in the importer's own columns (no Qt)."""

from officeplanner.exports.cells import FORMULA_TRIGGERS, neutralise, restore
from officeplanner.exports.csvexport import export_csv

__all__ = ["FORMULA_TRIGGERS", "export_csv", "neutralise", "restore"]
