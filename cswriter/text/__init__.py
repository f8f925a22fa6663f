"""Text as people type it: numbers and dates in Chinese prose, file reading and writing with
their encodings, personal data patterns. Imports nothing from facts, figures, lint or drafting."""
