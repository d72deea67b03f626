"""Words the publication-date inference (timeline.anchoring) reads, per language. Data only.

today     words that place the sentence they stand in on the day of writing: a full date in
          the same sentence as one of them is the publication date ("The council said today,
          March 3, 2021, ..."). Only words for the day itself: "yesterday" or "this week"
          name a day or span around it, not the day.

A language without an entry has no "today" clue (its other clues still work). Weekday names
are the language's calendar words: timeline.temporal.lexicon for English, data/<code>.py for
the others.
"""

ANCHOR_WORDS = {
    "en": {
        "today": ["today", "tonight", "this morning", "this afternoon", "this evening"],
    },
    "es": {
        "today": ["hoy", "esta mañana", "esta tarde", "esta noche"],
    },
    "pt": {
        "today": ["hoje", "esta manhã", "nesta manhã", "esta tarde", "nesta tarde",
                  "esta noite", "nesta noite"],
    },
    "fr": {
        "today": ["aujourd'hui", "aujourd’hui", "ce matin", "cet après-midi", "ce soir",
                  "cette nuit"],
    },
    "de": {
        "today": ["heute", "heute morgen", "heute früh", "heute nachmittag", "heute abend",
                  "heute nacht"],
    },
    "it": {
        "today": ["oggi", "stamattina", "stamani", "stamane", "questa mattina",
                  "questo pomeriggio", "stasera", "questa sera", "stanotte", "questa notte"],
    },
}
