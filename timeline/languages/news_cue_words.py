"""Words that mark a text as news, per language, read by timeline.narrative.judge_mode. Data only.

words   words that count from the day of writing ("today", "yesterday", weekday names,
        "now") or report speech ("said", "according", "spokesman"), lower case, one run
        of word characters each (the tagger's split: French "aujourd'hui" is "aujourd",
        Portuguese "segunda-feira" has "feira")
pairs   two words in a row, separated by spaces only: the first word -> the words that
        may follow it ("this week", "la semana pasada", "letzte Woche")

A narrative (a history, a biography) names many years and hardly ever uses them; news uses
them all the time. English's lists are the ones judge_mode's thresholds were fitted with
(WikiWars dev against TempEval-3 train); the others are written from each language's
grammar with the same reach: deictic day words, the verbs of reported speech in the tense
news writes them, the weekdays, and "this/last/next week, month, year". Words that are
just as often something else are left out: Spanish "hace" and Portuguese "há" (also "does",
"there is"), Portuguese and Italian "segundo" (also "second"), French "il y a", German
"vor" and "nun".
"""

NEWS_CUES = {
    "en": {
        "words": "today yesterday tomorrow tonight ago currently now said says told tells "
                 "announced reported added spokesman spokeswoman spokesperson "
                 "monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays "
                 "friday fridays saturday saturdays sunday sundays",
        "pairs": {"this": "week month year morning afternoon", "last": "week month year",
                  "next": "week month year", "according": "to"},
    },
    "es": {
        "words": "hoy ayer mañana anoche anteayer actualmente ahora dijo dice dijeron "
                 "afirmó declaró anunció informó añadió explicó señaló aseguró indicó "
                 "portavoz según lunes martes miércoles jueves viernes sábado domingo",
        "pairs": {"esta": "semana mañana tarde noche", "este": "mes año",
                  "semana": "pasada próxima", "mes": "pasado próximo", "año": "pasado próximo",
                  "próxima": "semana", "próximo": "mes año"},
    },
    "pt": {
        "words": "hoje ontem amanhã anteontem atualmente agora disse diz disseram afirmou "
                 "declarou anunciou informou acrescentou explicou feira sábado "
                 "domingo",
        "pairs": {"esta": "semana manhã tarde noite", "este": "mês ano",
                  "semana": "passada", "mês": "passado", "ano": "passado",
                  "próxima": "semana", "próximo": "mês ano", "de": "acordo"},
    },
    "fr": {
        "words": "aujourd hier demain actuellement maintenant déclaré annoncé affirmé indiqué "
                 "expliqué ajouté précisé souligné selon lundi mardi mercredi jeudi vendredi "
                 "samedi dimanche",
        "pairs": {"cette": "semaine année", "ce": "mois matin soir",
                  "semaine": "dernière prochaine", "mois": "dernier prochain",
                  "an": "dernier prochain", "année": "dernière prochaine"},
    },
    "de": {
        "words": "heute gestern morgen vorgestern übermorgen derzeit aktuell jetzt sagte sagt "
                 "erklärte betonte berichtete sprecher sprecherin zufolge montag dienstag "
                 "mittwoch donnerstag freitag samstag sonntag",
        "pairs": {"diese": "woche", "diesen": "monat", "dieses": "jahr",
                  "vergangene": "woche", "vergangenen": "woche monat jahr",
                  "letzte": "woche", "letzten": "monat jahr", "nächste": "woche",
                  "nächsten": "monat jahr"},
    },
    "it": {
        "words": "oggi ieri domani stamattina stasera attualmente adesso dichiarato annunciato "
                 "affermato spiegato aggiunto sottolineato portavoce lunedì martedì mercoledì "
                 "giovedì venerdì sabato domenica",
        "pairs": {"questa": "settimana mattina sera", "questo": "mese anno",
                  "settimana": "scorsa prossima", "mese": "scorso prossimo",
                  "anno": "scorso prossimo"},
    },
}
