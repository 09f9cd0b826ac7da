"""The records an answer is made of; the CLI, the app and `qa eval` read them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

MESSAGES = {
    "fr": {
        "abstain": "Je n'ai pas trouvé de réponse dans le corpus.",
        "closest": "Passages les plus proches :",
        "understood": "Question comprise :",
        "disagree": "Les sources divergent",
        "confirmed": "Confirmé par {n} autre(s) source(s)",
        "confidence": "Confiance :",
        "sources": "Sources",
    },
    "en": {
        "abstain": "No answer found in the corpus.",
        "closest": "Closest passages:",
        "understood": "Understood as:",
        "disagree": "Sources disagree",
        "confirmed": "Confirmed by {n} other source(s)",
        "confidence": "Confidence:",
        "sources": "Sources",
    },
}


def messages(lang: str) -> dict[str, str]:
    """Messages in the question's language; English for a language qa has no labels for."""
    return MESSAGES.get(lang, MESSAGES["en"])


@dataclass
class Citation:
    number: int
    doc_id: str
    title: str
    author: str
    date: str
    source_path: str
    paragraph: int
    start: int
    end: int
    source_start: int
    source_end: int
    score: float
    passage: str
    quote_start: int = -1
    quote_end: int = -1
    page: int = 0
    """The PDF page the quote (or passage) starts on; 0 when the document has no pages."""
    section: str = ""
    """The heading of the section it sits in, when the document has headings."""

    def where(self) -> str:
        """'§3', '§3, p. 2', '§5 (Enjeux)': the place in the document a reader can find."""
        place = f"§{self.paragraph}" + (f", p. {self.page}" if self.page else "")
        return place + (f" ({self.section})" if self.section else "")

    def reference(self) -> str:
        parts = [self.title, self.author, self.date, self.where()]
        return ", ".join(p for p in parts if p)


@dataclass
class Statement:
    """Another source's sentence stating the asked slot, with its value as written (`value_start`/`value_end`
    index `text`; `start`/`end` index the document's text)."""

    text: str
    doc_id: str
    title: str
    date: str
    paragraph: int
    start: int
    end: int
    value: str
    value_start: int
    value_end: int


@dataclass
class Answer:
    question: str
    lang: str
    text: str
    highlight: str
    highlight_start: int
    highlight_end: int
    doc_id: str
    start: int
    end: int
    source_start: int
    source_end: int
    paragraph: int
    confidence: float
    abstained: bool
    message: str
    qtype: str
    scope: str = "fact"
    citations: list[Citation] = field(default_factory=list)
    """[1] is the quoted source; later ones state the same fact. Never filler."""
    passages: list[Citation] = field(default_factory=list)
    """The closest passages, shown apart from the citations (and alone when qa abstains)."""
    latency_ms: float = 0.0
    signals: dict[str, float] = field(default_factory=dict)
    constraints: dict[str, list[str]] = field(default_factory=dict)
    interpreted_question: str = ""
    """The self-contained question actually searched, when a follow-up was rewritten ('' otherwise)."""
    conflicts: list[Statement] = field(default_factory=list)
    """Other sources stating a different value for what was asked."""
    corroborations: list[Statement] = field(default_factory=list)
    """Other sources stating the same value."""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Answer:
        """The record back from `to_dict()` (the app keeps answers as dicts in its session state)."""
        data = dict(d)
        data["citations"] = [Citation(**c) for c in d.get("citations", [])]
        data["passages"] = [Citation(**c) for c in d.get("passages", [])]
        data["conflicts"] = [Statement(**c) for c in d.get("conflicts", [])]
        data["corroborations"] = [Statement(**c) for c in d.get("corroborations", [])]
        return cls(**data)

    def uncited_passages(self) -> list[Citation]:
        """Closest passages that do not overlap a citation: shown apart, never numbered as sources."""
        return [p for p in self.passages
                if not any(c.doc_id == p.doc_id and c.start < p.end and p.start < c.end for c in self.citations)]

    def plain_text(self) -> str:
        """The quote with its reference, ready to paste into an article."""
        if self.abstained or not self.citations:
            return self.message
        return f"« {' '.join(self.text.split())} » — {self.citations[0].reference()}"
