"""The answer stage: from retrieved passages to a verbatim quote that answers, or an abstention.

The flow, one module per step:

1. `question`   — what the question asks: answer type, scope, and constraints (dates, named
   entities matched against the corpus's own vocabulary, the speaker of a statement).
2. `candidates` — candidate quotes (a sentence, or a sentence with the neighbour it points to) from
   the best passages, with closeness features and verification features (`spans` finds the typed
   spans: dates, amounts, people, places, enumerations, reasons, statements).
3. `model`      — the fitted ranker and confidence models, plain JSON written by
   `benchmarks/calibrate.py` (cross-validated; no coefficient in code), and the map to the
   confidence shown, fitted by `benchmarks/unread.py` on answers to questions nobody had read.
4. `answerer`   — picks the best candidate, abstains when the confidence that it is right is too
   low, extends broad answers, highlights the answering span, cites only what supports it.
5. `records`    — `Answer` and `Citation`, what the CLI, the app and `qa eval` read.

Every quote is `document.text[start:end]`: nothing is generated.
"""

from qa.answer.answerer import Answerer
from qa.answer.candidates import FEATURES, Candidate, is_heading
from qa.answer.model import CONFIDENCE_FEATURES, ModelError, load_model
from qa.answer.question import QuestionSpec, analyze_question, detect_language, question_scope, question_type
from qa.answer.records import MESSAGES, Answer, Citation, Statement, messages

__all__ = [
    "CONFIDENCE_FEATURES", "FEATURES", "MESSAGES", "Answer", "Answerer", "Candidate", "Citation", "ModelError",
    "QuestionSpec", "Statement", "analyze_question", "detect_language", "is_heading", "load_model", "messages",
    "question_scope", "question_type",
]
