"""DEDUP stage: date blocking, content similarity, no chaining, stable and order-free output."""
import random
import re
from dataclasses import replace
from datetime import date, timedelta

from timeline import dedup
from timeline.dedup import merge_events, merge_timelines
from timeline.events import extract_entities, make_headline
from timeline.model import Document, EventMention, TimeSpan


def day(d: date) -> TimeSpan:
    return TimeSpan(d, d, "day", d.isoformat())


def month(y: int, m: int, last: int) -> TimeSpan:
    return TimeSpan(date(y, m, 1), date(y, m, last), "month", f"{y}-{m:02d}")


def em(doc_id: str, sentence: str, span: TimeSpan, start: int = 0, status: str = "reported",
       dated_by: str = "expression") -> EventMention:
    """An event mention as the EVENTS stage would make it (time mention omitted)."""
    names = frozenset(re.findall(r"\b[A-Z][a-z]+", sentence))
    return EventMention(doc_id, sentence, start, start + len(sentence), make_headline(sentence, []),
                        span, None, dated_by, status, extract_entities(sentence, names))


DOCS = [
    Document("a", "", published=date(2023, 3, 22), title="Xi in Moscow"),
    Document("b", "", published=date(2023, 3, 23), title="Xi’s visit reinforces ties"),
    Document("c", "", published=date(2023, 3, 24), title="Summit wrap-up"),
]

TALKS_DAY = em("a", "Xi Jinping held formal talks with Vladimir Putin in the Kremlin on Tuesday, "
                    "signing a joint statement on trade.", day(date(2023, 3, 21)))
TALKS_MONTH = em("b", "In March, Xi Jinping and Vladimir Putin held formal talks in the Kremlin "
                      "and signed a joint statement on trade.", month(2023, 3, 31), start=40)
BLINKEN = em("b", "Antony Blinken said a ceasefire now would ratify Russian conquest.",
             day(date(2023, 3, 21)), start=300)
DRONES = em("c", "Russia launched a wave of missiles and armed drones into Ukraine, killing four "
                 "people in a school dormitory.", day(date(2023, 3, 22)))


def test_same_event_in_two_documents_merges_and_takes_the_day():
    [ev] = merge_events([TALKS_MONTH, TALKS_DAY], DOCS)
    assert ev.span == TALKS_DAY.span
    assert ev.sources == ("a", "b")
    assert set(ev.mentions) == {TALKS_DAY, TALKS_MONTH}
    assert ev.headline == TALKS_DAY.headline
    assert ev.text == TALKS_DAY.sentence  # the evidence only: exports list ev.sources
    assert ev.flags == () and ev.status == "reported"


def test_different_events_on_the_same_day_stay_apart():
    events = merge_events([TALKS_DAY, BLINKEN, DRONES], DOCS)
    assert len(events) == 3
    assert [e.span.first for e in events] == sorted(e.span.first for e in events)


def test_identical_text_with_incompatible_dates_stays_apart():
    march = em("a", "Xi Jinping visited Moscow for talks with Vladimir Putin.", month(2023, 3, 31))
    may = em("b", "Xi Jinping visited Moscow for talks with Vladimir Putin.", month(2023, 5, 31))
    assert len(merge_events([march, may])) == 2


def test_no_chaining_through_a_middle_mention():
    a = em("a", "Xi Jinping and Vladimir Putin signed a trade agreement on natural gas pipelines.",
           day(date(2023, 3, 21)))
    b = em("b", "Xi and Putin signed a gas pipeline agreement and a pact on joint naval drills "
                "in the Pacific.", day(date(2023, 3, 21)))
    c = em("c", "Putin announced joint naval drills in the Pacific with the Chinese navy.",
           day(date(2023, 3, 21)))
    items = dedup._canonical([a, b, c])
    sim = dedup._similarity(items)
    score = {(i, j): dedup._score(sim(i, j)) for i in range(3) for j in range(3)}
    # The premise: A~B merge, B~C may share a cluster, A and C may not (no shared action).
    assert dedup._linked(items[0], items[1], sim(0, 1))
    assert score[1, 2] >= dedup.DEFAULTS.pair_floor and dedup._linked(items[1], items[2], sim(1, 2))
    assert not dedup._linked(items[0], items[2], sim(0, 2))
    events = merge_events([a, b, c])
    assert len(events) == 2
    assert not any({a, c} <= set(e.mentions) for e in events)


def test_conflicting_days_merge_only_when_nearly_identical_and_keep_the_majority():
    text = "Xi Jinping met former Russian President Dmitri Medvedev in Beijing for talks on Ukraine."
    x = em("a", text, day(date(2022, 12, 21)))
    y = em("b", text, day(date(2022, 12, 21)))
    z = em("c", text, day(date(2022, 12, 20)))
    [ev] = merge_events([z, x, y], DOCS)
    assert ev.span.first == date(2022, 12, 21)
    assert ev.flags == ("conflicting-dates",)
    other = em("c", "Putin traveled to Minsk to meet Alexander Lukashenko for talks.",
               day(date(2022, 12, 20)))
    assert len(merge_events([x, other])) == 2


def test_lead_event_dated_by_publication_merges_with_the_dated_report():
    lead = em("b", "Dmitri Medvedev has made a previously unannounced visit to Beijing and met "
                   "with Xi Jinping for talks on Ukraine.", day(date(2022, 12, 22)),
              dated_by="publication")
    dated = em("a", "In a meeting with former Russian President Dmitri Medvedev, Xi Jinping "
                    "called for talks on Ukraine.", day(date(2022, 12, 21)))
    [ev] = merge_events([lead, dated], DOCS)
    assert ev.span.first == date(2022, 12, 21) and ev.flags == ()
    too_old = em("a", dated.sentence, day(date(2022, 12, 10)))
    assert len(merge_events([lead, too_old])) == 2


def test_status_is_planned_only_when_every_mention_is_planned():
    p1 = em("c", "Xi Jinping will hold formal talks with Vladimir Putin in the Kremlin.",
            day(date(2023, 3, 21)), status="planned")
    p2 = em("b", "Xi Jinping is expected to hold formal talks with Vladimir Putin in the Kremlin.",
            day(date(2023, 3, 21)), status="planned")
    [ev] = merge_events([p1, p2])
    assert ev.status == "planned"
    [ev] = merge_events([p1, p2, TALKS_DAY])
    assert ev.status == "reported"


def test_two_clauses_of_one_sentence_never_merge():
    x = em("a", "Xi Jinping met Vladimir Putin in Moscow for talks.", day(date(2023, 3, 20)))
    y = EventMention("a", x.sentence, 0, 10, x.headline, month(2023, 3, 31), None,
                     entities=x.entities)
    assert len(merge_events([x, y])) == 2


def test_result_does_not_depend_on_input_order():
    mentions = [TALKS_DAY, TALKS_MONTH, BLINKEN, DRONES,
                em("c", "Xi Jinping and Vladimir Putin held formal talks in the Kremlin.",
                   day(date(2023, 3, 21)), start=500)]
    expected = merge_events(mentions, DOCS)
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert merge_events(shuffled, list(reversed(DOCS))) == expected


def test_ids_are_stable_across_runs_and_unrelated_articles():
    [alone] = merge_events([TALKS_DAY])
    with_others = merge_events([DRONES, TALKS_DAY, BLINKEN], DOCS)
    assert alone.id in {e.id for e in with_others}
    assert re.fullmatch(r"ev-[0-9a-f]{12}", alone.id)
    assert len({e.id for e in with_others}) == 3


def test_merging_partial_runs_equals_one_run():
    part_a = merge_events([TALKS_DAY, DRONES], DOCS)
    part_b = merge_events([TALKS_MONTH, BLINKEN], DOCS)
    whole = merge_events([TALKS_DAY, DRONES, TALKS_MONTH, BLINKEN], DOCS)
    assert merge_timelines(part_a, part_b, documents=DOCS) == whole
    assert merge_timelines(whole, whole, documents=DOCS) == whole  # duplicates collapse
    assert merge_events([]) == []


def test_same_document_repeat_of_one_occasion_merges_without_shared_wording():
    # Same day, same actor, requests (invite / ask): one video call reported twice.
    a = em("a", "Vladimir Putin today invited Xi Jinping to Moscow for a state trip.",
           day(date(2022, 12, 30)))
    b = em("a", "Today Putin again asked his Chinese counterpart to strengthen military "
                "cooperation.", day(date(2022, 12, 30)), start=200)
    other = em("a", "Meanwhile the European Union agreed to buy ammunition for Kyiv.",
               day(date(2022, 12, 30)), start=400)
    events = merge_events([a, b, other])
    assert sorted(len(e.mentions) for e in events) == [1, 2]


def test_telling_someone_is_a_mention_of_talks_with_them():
    plan = em("a", "Xi and Putin are also planning to meet again for formal talks.",
              day(date(2023, 3, 21)))
    told = em("b", "Mr. Xi told Mr. Putin that the world was going through changes unseen.",
              day(date(2023, 3, 21)))
    assert len(merge_events([plan, told], DOCS)) == 1


def test_a_month_report_of_a_visit_contains_the_day_meeting_but_day_reports_stay_apart():
    visit = em("a", "During his visit to China in December, Medvedev played two roles.",
               month(2022, 12, 31))
    meeting = em("b", "In a meeting with former Russian President Dmitri Medvedev, Xi called "
                      "for a negotiated solution.", day(date(2022, 12, 21)))
    assert len(merge_events([visit, meeting], DOCS)) == 1
    arrival = em("a", "Xi Jinping arrived in Moscow for a state visit to Vladimir Putin.",
                 day(date(2023, 3, 20)))
    talks = em("b", "Xi Jinping met Vladimir Putin for informal talks.", day(date(2023, 3, 20)))
    assert len(merge_events([arrival, talks], DOCS)) == 2


def test_country_names_and_a_shared_place_are_not_shared_actors():
    items = dedup._canonical([
        em("a", "Chinese and Russian officials talked in Moscow with China and Russia.",
           day(date(2023, 3, 20))),
        em("b", "Russian officials remarked on China and Russia in Moscow.",
           day(date(2023, 3, 20))),
    ])
    _, actors, _ = dedup._similarity(items)(0, 1)
    assert actors < dedup.DEFAULTS.entity_floor


def week(y: int, w: int) -> TimeSpan:
    first = date.fromisocalendar(y, w, 1)
    return TimeSpan(first, date.fromisocalendar(y, w, 7), "week", f"{y}-W{w:02d}")


def dated(doc_id: str, sentence: str, words: str, span: TimeSpan, start: int = 0) -> EventMention:
    """An event mention dated by `words` of its sentence (the time mention filled in)."""
    from dataclasses import replace
    from timeline.model import TimeMention
    at = start + sentence.index(words)
    time = TimeMention(doc_id, at, at + len(words), words, "DATE", span.value, span)
    return replace(em(doc_id, sentence, span, start=start), time=time)


def test_a_time_and_place_aside_joins_the_gathering_held_there_then():
    # "highlighted again this week in Paris" names no action: it points at the visit to
    # Paris the article reports that week, not at the strike elsewhere the same days.
    visit = dated("a", "Olaf Scholz flew into Paris this week for talks with Emmanuel Macron.",
                  "this week", week(2023, 12))
    summit = dated("a", "Scholz and Macron used the pomp of the two-day state visit that ended "
                        "on Wednesday to show unity.", "Wednesday", day(date(2023, 3, 22)),
                   start=100)
    aside = dated("a", "Scholz's tilt toward Macron, highlighted again this week in Paris, "
                       "has unsettled Kyiv's allies.", "this week", week(2023, 12),
                  start=300)
    strike = dated("a", "On Wednesday, as Scholz was preparing to leave Paris, unions struck "
                        "across Berlin and in Hamburg, shutting ports.", "Wednesday",
                   day(date(2023, 3, 22)), start=500)
    events = merge_events([visit, summit, aside, strike], DOCS)
    assert sorted(len(e.mentions) for e in events) == [1, 3]
    [one] = [e for e in events if len(e.mentions) == 3]
    assert aside in one.mentions and strike not in one.mentions


def test_a_time_and_place_aside_does_not_join_a_gathering_elsewhere():
    visit = dated("a", "Olaf Scholz flew into Rome this week for talks with Giorgia Meloni.",
                  "this week", week(2023, 12))
    aside = dated("b", "Scholz's tilt toward Macron, highlighted again this week in Paris, "
                       "has unsettled Kyiv's allies.", "this week", week(2023, 12))
    assert len(merge_events([visit, aside], DOCS)) == 2


def test_a_report_repeated_in_one_article_is_one_event_and_costs_one_node():
    # A pasted paragraph repeated 400 times: one event with every copy kept as evidence, and
    # the merge works on one node, not on 400 x 400 pairs.
    sentence = "The council approved the new budget on Tuesday after a long debate."
    copies = [em("a", sentence, day(date(2023, 3, 21)), start=100 * k) for k in range(400)]
    other = em("b", "On Tuesday the council approved its new budget.", day(date(2023, 3, 21)))
    [ev] = merge_events(copies + [other], DOCS)
    assert len(ev.mentions) == 401 and ev.sources == ("a", "b")
    units = dedup._units(dedup._canonical(copies + [other]))
    assert sorted(len(u) for u in units) == [1, 400]


def test_folding_repeats_changes_no_other_decision():
    # The repeats of one report weigh as many mentions as they are: the rest of the run merges
    # as it would with them written out.
    base = [TALKS_DAY, TALKS_MONTH, BLINKEN, DRONES]
    once = merge_events(base, DOCS)
    thrice = merge_events(base + [replace(BLINKEN, sentence_start=BLINKEN.sentence_start + k,
                                          sentence_end=BLINKEN.sentence_end + k)
                                  for k in (1000, 2000)], DOCS)
    assert [(e.id, e.sources) for e in once] == [(e.id, e.sources) for e in thrice]


def test_dates_counted_from_an_inferred_publication_date_allow_a_day_either_way():
    # "has checked into rehab" in an article whose publication date was inferred (the lead
    # allows that day and the LEAD_SLACK_DAYS before it), and a dated report one day earlier
    # still: with the inferred anchor possibly a day off they may be one event; with a stated
    # publication date they may not.
    published = date(2023, 3, 22) + timedelta(days=dedup.LEAD_SLACK_DAYS)
    lead = em("x", "Lindsay Lohan has checked into the Betty Ford Center rehab clinic.",
              day(published), dated_by="publication")
    dated = em("y", "Lindsay Lohan checked into the Betty Ford Center rehab clinic on "
                    "Tuesday.", day(date(2023, 3, 21)))
    stated = [Document("x", "", published=published, published_from="document"),
              Document("y", "", published=date(2023, 3, 22), published_from="document")]
    inferred = [replace(stated[0], published_from="inferred"), stated[1]]
    assert len(merge_events([lead, dated], stated)) == 2
    [ev] = merge_events([lead, dated], inferred)
    assert ev.sources == ("y", "x") and ev.span == dated.span


def test_a_report_of_an_event_is_not_a_different_kind_of_action():
    # The second article's clause is the telling ("told the judge"); what it tells is the
    # check-in the first article reports. A report's class vetoes no merge.
    checkin = em("a", "Lindsay Lohan checked into the Betty Ford Center rehab clinic on "
                      "Thursday.", day(date(2023, 3, 23)))
    told = em("b", "Attorney Mark Heller told Judge James Dabney on Thursday that Lindsay "
                   "Lohan had checked into the Betty Ford Center.", day(date(2023, 3, 23)))
    run = dedup.Run([checkin, told])
    assert run.feats[1].classes <= dedup.DEFAULTS.reporting_classes != run.feats[0].classes
    [ev] = merge_events([checkin, told], DOCS)
    assert ev.sources == ("a", "b")


def test_settings_are_passed_not_patched():
    # A stricter MergeSettings given to one call changes that call only.
    strict = replace(dedup.DEFAULTS, cluster_threshold=1.5)  # above any score
    assert len(merge_events([TALKS_MONTH, TALKS_DAY], DOCS, strict)) == 2
    assert len(merge_events([TALKS_MONTH, TALKS_DAY], DOCS)) == 1


def _year(y: int) -> TimeSpan:
    return TimeSpan(date(y, 1, 1), date(y, 12, 31), "year", str(y))


def test_reports_that_share_only_a_year_need_more_in_common_than_day_reports():
    # A year holds many events of one cast: a shared newspaper and a word are not enough.
    a = em("a", "Mr. LaRue came to Washington in 1969 as an experienced political hand in the "
                "Washington Post archive.", _year(1969))
    b = em("b", "Felt was the shadowy central figure of the political drama in 1969 in the "
                "Washington Post archive.", _year(1969))
    c = em("c", "Mr. LaRue came to Washington in 1969 as a political hand of experience in the "
                "Washington Post archive.", _year(1969))
    docs = [Document(x, "", published=date(2004, 7, 29)) for x in "abc"]
    assert [e.sources for e in merge_events([a, b, c], docs)] == [("a", "c"), ("b",)]
    # Without the higher bar for coarse dates the thin pair links and the three merge.
    loose = replace(dedup.DEFAULTS, coarse_floor=dedup.DEFAULTS.pair_floor)
    assert [e.sources for e in merge_events([a, b, c], docs, loose)] == [("a", "b", "c")]


def test_one_contrary_pair_among_many_links_does_not_split_an_event():
    # Two reports name a different lawyer each and nobody else in full (a veto between them);
    # six others name both lawyers and the actress: one event, not two.
    d = date(2013, 5, 2)
    texts = [("a", "Her lawyer Shawn Holley said the actress checked into rehab on Thursday."),
             ("e", "Lawyer Mark Heller said the actress checked into rehab on Thursday.")]
    texts += [(f"w{i}", f"Lohan checked into rehab on Thursday, her lawyers Shawn Holley and "
                        f"Mark Heller said{'!' * i}.") for i in range(6)]
    ms = [em(doc, text, day(d)) for doc, text in texts]
    docs = [Document(doc, "", published=d) for doc, _ in texts]
    [event] = merge_events(ms, docs)
    assert len(event.sources) == 8
    # With every veto binding (complete linkage on vetoes) the contrary report stays apart.
    strict = replace(dedup.DEFAULTS, veto_share=0.0)
    assert sorted(len(e.sources) for e in merge_events(ms, docs, strict)) == [1, 7]


def test_the_same_things_counted_differently_are_two_occasions():
    saturday = day(date(2008, 12, 13))
    caught = [em("a", "The Indian navy captured 26 pirates who attacked a merchant vessel in "
                      "the Gulf of Aden.", saturday),
              em("b", "The Indian navy captured 26 Somali pirates who attacked a merchant "
                      "vessel in the Gulf of Aden.", saturday)]
    other = em("c", "The Indian navy captured 23 pirates who attacked a merchant vessel in the "
                    "Gulf of Aden.", saturday)
    events = merge_events([*caught, other], DOCS)
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    # A toll is revised from report to report: it does not tell two quakes apart.
    quake = [em(d, f"A strong earthquake struck Qeshm island in southern Iran, killing {n} "
                   f"people.", day(date(2005, 11, 27))) for d, n in (("a", 10), ("b", 13))]
    assert len(merge_events(quake, DOCS)) == 1


def test_wire_copy_in_many_articles_costs_its_reports_pairs_not_its_copies():
    # One agency story printed by 60 papers: two reports of two events, each copied 60 times.
    # Each report's copies are one event with every paper as a source, the two events stay
    # apart, and the merge holds a few pairs of copy groups, not 120 x 120 pairs of copies.
    fire = "A fire destroyed the Matanuska Maid Dairy warehouse in Palmer on Tuesday."
    vote = "The Palmer city council approved its new budget on Tuesday."
    papers = [f"paper{k:02d}" for k in range(60)]
    ms = [em(p, s, day(date(2023, 3, 21)), start=100 * n)
          for p in papers for n, s in enumerate((fire, vote))]
    events = merge_events(ms, DOCS)
    assert sorted(len(e.sources) for e in events) == [60, 60]
    assert {e.mentions[0].sentence for e in events} == {fire, vote}
    items = dedup._canonical(ms)
    rows = dedup._Rows(items, dedup._units(items), {}, {})
    run = dedup.Run([rows.item[us[0]] for us in rows.units])
    pairs, nodes = dedup._candidate_links(run, rows)
    assert len(nodes.units) == 2 and len(pairs) <= 2


def test_pair_weights_past_four_bytes_are_kept_whole():
    # Copies in the tens of thousands pair up to weights past 2**31: nothing is cut.
    from timeline.dedup import LINK, Pairs
    pairs = Pairs()
    pairs.add(0, 1, (0.5, LINK), 3)
    pairs.add(2, 1, (0.25, LINK), 60_000 * 70_000)
    assert list(pairs) == [(0, 1, 0.5, LINK, 3), (1, 2, 0.25, LINK, 60_000 * 70_000)]


def test_clusters_with_pair_counts_past_four_bytes_are_the_same():
    # The clustering keeps its counts in four bytes and starts over in eight when they do
    # not fit: nodes standing for 60,000 copies each give the clusters single reports give.
    from datetime import date as day
    from timeline.dedup import CANNOT, LINK, MAYBE, _agglomerate
    d = day(2024, 5, 1).toordinal()
    windows = [d, d] * 4
    edges = [[0, 0, 1, 2], [1, 2, 2, 3], [0.9, 0.8, 0.3, 0.6], [LINK, LINK, MAYBE, CANNOT]]
    single = _agglomerate([0, 1, 2, 3], edges + [[1] * 4], windows, [1] * 4)
    copies = _agglomerate([0, 1, 2, 3], edges + [[60_000 ** 2] * 4], windows, [60_000] * 4)
    assert single == copies == [(0, 1, 2), (3,)]
