"""Words of happenings: reporting and past-tense verbs, event nouns, phrasal verbs, results
and changes, markets, and a few events known by their date.
"""

from __future__ import annotations

from datetime import date

# Words before an expression naming a later occasion that the clause's event leads up to
# ("ahead of Friday's meeting", "in the run-up to the June 5 vote"): the event comes before
# the date, so the date does not date it (the mirror of AFTER_WORDS).
LEADUP_WORDS = ("run-up to", "runup to", "lead-up to", "leadup to", "build-up to", "buildup to", "preparation for")

# An undated sentence still tells an event when a verb says something happened (past,
# perfect, future) or was reported; present-tense descriptions ("It is the largest
# airliner") tell none. Reporting verbs are events of the day the news was told.
REPORTING_VERBS = frozenset(
    """
    says say said tells told announces announced announce states stated reports reported adds
    added claims claimed confirms confirmed explains explained notes noted warns warned insists
    insisted argues argued writes wrote comments commented according
    """.split()
)

PAST_VERBS = frozenset(
    """
    was were had did began took made came went saw met won lost rose fell gave got left sold
    bought held paid became spent led kept ran struck hit built grew brought sent thought felt
    told found chose put cut set let quit shut split spread bid cost fought flew drove wrote
    """.split()
)

# Nouns that name an event by themselves ("the deal", "the loss"); other heads must be
# nominalised verbs ("cancellation", "approval") to name again what a sentence told.
EVENT_NOUNS = frozenset(
    """
    deal deals loss losses profit profits agreement contract order orders offer offers bid bids
    sale sales merger takeover acquisition purchase decision announcement bankruptcy strike
    crash accident recall layoffs cuts delay delays launch buyout bailout shutdown breakup
    rollout walkout selloff
    """.split()
)

# Verbs whose phrasal forms name events as one noun ("take over" -- "takeover", "lay off" --
# "layoffs"), by the forms they take; each maps to the base that the noun starts with.
PHRASAL_BASES = {
    "take": "take",
    "takes": "take",
    "taking": "take",
    "took": "take",
    "taken": "take",
    "buy": "buy",
    "buys": "buy",
    "buying": "buy",
    "bought": "buy",
    "lay": "lay",
    "lays": "lay",
    "laying": "lay",
    "laid": "lay",
    "shut": "shut",
    "shuts": "shut",
    "shutting": "shut",
    "break": "break",
    "breaks": "break",
    "breaking": "break",
    "broke": "break",
    "bail": "bail",
    "bails": "bail",
    "bailing": "bail",
    "bailed": "bail",
    "roll": "roll",
    "rolls": "roll",
    "rolling": "roll",
    "rolled": "roll",
    "sell": "sell",
    "sells": "sell",
    "selling": "sell",
    "sold": "sell",
    "walk": "walk",
    "walks": "walk",
    "walking": "walk",
    "walked": "walk",
}

# Results news: the lead names the period its figures cover ("sales fell 35% in January",
# "a loss in the fourth quarter of 2005"); later undated sentences giving figures of that
# kind tell of the same period, not of the day they were published.
RESULT_WORDS = frozenset(
    """
    sales sold revenue revenues profit profits loss losses lost earnings income turnover
    deliveries output production
    """.split()
)

CHANGE_WORDS = frozenset(
    """
    plunge plunged drop dropped fell rose decline declined slip slipped gain gains gained
    increase increased jump jumped hit down up improved grew soared surged climbed slumped
    tumbled sank plummeted dipped rebounded posted greater larger bigger smaller worse better
    higher lower
    """.split()
)

# Words that say a figure went up, and words that say it went down: a sentence telling a rise
# and one telling a fall are two facts, whatever else they share.
RISE_WORDS = frozenset(
    """
    rise rises rose risen rising increase increases increased increasing gain gains gained gaining
    jump jumps jumped climb climbs climbed soar soars soared surge surges surged rebound rebounds
    rebounded rally rallies rallied grew grow grows growing
    """.split()
)
FALL_WORDS = frozenset(
    """
    fall falls fell fallen falling drop drops dropped dropping decline declines declined declining
    slip slips slipped slump slumps slumped tumble tumbles tumbled sank sink sinks plunge plunges
    plunged plummet plummets plummeted dip dips dipped
    """.split()
)

# Figures of the day itself (share prices, market moves) are not results of the period.
MARKET_WORDS = frozenset(
    """
    shares stock stocks index indexes trading traded investors market markets
    """.split()
)

# Events that name an era; "post-9/11" or "in the wake of the Cold War" refer to them.
# (pattern, the day it happened, its name as a reader would say it).
KNOWN_EVENTS: tuple[tuple[str, date, str], ...] = (
    (
        r"9/11|9-11|sept(?:ember|\.)? 11(?:th)?(?: attacks?)?",
        date(2001, 9, 11),
        "9/11",
    ),
    (
        r"(?:the )?fall of the berlin wall",
        date(1989, 11, 9),
        "the fall of the Berlin Wall",
    ),
    (
        r"(?:the )?(?:collapse|fall|break-?up|dissolution) of the soviet union|soviet",
        date(1991, 12, 26),
        "the end of the Soviet Union",
    ),
    (r"(?:the )?cold war", date(1991, 12, 26), "the end of the Cold War"),
    (
        r"(?:the )?(?:2008 )?(?:global )?financial crisis|lehman",
        date(2008, 9, 15),
        "the financial crisis",
    ),
    (r"brexit", date(2016, 6, 23), "the Brexit vote"),
    (
        r"covid(?:-19)?|(?:the )?(?:coronavirus )?pandemic",
        date(2020, 3, 11),
        "the declaration of the COVID-19 pandemic",
    ),
)
