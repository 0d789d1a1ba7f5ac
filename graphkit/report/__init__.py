"""Bloc-comparison reports: build a BlocReport, write it as HTML, Markdown or JSON."""

from graphkit.report.blocs import BlocReport, bloc_report, resolve_blocs
from graphkit.report.make import report_blocs
from graphkit.report.write import FORMATS, to_html, to_json, to_markdown, write_report

__all__ = [
           "FORMATS",
           "BlocReport",
           "bloc_report",
           "report_blocs",
           "resolve_blocs",
           "to_html",
           "to_json",
           "to_markdown",
           "write_report",
]
