"""Function words: stopwords, determiners, prepositions, auxiliaries, quantifiers, the small
words of title case, and words that are no unit after a number.
"""

from __future__ import annotations

# Small words that title case leaves in lower case ("The Art of the Deal"): a line made only of
# capitalised words but these reads as a headline, and a title after a cue is told by them.
TITLE_CASE_SMALL = frozenset(
    """
    a an and as at but by for from in into of on or the to vs with over up off out nor per
    """.split()
)

# Words that may sit between a speaker and the cue ("Putin is quoted as saying",
# "He reportedly said", "Clinton also told").
BEFORE_VERB = frozenset(
    """
    is was are were has had have will would could can did does do also then later again once
    still now further quoted as been being not never previously recently even just simply went
    on to be may might should must often
    """.split()
)

DETERMINERS = frozenset(
    """
    the a an one his her its their this that another our my
    """.split()
)

# Words that end a noun phrase.
PHRASE_STOPS = frozenset(
    """
    who which that whose whom in on at to from with during after before for by about according
    when while as if because but or than said says is was
    """.split()
)

# Nouns that look like adverbs ("A friend of the family said").
LY_NOUNS = frozenset(
    """
    family rally ally assembly supply monopoly anomaly bully homily folly
    """.split()
)

PREPOSITIONS = frozenset(
    """
    in on at to from with through of for by about into over under across against among between
    near outside inside around like than
    """.split()
)

# Words that open a noun phrase of many: "several environmental groups said".
QUANTIFIERS = frozenset(
    """
    several some many most other few two three four five dozens hundreds thousands
    """.split()
)

# Words that may stand before a cue without being part of its subject's noun phrase.
NOT_NOUNS = frozenset(
    """
    what and or nor so there here where how why whether no yes it i we you him them me us all
    both each says say said
    """.split()
)


# Function words, reporting verbs and fillers: they say nothing about what a sentence tells.
STOPWORDS = frozenset(
    """
    a about above across after afterwards again against all almost along already also although
    always am among an and another any anyone anything are around as at be became because become
    been before being below beside besides between beyond both but by can cannot could did do
    does doing done down during each either else even ever every few for from further had has
    have having he her here hers herself him himself his how however i if in into is it its
    itself just last least less made make many may me meanwhile might more most much must my
    myself neither never nevertheless next no nor not now of off often on once one only onto or
    other others otherwise our ours out over own per perhaps quite rather really same several
    she should since so some still such than that the their theirs them themselves then there
    thereby therefore these they this those though through throughout thus to together too
    toward towards under until up upon us very via was we well were what whatever when whenever
    where whereas wherever whether which while who whoever whole whom whose why will with within
    without would yet you your yours yourself mr mrs ms dr said say says saying told tell tells
    according reportedly reported report added stated stating quoted asked noted claimed new
    also former recently earlier later time times year years
    """.split()
)

# Words after a number that are no unit of a count.
NOT_UNITS = frozenset(
    """
    and or to of the a in on at by for from with as than per that which who was were is are will
    has have had new more other such additional further extra some about around nearly
    """.split()
)

# Words that may stand between a number and what it counts ("20 extra seats", "179 new
# aerial refueling tankers").
BEFORE_COUNT = frozenset("more additional further extra new some about around nearly almost over under".split())
