"""Read: article files in (text, Markdown with front matter, saved web pages), `Article`s (the
body exactly as read, metadata, paragraphs) and their `Sentence`s out. Problems with a file,
and files that are not read, are returned as values, never raised.
"""

from briefing.s1_read.load import collect, read
from briefing.s1_read.sentences import split

__all__ = ["collect", "read", "split"]
