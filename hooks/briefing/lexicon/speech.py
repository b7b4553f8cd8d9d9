"""Words of reported speech: the verbs and nouns that introduce or follow a quotation, and
the words that tell a title or a heading from speech.
"""

from __future__ import annotations

# Verbs that introduce or follow reported speech, as the lemma's inflected forms.
SPEECH_VERBS = frozenset(
    """
    say says said saying tell tells told telling ask asks asked asking add adds added adding
    write writes wrote writing written note notes noted noting explain explains explained
    explaining argue argues argued arguing claim claims claimed claiming insist insists insisted
    insisting state states stated stating declare declares declared declaring continue continues
    continued continuing recall recalls recalled recalling acknowledge acknowledges acknowledged
    acknowledging admit admits admitted admitting warn warns warned warning call calls called
    calling describe describes described describing tweet tweets tweeted tweeting reply replies
    replied replying respond responds responded responding answer answers answered answering
    suggest suggests suggested suggesting urge urges urged urging predict predicts predicted
    predicting promise promises promised promising vow vows vowed vowing stress stresses
    stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasised concede
    concedes conceded conceding complain complains complained complaining joke jokes joked
    joking quip quips quipped quipping remark remarks remarked remarking observe observes
    observed observing announce announces announced announcing report reports reported reporting
    cite cites cited citing propose proposes proposed proposing term terms termed dub dubs
    dubbed label labels labeled labelled brand branded mock mocks mocked mocking shout shouts
    shouted shouting yell yells yelled chant chants chanted chanting sing sings sang singing
    read reads reading post posts posted posting testify testified testifies assert asserts
    asserted asserting contend contends contended maintain maintains maintained counter counters
    countered counter concluded conclude concludes agree agrees agreed agreeing accuse accuses
    accused accusing charge charges charged blast blasts blasted slam slams slammed criticize
    criticizes criticized criticise criticised deny denies denied denying boast boasts boasted
    boasting pledge pledges pledged lament laments lamented demand demands demanded demanding
    wonder wonders wondered wondering muse mused mutter muttered whisper whispered scream
    screamed cry cried interject interjected retort retorted quote quoted quoting tout touts
    touted praise praises praised hail hails hailed thank thanked reaffirm reaffirms reaffirmed
    reaffirming reiterate reiterates reiterated reiterating confirm confirms confirmed
    confirming recount recounts recounted caution cautions cautioned advise advised insisted
    added explain write texted emailed messaged wrote scolded scold scolds seethed seethe liken
    likens likened compare compares compared dismiss dismisses dismissed attack attacks attacked
    condemn condemns condemned denounce denounces denounced dub insist rate rates rated rule
    rules ruled conclude concluding find finds found decry decries decried chime chimed exclaim
    exclaimed proclaim proclaims proclaimed commented commenting allege alleges alleged alleging
    assure assures assured assuring e-mailed e-mails interrupt interrupts interrupted opine
    opines opined
    """.split()
)
# Nouns for something said, whose owner is the speaker of the content that follows
# ("Trump’s claim that …").
CUE_NOUNS = frozenset(
    """
    claim claims statement statements remark remarks comment comments words assertion promise
    pledge tweet tweets message argument warning suggestion accusation insistence contention
    prediction vow
    """.split()
)
# The plain verbs of saying: enough to show that a lone capitalised word is a person.
SAYING = frozenset(
    """
    said says told tells added asked asks wrote writes noted explained argued recalled replied
    tweeted insisted continued acknowledged admitted warned stated
    """.split()
)
# Two-word cues whose first word alone says nothing ("as The New Yorker put it", "Trump
# went on about"); "according to" and "quoted as saying" are read word by word.
SPEECH_PHRASES = frozenset(
    {
        ("put", "it"),
        ("puts", "it"),
        ("went", "on"),
        ("goes", "on"),
        ("go", "on"),
        ("going", "on"),
        ("shot", "back"),
        ("shoots", "back"),
        ("fired", "back"),
        ("fires", "back"),
        ("hit", "back"),
        ("hits", "back"),
        ("cut", "in"),
        ("cuts", "in"),
    }
)

PAST_SAYING = frozenset(
    """
    said told wrote sang read found put went spoke
    """.split()
)

# Cues that put the speaker after them ("said Warren"); others take an object there
# ("criticized Obama").
INVERTING = frozenset(
    """
    said says added asked asks wrote writes continued noted explained recalled replied answered
    argued tweeted according insisted observed remarked
    """.split()
)

# What speaks for the person named before it: "Trump’s campaign said".
SPEAKS_FOR = frozenset(
    """
    campaign office team administration government camp spokesman spokeswoman spokesperson
    """.split()
)

# Groups that "they" may stand for, beside plurals and organisations.
COLLECTIVE = SPEAKS_FOR | frozenset(
    {
        "group",
        "committee",
        "union",
        "panel",
        "board",
        "party",
        "council",
        "family",
        "coalition",
        "organizers",
        "department",
        "agency",
        "court",
        "commission",
        "police",
        "army",
        "ministry",
    }
)

# Words before a quoted name that make it the title of a work or show.
TITLE_CUES = frozenset(
    """
    on titled entitled program programme show episode book film movie song album column op-ed
    headline series documentary article essay memoir segment podcast play novel poem magazine
    newspaper
    """.split()
)

# Past forms that do not end in "-ed": "shot back", "told", "went on".
SAID_IRREGULARLY = frozenset(
    {
        "shot",
        "told",
        "wrote",
        "spoke",
        "said",
        "sang",
        "cried",
        "went",
        "came",
        "began",
        "rang",
        "swore",
        "thought",
        "felt",
        "quipped",
    }
)

# Words that open a clause after a cue: what follows is what was said, not who said it.
CLAUSE_OPENERS = frozenset(
    {"that", "who", "which", "whether", "if", "to", "because", "when", "as", "how", "why", "what"}
)

# Nouns that head a phrase of time, which says when, not who: "several times", "last week".
TIME_NOUNS = frozenset(
    {
        "time",
        "times",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "occasion",
        "occasions",
        "moment",
        "night",
        "morning",
        "evening",
        "afternoon",
    }
)

# Words that open an aside between a subject and its verb: "X, however, said", "X, who …, said".
ASIDE_OPENERS = frozenset(
    {
        "however",
        "who",
        "who’s",
        "who's",
        "which",
        "whose",
        "and",
        "meanwhile",
        "too",
        "though",
        "in",
        "at",
        "for",
        "like",
    }
)

# Words before a clause's subject that are not part of it.
CLAUSE_LEADS = frozenset(
    {
        "and",
        "but",
        "so",
        "yet",
        "however",
        "also",
        "then",
        "that",
        "because",
        "while",
        "as",
        "although",
        "though",
        "since",
        "if",
        "when",
        "whether",
        "after",
        "before",
        "instead",
    }
)

# Verbs after which a message goes out from the subject: "released a statement", "put out".
SENDING_VERBS = frozenset(
    {
        "put",
        "sent",
        "send",
        "sends",
        "out",
        "issued",
        "released",
        "posted",
        "published",
        "wrote",
        "filed",
        "read",
        "gave",
        "made",
        "delivered",
        "shared",
    }
)

# Verbs by which an outlet reports someone's words: "Detik.com quoted Djamal as saying".
QUOTING_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})

# What a person or body sends out, whose words are then quoted: "The town released a statement
# saying …", "An email from Burkhardt & Associates … advises" (the sender speaks).
MESSAGE_NOUNS = frozenset(
    """
    statement release message letter note email e-mail memo post tweet video ad advertisement
    announcement notice response reply comment op-ed editorial column blog report filing
    complaint petition plea appeal warning
    """.split()
)
# Documents that speak for themselves when no author is named: "the lawsuit alleges".
DOCUMENT_NOUNS = frozenset(
    """
    lawsuit suit report study survey poll document memo indictment ruling order decision opinion
    bill law rule book article transcript sign banner headline website platform agreement
    contract affidavit motion brief
    """.split()
)
# Words before a quoted name that make it what someone calls a thing (their words, not a name
# of the article's own): "dubbed the “Defeat Crooked Hillary PAC”", "known as “Guccifer”".
CALLING = frozenset(
    """
    billed dubbed named titled branded called calls call known nicknamed referred nickname dubs
    names
    """.split()
)

# Participles of a passive that names a thing, whose agent follows "by": "called the “Crossroads
# of America” by the citizens", "an option seen by organizers as a “lifeboat”".
NAMED_BY = frozenset(
    {
        "called",
        "labeled",
        "labelled",
        "dubbed",
        "termed",
        "described",
        "branded",
        "deemed",
        "considered",
        "seen",
        "known",
        "referred",
        "nicknamed",
    }
)
