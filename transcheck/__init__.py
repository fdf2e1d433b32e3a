"""transcheck: check a published translation against its original.

The public face: `check()` and `align()` and the model types; the work lives in the stages.
"""

from transcheck.model import Article, Bead, Finding, Report, Sentence, Side

__version__ = "0.1.0"
__all__ = ["Article", "Bead", "Finding", "Report", "Sentence", "Side", "__version__"]
