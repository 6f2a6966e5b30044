"""Custos' own labelled development corpus (docs/classifier.md, "Evaluation").

``python -m classifier.devcorpus.generate`` rebuilds ``dev.json`` and
``holdout.json`` in this folder, deterministically: generated support, HR,
code and marketing texts in seven languages (templates and value pools in
``phrases_*.py`` and ``values.py``, disjoint between the splits) plus PII-free
chunks of source files and package descriptions installed in the virtual
environment (``packages.py``). Nothing here is read by the engine.
"""

# The splits nobody tunes or trains on: the measure of the next round. A round releases the oldest of
# them for tuning (docs/classifier.md, "Results"); tools that tune or train refuse these.
HELD_OUT_SPLITS = ("fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh26", "fresh27")
# The splits that choose between engine variants (which span model, which setting): only their aggregate
# figures are read, never a text or an error, and nothing tunes or trains on them, so a choice made on them
# still generalises. They are never released for tuning.
VALIDATION_SPLITS = ("fresh24", "fresh25")
# What tuning and training tools refuse.
NOT_FOR_TUNING = (*HELD_OUT_SPLITS, *VALIDATION_SPLITS)
