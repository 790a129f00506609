"""summarizer: neutral, source-grounded briefings of news articles."""

__version__ = "0.1.0"
