"""From news text to candidate claims (``graphkit extract``) and reviewed rows of data/
(``graphkit review``): rule-based, with spaCy's tokenizer, sentencizer and matchers and no
model."""

from graphkit.extract.articles import Extraction, extract_article, extract_files, write_extraction
from graphkit.extract.text import Article, article_from_text, read_article

__all__ = ["Article", "Extraction", "article_from_text", "extract_article", "extract_files",
           "read_article", "write_extraction"]
