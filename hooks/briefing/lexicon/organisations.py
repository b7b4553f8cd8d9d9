"""Words that show a capitalised name is an organisation, and organisations known by name."""

from __future__ import annotations

# A capitalised span ending in one of these names an organisation ("National Security
# Archive", "Acme Corp."); "of"/"for" may follow them inside the name ("Bank of America").
ORG_CUES = frozenset(
    """
    inc corp corporation co company ltd llc plc group holdings university college school academy
    institute institution archive archives ministry department dept agency bureau office service
    services council committee commission board authority administration party union association
    federation league society foundation fund trust bank court congress parliament assembly
    senate house caucus campaign center centre museum library hospital church network news times
    post journal magazine press media tribune herald gazette telegraph guardian review daily
    weekly radio television tv channel airlines airways motors industries systems technologies
    partners capital energy organization organisation forces army navy police guard coalition
    alliance movement front brigade club team project initiative watch reuters pac cabinet
    secretariat directorate command corps healthcare health pharmaceuticals resources mining
    coal oil steel foods labs ventures investments properties realty electric insurance
    communications telecom logistics solutions consulting entertainment studios pictures records
    brands stores bancorp financial securities advisors mortgage hotel hotels resorts tower
    towers force aircraft aerospace automotive com
    """.split()
)
# Organisation cue words that start a name and take "of"/"for" ("University of Chicago").
ORG_HEADS = frozenset(
    """
    university college school institute ministry department bank council committee commission
    board bureau office church museum federation association league society house court chamber
    union center centre academy federal people's party friends daughters sons organization
    organisation secretary conference army republic
    """.split()
)
# Names known to be organisations though no cue word shows it.
ORGANISATIONS = frozenset(
    {
        "nato",
        "un",
        "eu",
        "fbi",
        "cia",
        "nsa",
        "kgb",
        "fsb",
        "gop",
        "dnc",
        "rnc",
        "cnn",
        "msnbc",
        "bbc",
        "nbc",
        "abc",
        "cbs",
        "pbs",
        "npr",
        "ap",
        "afp",
        "opec",
        "who",
        "imf",
        "wto",
        "kremlin",
        "pentagon",
        "white house",
        "congress",
        "senate",
        "al-qaeda",
        "al qaeda",
        "al-qaida",
        "taliban",
        "isis",
        "isil",
        "hamas",
        "hezbollah",
        "google",
        "facebook",
        "twitter",
        "apple",
        "microsoft",
        "amazon",
        "breitbart",
        "politico",
        "reuters",
        "bloomberg",
        "fox news",
        "united nations",
        "european union",
        "supreme court",
        "vatican",
        "nasa",
        "epa",
        "irs",
        "sec",
        "fec",
        "doj",
        "dhs",
        "gao",
        "naacp",
        "aclu",
        "interpol",
        "house",
        "islamic state",
    }
)
# Capitalised words that end a name of a law, event or work rather than a named thing.
OTHER_CUES = frozenset(
    """
    act bill law treaty accord accords amendment doctrine plan meeting summit conference war
    revolution election elections debate day week games olympics cup award prize memorandum
    report program programme strategy initiative convention forum bowl series festival christmas
    flight show podcast
    """.split()
)

NAME_CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the"})
# Words of names too common to tell one organisation from another on their own ("United",
# "General", "Air": "General Motors" is not "General Electric").
GENERIC_NAME_WORDS = frozenset(
    "the new united national american general first north south east west international world great air motor motors".split()
)
