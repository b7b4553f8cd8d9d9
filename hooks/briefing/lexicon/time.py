"""Words of time, as data: month and weekday names, numbers and units, holidays, the
references "now", "recently", "the future", and the verb cues that tell a clause's tense.

Used by `dates`; extend the lists rather than adding special cases to its rules.
"""

from __future__ import annotations

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# The months as a reader sees them written out, in calendar order.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Weekday names and their number (Monday is 0, as `date.weekday()` counts), in week order.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "dozen": 12,
    "a dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
}
VAGUE_NUMBERS = {"a few", "few", "several", "some", "many", "a number of"}
# Words that multiply the number before them ("$40 billion", "4.3m").
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
# TIMEX3 unit letters; hours, minutes and seconds go after "T".
UNITS = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "hour": "H",
    "minute": "MIN",
    "second": "S",
    "decade": "DE",
    "century": "CE",
    "quarter": "Q",
    "yr": "Y",
    "night": "D",
    "weekend": "WE",
    "season": "SE",
    "morning": "D",
    "evening": "D",
}
SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "biweekly": "P2W",
    "semiannually": "P6M",
}
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
# Fixed-date holidays (month, day) and rule-based ones (month, weekday, nth; -1 = last).
HOLIDAYS_FIXED = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "boxing day": (12, 26),
    "bastille day": (7, 14),
}
HOLIDAYS_NTH = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
    "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3),
}
# Dates that a name or an event fixes regardless of the article's date.
NAMED_DAYS = {"9/11": "2001-09-11"}
PRESENT_WORDS = {
    "now",
    "right now",
    "just now",
    "currently",
    "presently",
    "at present",
    "nowadays",
    "these days",
    "at the moment",
    "current",
    "today's",
}
PAST_WORDS = {
    "recently",
    "lately",
    "the past",
    "recent years",
    "past years",
    "recent decades",
    "recent",
    "more recently",
    "the old days",
    "years past",
}


# Cues to the tense of the clause around an expression: the nearest one decides.
FUTURE_CUES = frozenset(
    """
    will won't wont shall ll going might plans plan planned planning intends intend expects
    expect expected scheduled slated due would upcoming hopes hope aims aim wants want
    to-be-held next
    """.split()
)
# Cues that look ahead only when "to" follows ("plans to leave", not "vacation plans"), or
# only when it does not ("next week", not "next to the embassy").
FUTURE_IF_TO = frozenset(["plans", "plan"])
FUTURE_UNLESS_TO = frozenset(["next"])
# "is to resume", "set to meet": a plan, so the day lies ahead.
FUTURE_BEFORE_TO = frozenset(["is", "are", "set"])
PAST_CUES = frozenset(
    """
    was were had did said told ago last began took made came went saw met won lost rose fell
    gave got left sold bought held paid became spent led kept ran struck hit killed earlier
    since
    """.split()
)
PRESENT_CUES = frozenset(
    """
    is are says say has have am remain remains continue continues
    """.split()
)
NOT_PAST = frozenset(
    """
    need needed indeed speed red bed seed feed breed creed united limited succeed proceed exceed
    based
    """.split()
)
AUXILIARIES = frozenset(
    """
    be been being is are was were has have had
    """.split()
)
# The words a rule can be built around, by kind (see `timespans._candidates`).
ANCHOR_WORDS = {
    "mon": " ".join(MONTHS),
    "wd": " ".join(WEEKDAYS),
    "unit": (
        "year years yr yrs month months week weeks day days hour hours minute minutes second "
        "seconds decade decades midyear"
    ),
    "quarter": "quarter quarters",
    "period": "period",
    "half": "half",
    "weekend": "weekend weekends",
    "century": "century centuries",
    "fiscal": "fiscal",
    "ago": "ago earlier later hence",
    "times": "times once twice",
    "dayword": "yesterday today tomorrow tonight overnight night morning afternoon evening noon midnight midday",
    "ref": "now current currently present presently nowadays moment recent recently lately past future ahead old",
    "setadv": "daily nightly weekly annually yearly hourly biweekly semiannually",
    "season": "spring summer fall autumn winter",
    "holiday": "christmas thanksgiving independence labor memorial halloween valentine veterans boxing bastille king presidents",
    "spoken": "nineteen thousand",
    "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
    "qcode": "q1 q2 q3 q4",
}

MONTH_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Words one of which _ERA needs, lower-cased ("aftermath" holds "after").
ERA_WORDS = ("post-", "pre-", "after", "following", "since", "before", "prior to", "ahead of", "in the wake of")

# Words that make the date after them a bound rather than the day of a happening ("since
# December", "until October").
DATE_BOUNDS = frozenset("since until till by before after from through between".split())
# Words of time that tell no happening in themselves ("today", "last week").
DEICTIC_WORDS = frozenset("today yesterday tomorrow tonight week weeks month months ago".split())
# Days of history named with a weekday ("Black Monday" of 1987, "Bloody Sunday"): not the
# weekday of the article's week. Days that come back every year ("Black Friday", "Super
# Tuesday", "Good Friday") are mostly written of near them, as the nearest weekday reads them.
HISTORIC_DAYS = frozenset(["black monday", "black tuesday", "black wednesday", "black thursday", "bloody sunday"])
# What is put off, or kept shut, until a day looks ahead to that day whatever the tense:
# "postponed until Tuesday", "has kept the markets closed until Friday".
DEFERRING_WORDS = frozenset(
    """
    postponed delayed deferred adjourned suspended extended closed shut halted recessed
    """.split()
)
# Levels a date names as the point a figure is measured from: "above its November 20 low",
# "from Monday's close".
LEVEL_NOUNS = frozenset(
    """
    low lows high highs close closing level levels peak trough finish
    """.split()
)
# Words that open a sentence explaining the one before, which is then of that one's date:
# "This is due to ...", "It was caused by ...".
CAUSE_PHRASES = (
    "due to",
    "because",
    "caused by",
    "attributed to",
    "blamed on",
    "a result of",
    "the result of",
    "driven by",
    "thanks to",
    "linked to",
    "in response to",
)
# Nouns of an era or a state of things that a date names ("the post-9/11 era", "the pre-2008
# world"): the date tells where the era starts, not when what is told happened.
ERA_NOUNS = frozenset("era eras world period age years generation order landscape".split())
# Nouns after a year that make it the period a clause's figures or events are of ("the 2008
# season", "its 1989 operating results", "the 2015 budget deficit"): the year then dates them.
YEAR_PERIOD_NOUNS = frozenset(
    """
    season seasons year years fiscal quarter half term session results budget deficit surplus
    figures accounts
    """.split()
)
# Prepositions that make the noun phrase after them a time ("in the 2008 season", "during the
# 1998 competition"): a year named there dates the clause.
TIME_PREPOSITIONS = frozenset(
    "in during at on since before after following until till by through throughout between over within".split()
)
