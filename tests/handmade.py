"""Hand-made analyses for the tests of the checks across articles (agreement, quote groups,
discrepancies): small inline articles whose dates, quotes and names are given by hand, and
the pipeline across them."""

from __future__ import annotations

from datetime import date

from briefing import s2_dates as dates
from briefing import s5_events as events
from briefing.model import Analysis, Article, Mention, Quote, Timex
from briefing.s1_read import load, sentences
from briefing.s6_compare import agreement, align, discrepancies, quotegroups


def make(
    ident: str,
    body: str,
    *,
    published: date | None = None,
    dates=(),
    quotes=(),
    people=(),
    title_from: str = "file name",
) -> Analysis:
    """An analysis of body; dates are (text, value), quotes (text, speaker), people names."""
    article = Article(ident, f"{ident}.txt", body, load.find_paragraphs(body), ident, title_from, published=published)
    sents = sentences.split(article)

    def sentence_of(offset: int) -> int:
        return next(s.index for s in sents if s.start <= offset < s.end)

    found = []
    for text, value in dates:
        start = body.index(text)
        found.append(Timex(start, start + len(text), text, "DATE", value))
    said = []
    for text, speaker in quotes:
        start = body.index(text)
        said.append(Quote(start, start + len(text), sentence_of(start), speaker))
    mentions = []
    for name in people:
        start = body.index(name)
        mentions.append(Mention(start, start + len(name), name, "person", name))
    return Analysis(
        article,
        sents,
        tuple(sorted(found, key=lambda t: t.start)),
        tuple(mentions),
        tuple(sorted(said, key=lambda q: q.start)),
        (),
    )


def run(*analyses: Analysis):
    alignment = align.align(analyses)
    items, conflicts = quotegroups.group(analyses, alignment)
    facts = agreement.facts(alignment)
    found = discrepancies.find(analyses, alignment, items, agreement.same_story(facts, analyses), conflicts)
    return facts, items, found


def kinds(found) -> list[str]:
    return [d.kind for d in found]


# Two tellings of one summit, worded differently (the shape of the seed articles).
SUMMIT_A = (
    "Declassified records from a 2000 summit between Bill Clinton and Vladimir Putin have surfaced. "
    "Clinton inquired about the prospects of a coordinated strategy to tackle terrorism. "
    "The Russian leader acknowledged the necessity of a ‘common front’ against a ‘Terrorist International.’ "
    "This marked a significant moment in the early post-9/11 era.\n"
    "The summit took place at the Kremlin on June 4, 2000.\n"
    "Moscow condemned the 2003 US-led Iraq invasion as a violation of international law.\n"
)
SUMMIT_B = (
    "In response to the proposal, the Russian president agreed that a “common front” was needed.\n"
    "Bill Clinton proposed to Vladimir Putin a joint effort against terrorism, according to declassified records of their summit.\n"
    "The exchange took place at the Kremlin on June 4, 2000, and was released on Thursday.\n"
    "He then proposed a “coordinated strategy” between Washington and Moscow against terrorism.\n"
    "Putin reportedly said a “common front is necessary” to counter what he called a “Terrorist International.”\n"
    "“There should be full-scale relations between Russia and NATO,” Putin is quoted as saying.\n"
    "Sergey Lavrov reaffirmed Moscow’s willingness to collaborate against terrorism.\n"
    "Moscow condemned the 2003 US-led Iraq invasion as a violation of international law.\n"
)


def summit() -> tuple[Analysis, Analysis]:
    a = make(
        "a",
        SUMMIT_A,
        dates=[("2000", "2000"), ("June 4, 2000", "2000-06-04")],
        quotes=[("common front", None), ("Terrorist International.", "Vladimir Putin")],
        people=["Bill Clinton", "Vladimir Putin"],
    )
    b = make(
        "b",
        SUMMIT_B,
        dates=[("June 4, 2000", "2000-06-04")],
        quotes=[
            ("common front", "Vladimir Putin"),
            ("coordinated strategy", "Bill Clinton"),
            ("common front is necessary", "Vladimir Putin"),
            ("Terrorist International.", "Vladimir Putin"),
            ("There should be full-scale relations between Russia and NATO,", "Vladimir Putin"),
        ],
        people=["Bill Clinton", "Vladimir Putin", "Sergey Lavrov"],
        title_from="dek",
    )
    return a, b


STORY = (
    "Northrop Grumman and EADS defeated Boeing for a tanker contract with the United States Air Force.\n"
    "Boeing said it would protest the decision of the Air Force to the Government Accountability Office.\n"
    "The tankers will be assembled at a new plant in Mobile, Alabama.\n"
    "Senators from Washington state criticised the award of the tanker contract to a European company.\n"
)


# One article analysed by the pipeline up to its events (no names or quotes).
def article(ident: str, body: str, published: date | None = None, title_from: str = "first sentence") -> Article:
    return Article(ident, ident + ".txt", body, load.find_paragraphs(body), ident, title_from, published)


def analyse(ident: str, body: str, published: date | None = None, title_from: str = "first sentence") -> Analysis:
    a = article(ident, body, published, title_from)
    sents = sentences.split(a)
    found = dates.find(body, sents, published)
    return Analysis(a, sents, tuple(found), (), (), tuple(events.find(a, sents, found)))


SEED_A = (
    "The summit took place at the Kremlin on June 4, 2000, and was part of a broader talk.\n"
    "Following the 9/11 attacks, Washington and Moscow began close cooperation against radical "
    "Islamists, establishing several joint task forces.\n"
    "Moscow condemned the 2003 US-led Iraq invasion, viewing it as a violation of international law.\n"
    "In recent years, the US reduced cooperation with Russia, especially after the escalation of the "
    "Ukraine conflict in 2022. Since President Donald Trump assumed office in January, however, "
    "Washington and Moscow have started discussions.\n"
)
SEED_B = (
    "The transcript for the exchange, which took place at the Kremlin on June 4, 2000, was released "
    "on Thursday following a lawsuit.\n"
    "© Memorandum of Conversation, June 4, 2000.\n"
    "After the 9/11 attacks, Washington and Moscow began close cooperation against radical "
    "Islamists, establishing several joint task forces.\n"
    "Moscow condemned the 2003 US-led Iraq invasion, viewing it as a violation of international law.\n"
    "Earlier this year, Russian Foreign Minister Sergey Lavrov reaffirmed Moscow's willingness.\n"
    "At the summit in Alaska earlier this month, Trump and Putin discussed cooperation.\n"
)
