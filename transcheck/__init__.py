"""transcheck: check a published translation against its original.

The public face: `check()` (a translation against its original, from paths or URLs),
`check_texts()` and `align()` (presegmented sentences) and the model types; the work lives
in the stages.
"""

__version__ = "0.1.0"

from transcheck.model import Article, Bead, Finding, Report, Sentence, Side
from transcheck.pipeline import align_texts as align
from transcheck.pipeline import check, check_texts

__all__ = [
    "Article",
    "Bead",
    "Finding",
    "Report",
    "Sentence",
    "Side",
    "__version__",
    "align",
    "check",
    "check_texts",
]
