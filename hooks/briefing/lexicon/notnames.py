"""Capitalised words that are not names by themselves, word endings of common words, and
nationality adjectives (read as the country they name).
"""

from __future__ import annotations

# Capitalised words that are not names by themselves: sentence openers, calendar words,
# demonyms and parties used as adjectives.
# Month names that are also given names: before a surname they are a person's ("Jan Brewer",
# "April Ryan", "June Carter"), not a date.
GIVEN_NAME_MONTHS = frozenset({"jan", "april", "may", "june", "august"})
NOT_NAMES = frozenset(
    """
    a an the this that these those there here it its he she they we i you his her their our my
    your him them us me who what when where why how which whose whom if but and or nor so yet
    for of in on at to by from with without about after before since until while during as than
    then also however meanwhile still earlier later now today yesterday tomorrow tonight
    according following despite although though because instead perhaps maybe indeed thus hence
    therefore moreover furthermore besides otherwise nonetheless nevertheless yes no not all
    some many most much more less few several both each every any none one two three four five
    six seven eight nine ten first second third last next other another such only even just like
    unlike among between under over into onto upon within through throughout across against
    along around behind below beneath beside beyond near off out outside inside past per via
    whether either neither do does did is are was were be been being has have had will would
    shall should can could may might must let mr mrs ms dr st monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec american americans
    russian russians british chinese french german germans european europeans african asian arab
    arabs israeli israelis iranian iraqi syrian ukrainian ukrainians mexican mexicans canadian
    japanese korean indian pakistani afghan muslim muslims christian christians jewish jews
    catholic catholics protestant islamic islamist islamists democrat democrats republican
    republicans democratic liberal liberals conservative conservatives soviet western eastern
    northern southern western sunni shia shiite kurdish latino latinos hispanic hispanics black
    white asian evangelical evangelicals god lord internet web black white police officials
    authorities protesters demonstrators critics supporters witnesses sources experts analysts
    residents voters aides advisers officers lawmakers leaders members others everyone someone
    nobody people investigators please rather thanks thank okay ok well oh yes sure prosecutors
    observers organizers students parents teachers workers doctors scientists given amid including
    regarding concerning considering whereas additional mine
    """.split()
)
# Nationality adjectives at the front of a role ("Russian President"): the country they name.
DEMONYMS = {
    "american": "United States",
    "us": "United States",
    "u.s.": "United States",
    "russian": "Russia",
    "british": "United Kingdom",
    "chinese": "China",
    "french": "France",
    "german": "Germany",
    "ukrainian": "Ukraine",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "israeli": "Israel",
    "syrian": "Syria",
    "turkish": "Turkey",
    "japanese": "Japan",
    "mexican": "Mexico",
    "canadian": "Canada",
    "indian": "India",
    "italian": "Italy",
    "spanish": "Spain",
    "polish": "Poland",
    "korean": "Korea",
    "saudi": "Saudi Arabia",
}
# The adjective of a country or state beside its name, for "the Belgian government" (wider
# than DEMONYMS, whose words also open a person's role).
COUNTRY_ADJECTIVES = DEMONYMS | {
    "victorian": "Victoria",
    "bavarian": "Bavaria",
    "californian": "California",
    "texan": "Texas",
    "australian": "Australia",
    "belgian": "Belgium",
    "irish": "Ireland",
    "romanian": "Romania",
    "dutch": "Netherlands",
    "swiss": "Switzerland",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "austrian": "Austria",
    "greek": "Greece",
    "portuguese": "Portugal",
    "hungarian": "Hungary",
    "czech": "Czech Republic",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "argentinean": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
    "venezuelan": "Venezuela",
    "cuban": "Cuba",
    "egyptian": "Egypt",
    "libyan": "Libya",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "ethiopian": "Ethiopia",
    "south african": "South Africa",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "bangladeshi": "Bangladesh",
    "indonesian": "Indonesia",
    "malaysian": "Malaysia",
    "thai": "Thailand",
    "vietnamese": "Vietnam",
    "philippine": "Philippines",
    "filipino": "Philippines",
    "singaporean": "Singapore",
    "taiwanese": "Taiwan",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "new zealand": "New Zealand",
    "scottish": "Scotland",
    "welsh": "Wales",
    "lebanese": "Lebanon",
    "jordanian": "Jordan",
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "yemeni": "Yemen",
    "belarusian": "Belarus",
    "georgian": "Georgia",
    "serbian": "Serbia",
    "croatian": "Croatia",
    "bulgarian": "Bulgaria",
    "slovak": "Slovakia",
    "icelandic": "Iceland",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
}
# Adjectives that are no name alone but open one before a generic organisation word
# ("American Airlines", "European Union", "White House", "Democratic Party").
NAME_ADJECTIVES = frozenset(COUNTRY_ADJECTIVES) | frozenset(
    """
    african arab asian black central conservative democratic eastern european federal
    islamic labour liberal national north northern republican royal south southern soviet
    western white
    """.split()
)
# Possessives that are part of a name ("People's Republic of China").
NAMED_POSSESSIVES = frozenset(
    """
    people's people’s
    """.split()
)

# Endings of the lower-case half of "US-led", "Obama-era", "Democratic-leaning" (not "Ki-moon").
ADJECTIVE_ENDS = (
    "ed",
    "ing",
    "ly",
    "er",
    "era",
    "style",
    "like",
    "born",
    "based",
    "led",
    "run",
    "owned",
    "wide",
    "made",
    "friendly",
    "type",
    "esque",
    "ish",
    "free",
    "backed",
    "linked",
    "allied",
    "made",
    "related",
    "specific",
    "centric",
)

# Endings of words that are no one's name alone ("Journalism", "Islamophobic", "Iowans").
COMMON_WORD_ENDS = (
    "ism",
    "ic",
    "ical",
    "ist",
    "ists",
    "ous",
    "ive",
    "ful",
    "less",
    "able",
    "ible",
    "ians",
    "ans",
    "ese",
    "ity",
    "ment",
    "ness",
    "tion",
    "sion",
)

# Words of saying that are plural nouns too: after a capitalised word opening a sentence they
# make a noun phrase ("Newspaper reports said", "Amid claims that"), not a speaker and a verb.
SPEECH_NOUNS_TOO = frozenset(
    """
    reports claims notes states calls answers promises vows remarks tweets posts charges demands
    pledges labels counters comments statements accounts replies readings
    """.split()
)
