"""Temporal expressions: find them in text and resolve each to a calendar span."""
from .tagger import tag

__all__ = ["tag"]
