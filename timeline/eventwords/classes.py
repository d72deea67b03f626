"""How the action classes relate, whatever the language: the classes are canonical ids
("@meet", "@say"), so their relations are written once here, not in each language's words."""

# Classes that can name one occasion: what leaders say to each other, ask of each other and
# discuss happens in a meeting or a call; a request made in a call is part of it; a killing is
# often reported as a shooting or a death, a fire as the destruction it caused.
COMPATIBLE = ("meet say", "meet call", "call say", "request call",
              "kill attack", "kill shoot", "kill die", "shoot die", "fire destroy", "convict sentence",
              "outage repair")
# A visit and a meeting are one event only when one report is too coarse (a month or more) to
# tell them apart.
COMPATIBLE_IF_COARSE = ("visit meet",)
# The class of an invitation: when a clause asks for something, the request is what happened.
REQUEST = "request"
# Classes of gatherings a time-and-place aside ("this week in Moscow") can point at.
GATHERINGS = ("visit", "meet")
