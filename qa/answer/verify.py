"""Does the chosen quote satisfy what the question asks? The constraints it breaks, by name.

Measured out of fold on the seeds and SPF questions, a quote that breaks one of these rarely holds
the answer (one time in ten to twenty, depending on the fit), whatever its closeness to the
question; so a quote that breaks one is never shown with the confidence of one that does not
(`benchmarks/calibrate.py` fits that accuracy and stores it as `violation_confidence`).
"""

from __future__ import annotations

CHECKS = ("type", "date", "role", "entity", "title", "subject", "speaker", "unit", "relation", "position")


def violations(features: dict[str, float]) -> list[str]:
    """Names of the question's constraints the candidate breaks."""
    out = []
    if not features.get("type_free") and not features.get("type_ok") or features.get("nationality_unstated"):
        out.append("type")  # "qui" with no person, "quand" with no date, "quels pays" with no list; a
        # nationality asked and none beside the person
    if features.get("date_conflict") and not features.get("date_match"):
        out.append("date")  # the question says 1994, the quote says 1992
    if features.get("role_conflict") and not features.get("role_match") or features.get("role_absent"):
        out.append("role")  # "président du Kazakhstan" vs "le président russe", or no président at all
    if (features.get("entity_miss", 0.0) >= 1.0 or features.get("country_swap") or features.get("location_swap")
            or features.get("person_miss") or features.get("name_miss") or features.get("parties_conflict")
            or features.get("country_absent") or features.get("name_unknown") or features.get("actor_swap")
            or features.get("nationality_conflict") or features.get("chamber_miss") or features.get("country_unnamed")
            or features.get("piece_unnamed") or features.get("bloc_swap")):
        out.append("entity")  # none of the names the question gives, another country than asked, or
        # "entre l'UE et le Kazakhstan" answered "entre le Kazakhstan et la Russie"; "Is Moldova a
        # member?" and a quote that names neither Moldova nor the members; a yes/no question on a
        # name the corpus never has ("the Senate"); a house of parliament asked and a quote naming another or
        # none; "the CNBC text" and an article that never names CNBC;
        # the SCO asked and a quote about the CSTO
    if features.get("title_miss", 0.0) >= 1.0:
        out.append("title")  # "le Traité de Coopération Militaire", and a quote about another treaty
    if features.get("subject_conflict"):
        out.append("subject")  # "l'accord sur la formation", and a quote about the accord on communications
    if (features.get("currency_conflict") or features.get("measure_missing") or features.get("counted_conflict")
            or features.get("unit_clash") or features.get("measured_miss") or features.get("count_unstated")):
        out.append("unit")  # "en euros", and the quote states dollars; "quelle longueur" and no length;
        # "combien d'étudiants russes" and "étudiants du Kazakhstan"; "le taux d'inflation" and trade growth;
        # "how many systems" and only "1,7 million d'hectares"; "how many players" and a bare "7 600"
    if (features.get("relation_miss") and not features.get("type_free") or features.get("relation_conflict")
            or features.get("relation_unstated") or features.get("next_miss") or features.get("hedged")
            or features.get("class_unstated") or features.get("frequency_unstated")
            or features.get("superlative_unstated") or features.get("echo")
            or features.get("rich_in_unstated")):
        out.append("relation")  # "quand la Russie a-t-elle ratifié …" and a quote that ratifies nothing,
        # or "quand a-t-il rouvert …" and a quote that closes it, or "did it actually begin" and "pourrait débuter";
        # "how often" and no frequency; "the largest" and no rank; a quote that only says the question back;
        # "rich in what?" and "la plus riche"
    if features.get("lead_miss") or features.get("headline_miss") or features.get("foot_miss"):
        out.append("position")  # "the opening line", the headline or "at the bottom" asked, and a quote from elsewhere
    if features.get("say_miss"):
        out.append("speaker")  # "qu'a déclaré X" but X does not speak here
    return out
