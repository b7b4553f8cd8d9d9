"""Briefing's extraction engine: articles in, a briefing model out. It never imports MkDocs.

Stages, one module each: load → sentences → dates → entities → quotes → events, then
`assemble` combines them across articles; `render` writes Markdown pages and `export` JSON.
"""
