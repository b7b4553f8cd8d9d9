"""What a web page puts around an article that the extraction may keep: the labels of share
buttons and link boxes, and the openings of credit, promotion and contact lines.

Data only: lower case, without final punctuation. Read by `s1_read.webpage`.
"""

from __future__ import annotations

# A paragraph or heading that is nothing but one of these is page furniture ("Share",
# "Comments", "You may also like:"), in any position.
PAGE_LABELS = frozenset(
    {
        "advertisement",
        "advertising",
        "sponsored",
        "sponsored content",
        "comment",
        "comments",
        "0 comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "tell us what you think",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share this post",
        "share on facebook",
        "share on twitter",
        "tweet",
        "email",
        "e-mail",
        "print",
        "print this article",
        "facebook",
        "twitter",
        "linkedin",
        "pinterest",
        "whatsapp",
        "reddit",
        "related",
        "related articles",
        "related stories",
        "related posts",
        "related content",
        "related coverage",
        "related topics",
        "more",
        "more on this",
        "more on this story",
        "more from",
        "more stories",
        "more news",
        "also",
        "also read",
        "read more",
        "read next",
        "read also",
        "read this next",
        "see more",
        "see also",
        "don't miss",
        "don’t miss",
        "most popular",
        "most read",
        "trending",
        "trending now",
        "recommended",
        "recommended for you",
        "you may also like",
        "you might also like",
        "we recommend",
        "top stories",
        "latest news",
        "editor's picks",
        "editor’s picks",
        "newsletter",
        "sign up",
        "subscribe",
        "skip advertisement",
        "continue reading",
        "continue reading below",
        "story continues below",
        "story continues below advertisement",
        "article continues below advertisement",
        "click here",
        "loading",
        "watch",
        "watch video",
        "video",
        "photos",
        "listen",
        "tags",
        "topics",
        "filed under",
    }
)

# A short line that opens with one of these and a colon (or a bracket around it) links
# elsewhere: "Read more: Alibaba poised to…", "[Related: Salesforce keynote…]", "SEE MORE: …".
LINK_LABELS = frozenset(
    {
        "read more",
        "read also",
        "also read",
        "read next",
        "more",
        "see more",
        "see also",
        "also",
        "also see",
        "related",
        "related post",
        "related article",
        "related story",
        "related video",
        "related link",
        "related coverage",
        "recommended",
        "more on this",
        "more from",
        "don't miss",
        "don’t miss",
        "watch",
        "watch now",
        "listen",
        "click here",
        "filed under",
        "tags",
        "topics",
        "categories",
        "posted in",
    }
)

# Words that make a line the article's credits, not its text, when it opens or closes the
# article: who wrote, edited or reported it, and the line telling the reader to follow or
# reach the author. Regular expressions, matched case-insensitively at the line's start.
CREDIT_OPENINGS = (
    r"\(?(?:additional |further )?(?:reporting|writing|editing|research|compiled|produced|edited|written|translated) by\b",
    r"\(?with (?:additional )?reporting by\b",
    r"\(?[\w.’' -]{3,60}? contributed (?:additional )?(?:reporting|to this (?:report|story|article))\b",
    r"\(?sources?: ",
    r"(?:follow|like) (?:us|him|her|them|[\w.’' -]{2,60}?) on (?:twitter|facebook|instagram|linkedin|youtube)\b",
    r"(?:have a (?:news )?tip\?|[\w.’' -]{2,60}? (?:may|can) be reached at\b)",
    r"(?:like this (?:story|article)\?|share (?:this|it) with (?:a friend|your friends))",
    r"(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b",
    r"(?:get|receive) (?:the latest|our|the day’s|the day's)\b.{0,60}\b(?:newsletters?|inbox)\b",
    r"(?:copyright|©|\(c\)) ?(?:\d{4}|[\w.’' -]{2,40}? \d{4})",
    r"all rights reserved",
    r"\d+ min(?:ute)?s? read$",
    r"(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit):? ",
)
# A short line that opens with one of these and a date or time only says when the page was
# published or updated ("Updated at 1:23 p.m.", "Published November 19, 2019").
TIMESTAMP_LABELS = frozenset(
    {"updated", "published", "posted", "last updated", "first published", "last modified", "modified"}
)
# Besides numbers, month and weekday names, the words of a line that only gives a time
# ("5:45 AM PST", "Updated on Nov. 19th at 10 a.m."), and the time zones news pages name.
TIMESTAMP_WORDS = frozenset("am pm a p m at on updated published posted th st nd rd".split())
TIME_ZONES = frozenset("utc gmt et ct mt pt est edt cst cdt mst mdt pst pdt bst cet cest ist amt jst aest".split())
