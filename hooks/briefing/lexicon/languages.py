"""The commonest short words of the languages news is most often written in, and the scripts
that name a language by themselves: what `s1_read.language` tells languages apart by.

Data only. Each list holds a language's most frequent function words, lower case; a word two
languages share may stand in both lists (the counts are compared, not the words).
"""

from __future__ import annotations

LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "id": "Indonesian",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "pl": "Polish",
    "tr": "Turkish",
    "ro": "Romanian",
    "cs": "Czech",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "he": "Hebrew",
    "ar": "Arabic",
    "hi": "Hindi",
    "th": "Thai",
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
}

LANGUAGE_WORDS = {
    "en": frozenset(
        """
        the of and to a in is that for it on was with as he she by at be this are from or an but
        not have has had his her they their which were said will would been who its also more
        than after about into one we you i what when there can all out up new
        """.split()
    ),
    "de": frozenset(
        """
        der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es
        an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen
        so zum war haben nur oder aber vor zur bis mehr durch man ich
        """.split()
    ),
    "fr": frozenset(
        """
        de la le et les des en un du une que est pour qui dans par plus pas au sur ne se il ce
        sont avec son elle mais ou a été ses aux leur nous vous je cette comme tout fait être
        ont lui sa
        """.split()
    ),
    "es": frozenset(
        """
        de la que el en y a los del se las por un para con no una su al es lo como más pero sus
        le ya o fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay
        donde quien desde
        """.split()
    ),
    "it": frozenset(
        """
        di e il la che a per in un è non una del le si della con i da sono al gli come anche più
        ma dei nel alla lo ha delle ci questo o se nella loro essere stato tra dopo cui mi ne
        sua suo
        """.split()
    ),
    "pt": frozenset(
        """
        de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao
        ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso
        ela entre era depois sem mesmo
        """.split()
    ),
    "nl": frozenset(
        """
        de en van het een in is dat op te zijn met voor niet die aan er om ook als bij maar door
        uit dan of wordt naar nog werd ze hij heeft zijn over worden al kan was meer wel tot
        """.split()
    ),
    "id": frozenset(
        """
        yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada adalah
        saya kita mereka atau oleh sudah bisa sebagai telah lebih jadi hanya kami tersebut
        seperti harus jika dia apa
        """.split()
    ),
    "sv": frozenset(
        """
        och i att det som en på är av för med till den har de inte om ett han men var jag så
        från vid kan efter sig också när eller hade ska nu under mot
        """.split()
    ),
    "da": frozenset(
        """
        og i at det er en til på som de med for af den ikke har var et han der men om så fra kan
        også efter skal eller nu når havde over ved sig
        """.split()
    ),
    "no": frozenset(
        """
        og i det er som på en til av at for med har de ikke den et var om han men så fra kan
        også etter skal eller nå når hadde over ved seg jeg
        """.split()
    ),
    "pl": frozenset(
        """
        w i na z się nie do to że jest o jak po a co za od przez tym jego ale być dla już tak
        jako czy które oraz jej był ich może tylko są
        """.split()
    ),
    "tr": frozenset(
        """
        ve bir bu da de için ile olarak çok daha en gibi ama olan sonra kadar ise var ne her
        değil göre o ya şey mi veya ki tarafından
        """.split()
    ),
    "ro": frozenset(
        """
        și în de la a cu pe că din nu o un care mai este să pentru au se fost sau ce sunt dar fi
        acest după prin lui ale
        """.split()
    ),
    "cs": frozenset(
        """
        a v se na je že s z do to o k i ve jako za by pro jsou ale podle jeho ze už jak po bylo
        byl které která
        """.split()
    ),
    "ru": frozenset(
        """
        и в не на что с по он как это а к из у то за от о для же так все его но бы она было был
        до уже или ее мы они также при еще только
        """.split()
    ),
    "uk": frozenset(
        """
        і в на що не з у та до як це за від про для він але його також вже ще із її було був при
        може є їх
        """.split()
    ),
}

# Scripts that are one language's among those above (or the usual one for news): the first
# and last code point of each block.
LANGUAGE_SCRIPTS = (
    ("el", 0x0370, 0x03FF),
    ("he", 0x0590, 0x05FF),
    ("ar", 0x0600, 0x06FF),
    ("hi", 0x0900, 0x097F),
    ("th", 0x0E00, 0x0E7F),
    ("ko", 0x1100, 0x11FF),
    ("ja", 0x3040, 0x30FF),  # kana: Japanese, even among Chinese characters
    ("zh", 0x4E00, 0x9FFF),
    ("ko", 0xAC00, 0xD7AF),
)
