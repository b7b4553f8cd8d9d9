"""Verb forms that tell a happening from a description: irregular pasts and participles,
verbs of state, words in -ed that are adjectives, and the phrases that make a clause
background (what had happened before the news) rather than the news.

Data only; lower case.
"""

from __future__ import annotations

# Irregular simple pasts (not "was", "were", "had", "did": auxiliaries and copulas, read apart;
# nor those more often nouns: "ground", "wound", "lay", "bit").
IRREGULAR_PAST = frozenset(
    """
    arose awoke beat became began bent bet bid bled blew broke brought built burnt burst bought
    cast caught chose clung came cost crept cut dealt dug drew dreamt drank drove ate fell fed
    felt fought found fled flung flew forbade forecast foresaw forgot forgave froze got gave
    went grew hung heard hid hit held hurt kept knelt knew laid led leapt learnt left lent let
    lost made meant met mistook overcame overtook overthrew paid proved put quit read rode rose
    ran said saw sought sold sent set shook shed shone shot showed shrank shut sang sank sat
    slept slid slung spoke sped spent spun split spread sprang stood stole stuck stung struck
    strove swore swept swam swung took taught tore told thought threw thrust undertook underwent
    understood upheld upset woke wore wove wept won withdrew withheld withstood wrung wrote
    """.split()
)
# Irregular past participles that differ from the simple past ("has taken", "was given").
IRREGULAR_PARTICIPLES = frozenset(
    """
    arisen awoken borne born beaten become begun bitten blown broken chosen come done drawn
    drunk driven eaten fallen flown forbidden forgotten forgiven frozen given gone grown hidden
    known lain ridden rung risen run seen shaken shown shrunk sung sunk slain spoken sprung
    stolen stridden striven sworn swum taken thrown trodden undertaken underwent woken worn
    woven written overtaken overthrown withdrawn
    """.split()
)
# Verbs of state: in the present (or as "has been", "has had") they describe how things
# are, not something that happened.
STATE_VERBS = frozenset(
    """
    is are am be been being has have had remain remains remained seem seems seemed appear
    appears own owns owned belong belongs contain contains include includes including consist
    consists cost costs mean means represent represents employ employs operate operates serve
    serves lie lies stand stands exist exists know knows believe believes think thinks hope
    hopes want wants need needs expect expects like likes love loves prefer prefers see sees
    consider considers depend depends hold holds carry carries face faces lead leads make makes
    run runs use uses offer offers allow allows aim aims plan plans try tries compete competes
    fly flies sell sells buy buys build builds produce produces account accounts rank ranks
    total totals equal equals weigh weighs remain continue continues keep keeps provide provides
    require requires
    """.split()
)
# Words in -ed that are adjectives or prepositions, not verbs ("the so-called", "a limited").
ED_ADJECTIVES = frozenset(
    """
    based related limited united advanced experienced skilled interested concerned supposed
    detailed sophisticated naked wicked beloved learned aged crooked ragged sacred rugged
    unprecedented unexpected unnamed unidentified undisclosed unspecified unlimited unrelated
    unarmed need indeed red bed shed hundred speed feed seed weed breed deed greed embed
    dedicated
    """.split()
)
# Words after which a word in -ed is an adjective or a participle modifier, not a past verb.
NOT_SUBJECT = frozenset(
    """
    the a an its their his her our your my of to for by with in on at from into onto over under
    about as than nor newly well very most more less least highly widely long once being be is
    are was were been has have had having not
    """.split()
)
# Auxiliaries and phrases that tell what is to come: a scheduled happening.
FUTURE = frozenset(["will", "shall", "'ll", "’ll", "won't", "won’t"])
# "is expected to", "are due to": what is planned, told now.
PLANNED = frozenset(
    """
    expected due set scheduled slated planned poised likely about going
    """.split()
)
# Modals that tell what may be, not what happened.
MODALS = frozenset(["can", "could", "may", "might", "must", "should", "ought"])
# Nouns that open background: what had been, as a reader needs it, rather than the news.
BACKGROUND_OPENERS = ("since ", "ever since", "for years", "for decades", "historically", "traditionally")
# Nouns that name a happening ("the move", "this takeover"): a sentence of the story's day that
# says something of one ("The deal was the centrepiece of the event") is about the news.
HAPPENING_NOUNS = frozenset(
    """
    move moves deal deals takeover merger acquisition purchase sale order orders contract
    agreement announcement decision plan cuts layoffs closure closures restructuring bid offer
    launch delay delays crash accident strike bailout bankruptcy loss losses profit profits vote
    election summit meeting talks visit attack invasion war release ruling verdict resignation
    appointment
    """.split()
)
# Irregular pasts that are also the participle: after a noun and before a preposition they
# modify it ("the last jet built in California") rather than tell what it did.
SAME_PARTICIPLE = frozenset(
    [
        "built",
        "made",
        "held",
        "sold",
        "bought",
        "paid",
        "led",
        "left",
        "lost",
        "found",
        "kept",
        "sent",
        "spent",
        "told",
        "said",
        "brought",
        "caught",
        "taught",
        "thought",
        "felt",
        "heard",
        "meant",
        "met",
        "won",
        "hung",
        "laid",
        "shot",
        "struck",
        "stuck",
        "stood",
        "understood",
        "upheld",
        "dealt",
        "fed",
        "fled",
        "fought",
        "sought",
    ]
)
# Verbs that report something said or made known, beyond the verbs of saying (`SAYING`): a
# report is a happening of its day.
REPORTED = frozenset(
    """
    say announced announces announce reported reports confirmed confirms stated states claimed
    claims revealed reveals disclosed discloses declared declares unveiled unveils denied denies
    warned warns urged urges called calls vowed vows pledged pledges agreed agrees criticised
    criticized criticises criticizes accused accuses described describes predicted predicts
    estimated estimates commented comments remarked remarks observed
    """.split()
)
# Simple pasts that are also present or base forms ("cut", "set"): a past only after a subject.
AMBIGUOUS_PAST = frozenset(
    """
    bet bid burst cast cost cut forecast hit hurt let put quit read set shed shut split spread
    thrust upset left led lost held
    """.split()
)
# Verbs that after "will" tell how something will be, not what will happen ("it will seat 300",
# "the merger will help Chrysler", "GM will need more aid").
FUTURE_STATES = frozenset(
    """
    have seat cost weigh measure equal mean need require remain stay include contain consist help
    enable allow fit suit seem look appear resemble belong own lack know like want deserve depend
    represent
    """.split()
)
# Participles that after "be" tell a state ("will be owned by", "is based in"), not a happening.
STATE_PARTICIPLES = frozenset(
    """
    owned based located known called aimed targeted focused designed equipped powered composed
    comprised
    """.split()
)
# Pasts of verbs of relation: "Rental agencies accounted for 30,000 units" tells how things
# stood, not what happened.
STATE_PASTS = frozenset(
    """
    accounted represented comprised consisted contained belonged resembled lacked depended
    seemed equalled equaled
    """.split()
)
# Verbs after which -ed words are adjectives, as after "be" ("appear biased", "seemed tired").
LINKING = frozenset(
    """
    appear appears appeared seem seems seemed look looks looked become becomes remain remains
    remained feel feels
    """.split()
)
# Verbs of belief or feeling in the present: what follows is what someone thinks, not what
# happened ("Boeing believes passengers will want...", "Airbus has hopes that sales will...").
STANCE = frozenset(
    """
    believe believes think thinks hope hopes fear fears feel feels doubt doubts worry worries
    wish wishes suspect suspects regret regrets
    """.split()
)
# The same after a present "be" ("he is hoping the union will agree", "is concerned that").
STANCE_STATES = frozenset(
    """
    hoping fearing worrying concerned worried convinced confident afraid hopeful
    """.split()
)
# Words in -ing that are prepositions, not a verb under way ("This is following the events").
ING_PREPOSITIONS = frozenset(
    """
    following including regarding concerning according excluding pending notwithstanding
    """.split()
)
# Words in -ing of verbs of state: "most people were expecting" is a state, not something
# under way.
STATE_ING = frozenset(
    """
    expecting hoping wanting needing seeming believing knowing owning meaning thinking feeling
    costing lacking remaining
    """.split()
)
# Words that open a condition: what follows, and what is to happen if it holds, is not told as
# happening ("If it doesn't, it will be obliged to file").
CONDITIONS = frozenset("if unless once".split())
# Of those, the ones that open a condition only at the start of a clause ("Once we have read
# the report, we will decide"; not "the plane was once named").
CONDITION_OPENERS = frozenset("once".split())
# Adverbs of degree before "due": "was mainly due to" gives a cause, never a schedule.
DEGREE = frozenset("mainly largely partly partially primarily mostly entirely solely chiefly".split())
# Participles after "had" that tell what was wished, not done ("I had hoped you would").
WISHED = frozenset("hoped wished wanted intended meant".split())
# Pronouns opening a relative clause: its verb describes the noun before it ("the Taurus, which
# is being phased out"), it is not what the sentence tells.
RELATIVES = frozenset("which who whom whose where".split())
# Words of "be ... to" that foretell rather than plan ("is likely to", "are going to"): like
# "will", not a happening in someone's words.
PREDICTION = frozenset("likely going about poised".split())
# Pasts in -ed too short for the rule that reads longer words in -ed as pasts ("bed", "need").
SHORT_PASTS = frozenset("used owed died tied sued axed eyed lied".split())
# Endings of nouns that are never base forms of verbs: "due to inflation" gives a cause.
NOUN_ENDS = ("tion", "sion", "ness", "ity")
# Participles of feeling: "I'm honoured to lead", "was pleased with" tell how someone feels.
FEELINGS = frozenset(
    """
    pleased delighted honored honoured thrilled excited disappointed saddened surprised shocked
    satisfied encouraged heartened dismayed frustrated
    """.split()
)
# Words in -ing that are adjectives or nouns after "be", not a verb under way ("they are
# unwilling", "it is nothing new", "the result is surprising").
ING_NOT_VERBS = frozenset(
    """
    nothing something anything everything thing morning evening during willing unwilling
    interesting surprising disappointing worrying encouraging amazing exciting ongoing
    outstanding missing shocking alarming troubling astonishing promising daunting
    """.split()
)
