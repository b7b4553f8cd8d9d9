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
    towers force aircraft aerospace automotive com air motor exchange embassy consulate marines
    savings
    """.split()
)
# Organisation cue words that start a name and take "of"/"for" ("University of Chicago").
ORG_HEADS = frozenset(
    """
    university college school institute ministry department bank council committee commission
    board bureau office church museum federation association league society house court chamber
    union center centre academy federal people's party friends daughters sons organization
    organisation secretary conference army republic project service agency authority fund
    foundation commission
    """.split()
)
# Cue words that name a kind of body: "the Committee", "the Commission" refer back to one
# named before, so alone they are no name (unlike "the Times" or "the Senate").
KIND_OF_BODY = frozenset(
    """
    academy administration agency alliance assembly association authority bank board bureau
    campaign caucus center centre church club coalition college command committee commission
    company corporation corps council court department directorate exchange federation force
    forces foundation front fund group guard hospital initiative institute institution league
    library media ministry movement museum network office organisation organization party
    police project school secretariat service services society team trust union university
    """.split()
)
# Well-known companies, agencies and bodies that no cue word shows, lower-cased. Names that
# are also common words or frequent surnames ("Delta", "Shell", "Lincoln") are left out:
# the words around them decide.
WELL_KNOWN_ORGANISATIONS = frozenset(
    {
        "aer lingus",
        "anheuser-busch",
        "compaq",
        "du pont",
        "dupont",
        "gallup",
        "gawker",
        "newsmax",
        "pew",
        "pew research center",
        "verizon",
        "vogue",
        "vox",
        "aeroflot",
        "aeromexico",
        "aig",
        "airasia",
        "airbus",
        "al jazeera",
        "alibaba",
        "alitalia",
        "allianz",
        "amnesty international",
        "antonov",
        "aramco",
        "astrazeneca",
        "audi",
        "avianca",
        "axa",
        "bae systems",
        "baidu",
        "barclays",
        "bayer",
        "bear stearns",
        "berkshire hathaway",
        "blackrock",
        "bmw",
        "bnp paribas",
        "boeing",
        "bombardier",
        "bosch",
        "bp",
        "bridgestone",
        "buick",
        "byd",
        "cadillac",
        "cathay pacific",
        "chevrolet",
        "chevron",
        "chrysler",
        "cisco",
        "citibank",
        "citigroup",
        "citroen",
        "coca-cola",
        "conocophillips",
        "costco",
        "countrywide",
        "credit suisse",
        "dacia",
        "daewoo",
        "daimler",
        "daimlerchrysler",
        "dassault",
        "delphi",
        "der spiegel",
        "deutsche bank",
        "disney",
        "eads",
        "easyjet",
        "ebay",
        "ecb",
        "embraer",
        "ericsson",
        "etihad",
        "european commission",
        "exxon",
        "exxonmobil",
        "fannie mae",
        "federal reserve",
        "fiat",
        "finnair",
        "forbes",
        "ford",
        "freddie mac",
        "garuda indonesia",
        "gazprom",
        "geely",
        "general dynamics",
        "general electric",
        "general mills",
        "general motors",
        "glaxosmithkline",
        "gm",
        "goldman sachs",
        "goodyear",
        "greenpeace",
        "halliburton",
        "hewlett-packard",
        "hitachi",
        "honda",
        "honeywell",
        "hsbc",
        "huawei",
        "hummer",
        "hyundai",
        "ibm",
        "icelandair",
        "ilyushin",
        "intel",
        "interfax",
        "itar-tass",
        "jeep",
        "jetblue",
        "johnson & johnson",
        "jpmorgan",
        "jpmorgan chase",
        "kia",
        "klm",
        "kyodo",
        "land rover",
        "le monde",
        "lehman brothers",
        "lockheed martin",
        "lufthansa",
        "lukoil",
        "magna",
        "mazda",
        "mcdonald's",
        "mcdonnell douglas",
        "mercedes-benz",
        "merrill lynch",
        "metlife",
        "michelin",
        "mitsubishi",
        "mizuho",
        "moody's",
        "morgan stanley",
        "motorola",
        "nasdaq",
        "nestle",
        "netflix",
        "nintendo",
        "nissan",
        "nokia",
        "nomura",
        "northrop grumman",
        "novartis",
        "nyse",
        "oecd",
        "opel",
        "oracle",
        "panasonic",
        "paypal",
        "pepsico",
        "petrobras",
        "peugeot",
        "pfizer",
        "philips",
        "porsche",
        "pratt & whitney",
        "procter & gamble",
        "qantas",
        "qualcomm",
        "raytheon",
        "rbs",
        "red cross",
        "renault",
        "ria novosti",
        "rolls-royce",
        "rosneft",
        "ryanair",
        "saab",
        "safran",
        "samsung",
        "santander",
        "siemens",
        "sikorsky",
        "skoda",
        "societe generale",
        "sony",
        "standard & poor's",
        "starbucks",
        "subaru",
        "sukhoi",
        "suzuki",
        "swissair",
        "tass",
        "tata",
        "tencent",
        "tesla",
        "thales",
        "the economist",
        "toshiba",
        "toyota",
        "tupolev",
        "uber",
        "ubs",
        "unilever",
        "vauxhall",
        "virgin atlantic",
        "volkswagen",
        "volvo",
        "wal-mart",
        "walmart",
        "washington mutual",
        "wells fargo",
        "xinhua",
        "yahoo",
        "yonhap",
    }
)
# Names known to be organisations though no cue word shows it (the well-known companies too).
ORGANISATIONS = WELL_KNOWN_ORGANISATIONS | frozenset(
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
# Words in other languages that open an organisation's name, as "Bank of" does in English
# ("Banque Internationale de Placement", "Compagnie Générale", "Institut Mérieux").
FOREIGN_ORG_HEADS = frozenset(
    """
    banque banco banca societe société sociedad società compagnie compania compañía
    cie groupe institut instituto istituto fondation fundación fondazione caisse crédit credit
    financiere financière gesellschaft stiftung
    """.split()
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

# Lower-case nouns that say what kind of organisation a name is, in front of it ("German
# airline Lufthansa", "engine maker Europrop") or in apposition ("Magna, a Canadian parts
# company"). Nouns that also describe people ("rival", "partner", "owner") are not here.
ORG_NOUNS = frozenset(
    """
    agency airline airliner airlines automaker automakers automobile bank banks brand brands
    broadcaster brokerage carmaker carmakers carrier carriers chain charity club companies
    company conglomerate consortium contractor corporation daily division exchange firm
    firms foundation fund giant group institute insurer lender magazine maker makers
    manufacturer manufacturers multinational network newspaper newspapers operator
    organisation organization outlet party planemaker producer publisher regulator retailer
    shipbuilder subsidiary supplier suppliers tabloid think-tank union unions university
    utility website
    """.split()
)

# Words right after a name that show a company: its office holders, shares and sales
# ("Ryanair CEO", "Honda sales").
ORG_AFTER = frozenset(
    {
        "ceo",
        "cfo",
        "chief executive",
        "dealers",
        "dealerships",
        "employees",
        "headquarters",
        "profit",
        "profits",
        "revenue",
        "sales",
        "share",
        "shareholders",
        "shares",
        "stock",
        "subsidiary",
        "workforce",
    }
)

# Offices held at an organisation, before "of", "at" or "for" and its name ("vice
# president of Dacia", "an analyst for Edmunds").
ORG_ROLES = frozenset(
    """
    analyst board ceo chairman chairperson chairwoman correspondent director division
    economist editor employee employees engineer engineers executive founder head manager
    officer owner partner president reporter researcher shareholder shareholders shares
    spokesman spokesperson spokeswoman strategist subsidiary unit worker workers
    """.split()
)

# Verbs in the plural after a singular name: British usage for a company ("Aeroflot say",
# "Air France have discussed"); a person never takes them.
PLURAL_VERBS = frozenset(
    """
    are believe expect have hope intend plan say want were
    """.split()
)

# Capitalised words in capitals that are no organisation: units, time zones, currencies,
# offices and common abbreviations ("12:30 EST", "US$", "the CEO", "R&D").
NOT_ORGANISATIONS = frozenset(
    """
    ad aids am au aud bc bs bst ca cad cdt ceo cest cet cfo chf cny coo cst cto dna ebit
    ebitda edt est etc eur faq ft gbp gdp gmt gnp hiv hk hq id inr ipo it jpy kg km lb mdt
    mph mro mst nz ok pc pdf pdt pm pst r&d rub sgd suv suvs tv usd utc vip vs
    """.split()
)

# Stock market indices: figures a market computes, not organisations ("the Nikkei fell").
STOCK_INDICES = frozenset(
    {
        "aex",
        "asx",
        "bel",
        "bovespa",
        "cac",
        "dax",
        "djia",
        "dow",
        "dow jones industrial average",
        "dow jones industrials",
        "euro stoxx",
        "ftse",
        "hang seng",
        "ibex",
        "indu",
        "ipc",
        "ise",
        "jse",
        "kospi",
        "merval",
        "micex",
        "nasdaq composite",
        "nifty",
        "nikkei",
        "omx",
        "psi",
        "rts",
        "s&p/asx",
        "sensex",
        "shanghai composite",
        "smi",
        "stoxx",
        "straits times index",
        "topix",
        "tsx",
        "wilshire",
    }
)

# Nouns before a number that label a thing, not a model of a maker's ("Chapter 11",
# "Flight 447", "Local 1520", "Route 66").
NUMBER_LABELS = frozenset(
    """
    act amendment apollo article bill block box building category channel chapter class day
    district division episode exit flight floor form game gate grade group highway
    interstate league level line local lot no number page part phase pier platform precinct
    prop proposition resolution room round route schedule season section sector stage step
    suite terminal tier title type unit vol volume war ward week year zone
    """.split()
)

# First words that open an organisation's name ("Air France", "Air Force").
ORG_FRONTS = frozenset(
    """
    air
    """.split()
)

# The legal form at the end of a company's name ("Chrysler LLC", "Daimler AG").
LEGAL_FORMS = frozenset(
    """
    ab ag asa bv co company corp corporation cos gmbh group holding holdings inc
    incorporated kk limited llc llp lp ltd n.v nv oy oyj plc pty s.p.a sa se spa
    """.split()
)

# Last words of a firm's name, after which a person's name may follow without a comma
# ("Fort Pitt Capital Group Charlie Smith").
FIRM_ENDS = frozenset(
    """
    advisers advisors associates bank capital co corp financial group holdings inc
    investments llc ltd management markets partners plc research securities trading
    """.split()
)

# A trade word between a company's name and its legal form, or after it ("Ford Motor
# Company", "Nissan Motors", "Saab Automobile"), or "Department" after an office's name
# ("US Treasury Department"), that the short name leaves out.
TRADE_WORDS = frozenset(
    """
    auto automobile automobiles automotive department motor motors
    """.split()
)

# The home country's name in front of its institutions ("U.S. Senate" is "the Senate").
HOME_COUNTRY = frozenset(
    {
        "u.s",
        "u.s.",
        "united states",
        "us",
    }
)

# Web addresses name their site's organisation ("Detik.com").
WEB_ENDINGS = (".com", ".net", ".org", ".co.uk", ".de", ".fr", ".ru", ".cn", ".in")
