"""qa: questions over a French news corpus, answered with verbatim quotes and citations."""

import os

# OpenMP threads (FAISS, the bundled encoder) spin while idle by default; under CPU contention a
# question then took 1.7 s instead of 0.04 s (make bench-faults). Must be set before they load.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
