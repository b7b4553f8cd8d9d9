"""Compare: every article's `Analysis` in; out, what the sources share and where they differ:
aligned sentences and facts, the merged timeline, quote groups, discrepancies, background
themes, and articles read twice.
"""
