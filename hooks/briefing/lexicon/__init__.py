"""The word lists the stages read, as data: one place for each list, to read and extend
rather than adding special cases to the rules.
"""
