"""Operations: pipeline run records, data-quality checks, ``newsflow status`` and ``newsflow report``."""
