"""INGEST: read article files into `timeline.model.Document`s.

    documents, warnings = read_documents(["seeds"], anchor=None)

Readable: .txt and .md (optional front matter), .html/.htm, .json and .jsonl records, with
per-folder metadata from manifest.json / manifest.csv. See `documents` for the rules.
"""
from .documents import read_documents
from .repair import decode_bytes, repair_text

__all__ = ["read_documents", "decode_bytes", "repair_text"]
