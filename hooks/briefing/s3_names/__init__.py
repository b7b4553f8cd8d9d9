"""Names: an article's body and sentences in, its people, organisations and places out
(`Mention`s with kind and role); across articles, the same referent folded into one `Entity`.
"""

from briefing.s3_names.entities import find, fold, speakers_folded

__all__ = ["find", "fold", "speakers_folded"]
