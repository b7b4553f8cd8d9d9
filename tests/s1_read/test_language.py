"""language: which language a text is in, from its script or its commonest words; too little
text says nothing."""

from __future__ import annotations

import pytest

from briefing.s1_read import language

TEXTS = {
    "en": "The council said on Tuesday that the old pier would be closed for two years, and that a new "
    "landing would be built on the north quay by the end of the summer, when the work is done.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die alte Anlegestelle für zwei Jahre zu schließen, "
    "weil die Pfähle schneller verrottet sind, als man es erwartet hatte, und das ist nicht gut.",
    "fr": "Le conseil a décidé mardi de fermer le vieux quai pendant deux ans, parce que les piliers sont "
    "plus abîmés que prévu, et une nouvelle jetée sera construite au nord pour les passagers.",
    "es": "El consejo decidió el martes cerrar el viejo muelle durante dos años, porque los pilotes están "
    "más dañados de lo que se esperaba, y se construirá un nuevo embarcadero en el norte para los viajeros.",
    "pt": "O conselho decidiu na terça-feira fechar o velho cais durante dois anos, porque as estacas estão "
    "mais danificadas do que se esperava, e um novo embarcadouro será construído no norte para os viajantes.",
    "it": "Il consiglio ha deciso martedì di chiudere il vecchio molo per due anni, perché i pali sono più "
    "danneggiati del previsto, e un nuovo pontile sarà costruito a nord per i passeggeri che lo usano.",
    "ru": "Городской совет во вторник решил закрыть старый причал на два года, потому что сваи оказались в "
    "худшем состоянии, чем ожидалось, и новый причал будет построен на севере. Об этом сообщил "
    "глава совета, который также сказал, что работы начнутся уже в этом году.",
    "ja": "市議会は火曜日、古い桟橋を二年間閉鎖することを決めた。杭の傷みが予想より早かったためである。",
    "zh": "市议会星期二决定将旧码头关闭两年，因为木桩的腐烂程度比预期的严重，新的码头将在北面建造。",
    "ko": "시의회는 화요일에 오래된 부두를 2년 동안 폐쇄하기로 결정했다. 말뚝이 예상보다 빨리 썩었기 때문이다.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά προβλήτα για δύο χρόνια.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_language_of_a_text_is_told(code):
    assert language.guess(TEXTS[code]) == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Pier closes.",
        "Results: Rovers 3, United 1; Athletic 2, Albion 2; City 0, Town 4. " * 5,  # no language's words
    ],
)
def test_too_little_to_go_on_is_no_language(text):
    assert language.guess(text) is None


def test_an_english_text_quoting_a_foreign_phrase_is_english():
    assert language.guess(TEXTS["en"] + " Its motto, «liberté, égalité», was read out. " + TEXTS["en"]) == "en"


def test_a_language_is_named_in_english():
    assert language.name("de") == "German" and language.name("xx") == "xx"
