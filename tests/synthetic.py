"""A large made-up corpus for the tests of a briefing at scale: hundreds of short news articles
(front matter with title, outlet and date; dated happenings, quotes with speakers, people,
organisations and places), written from small word lists by a seeded generator, so every run
makes the same files and no text is a copy of another.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas", "Karin", "Lukas"]
LAST = ["Albright", "Brennan", "Castell", "Dorsey", "Everett", "Fairbank", "Garrick", "Holloway", "Ingram", "Jessup"]
ROLES = ["Finance Minister", "Senator", "Mayor", "chief executive", "spokeswoman", "Governor", "Ambassador"]
ORGS = ["Northwind Aviation", "Harbor Bank", "the Civic Union", "Meridian Rail", "the Port Authority", "Solace Energy"]
PLACES = ["Lisbon", "Oslo", "Toronto", "Nairobi", "Osaka", "Valparaiso", "Krakow", "Adelaide"]
OUTLETS = ["Daily Ledger", "Evening Wire", "Coast Herald", "Metro Times", "North Gazette"]
THINGS = ["the rail deal", "the harbour plan", "the budget", "the tanker contract", "the power grid", "the merger"]
VERBS = ["signed", "announced", "rejected", "approved", "delayed", "cancelled", "unveiled"]
# Words quotes are drawn from (a sample of them, shuffled: no two quotes alike).
SPOKEN = (
    "we will keep working on this until every question is answered and every partner is heard "
    "nobody expected the talks to move this fast but the numbers speak for themselves today "
    "it is a fair outcome for the city and a hard lesson for the companies that bet against it"
)
WORDS = SPOKEN.split(" ")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def people() -> list[str]:
    """Every made-up person's full name."""
    return [f"{first} {last}" for first in FIRST for last in LAST]


def write(folder: Path, count: int = 500, seed: int = 17) -> list[Path]:
    """Write `count` articles into folder; the files, in order."""
    rng = random.Random(seed)
    names = people()
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2019, 1, 7)
    written = []
    for n in range(count):
        published = start + timedelta(days=n * 2 + rng.randrange(2))
        who = rng.sample(names, 4)
        # A few people are in the news often: they are quoted in many articles.
        if n % 3 == 0:
            who[0] = names[n % 5]
        role, org, place, thing = rng.choice(ROLES), rng.choice(ORGS), rng.choice(PLACES), rng.choice(THINGS)
        verb = rng.choice(VERBS)
        day = max(1, published.day - rng.randrange(1, 4))
        month = MONTHS[(published.month - 1) % len(MONTHS)]
        sentences = [
            f"{who[0]}, the {role} of {org}, {verb} {thing} in {place} on {month} {day}, {published.year}.",
            f"“{' '.join(rng.sample(WORDS, 12)).capitalize()},” {who[0]} said after the meeting.",
            f"{who[1]} met {who[2]} in {rng.choice(PLACES)} to discuss the number {n} project.",
            f"In {rng.randrange(1990, 2015)}, {org} first proposed {thing} to the city council.",
            f"“{' '.join(rng.sample(WORDS, 10)).capitalize()},” said {who[3]}, a {rng.choice(ROLES)}.",
            f"The deal is worth {rng.randrange(2, 900)} million dollars, according to {rng.choice(ORGS)}.",
            f"{who[2]} told reporters in {place} that talks would resume in {rng.choice(MONTHS)} {published.year + 1}.",
        ]
        title = f"{who[0]} {verb} {thing} in {place} ({n})"
        text = (
            "---\n"
            f'title: "{title}"\n'
            f'outlet: "{OUTLETS[n % len(OUTLETS)]}"\n'
            f"published: {published.isoformat()}\n"
            "---\n" + "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)) + "\n"
        )
        path = folder / f"{n:04d}_{rng.getrandbits(32):08x}.md"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
