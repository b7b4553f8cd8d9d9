"""Hand-made web pages for the tests of `webpage` and the build: a news page with the usual
furniture around its text, written for these tests (no page of any site is copied)."""

from __future__ import annotations

PARAGRAPHS = [
    "The harbour council of Port Elsworth voted on Tuesday to close the old ferry pier for two "
    "years, after engineers found that its timber piles had rotted far faster than expected.",
    "Council leader Mara Quint said the vote was unanimous and that a temporary landing would "
    "open on the north quay within six weeks, so that the island service is not interrupted.",
    "“We cannot ask passengers to walk on a structure we would not walk on ourselves,” Quint "
    "told reporters outside the council chamber after the meeting had ended.",
    "The repairs are expected to cost about four million pounds, most of it paid for by a grant "
    "the council won last spring, according to figures published with the agenda.",
    "Ferry operators said they welcomed the decision but warned that the temporary landing "
    "could not take the larger vessels used on summer weekends.",
]


def news_page(
    *,
    head: str = "",
    before: str = "",
    after: str = "",
    lang: str = "en",
    charset: str = "utf-8",
    paragraphs: list[str] | None = None,
) -> str:
    """A news page: metadata in its head, navigation, a headline, the article, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<title>Old ferry pier to close for two years | The Elsworth Courier</title>
<meta property="og:title" content="Old ferry pier to close for two years">
<meta property="og:site_name" content="The Elsworth Courier">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Dana Holt">
<link rel="canonical" href="https://courier.example/news/ferry-pier-to-close">
{head}
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main>
<article>
<h1>Old ferry pier to close for two years</h1>
{before}
{body}
{after}
</article>
</main>
<footer><p>© 2024 The Elsworth Courier. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""
