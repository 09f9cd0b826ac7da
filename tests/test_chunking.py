import pytest

from qa.chunking import chunk_sentences, document_sentences, split_sentences
from qa.corpus import load_corpus

from .conftest import SEEDS


def test_french_sentence_splitting():
    text = ("M. Dupont a signé l'accord le 3 mai. Il porte sur 1,7 million d'hectares et 23,6 milliards "
            "de dollars. « Nous sommes prêts ! » a-t-il dit. Pouvons-nous attendre ? Non.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "M. Dupont a signé l'accord le 3 mai.",
        "Il porte sur 1,7 million d'hectares et 23,6 milliards de dollars.",
        "« Nous sommes prêts ! » a-t-il dit.",
        "Pouvons-nous attendre ?",
        "Non.",
    ]


@pytest.mark.parametrize("size,overlap", [(200, 0), (600, 1), (1500, 2)])
def test_chunks_never_split_a_sentence(size, overlap):
    for doc in load_corpus(SEEDS).documents:
        sentences = document_sentences(doc)
        starts = {s.start for s in sentences}
        ends = {s.end for s in sentences}
        chunks = chunk_sentences(doc, sentences, size, overlap)
        covered = set()
        for c in chunks:
            assert c.start in starts and c.end in ends
            assert c.text == doc.text[c.start:c.end]
            assert c.paragraph == doc.paragraph_at(c.start).number
            covered.update(range(c.first_sentence, c.last_sentence + 1))
        assert covered == set(range(len(sentences)))
