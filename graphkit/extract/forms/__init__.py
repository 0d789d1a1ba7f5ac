"""The forms of statement that a trigger read in one clause misses, one module each, named for
its form: a country in a bloc's role, leaders at a bloc's meeting, a list after its count or in
the next sentence, founders and founding documents, a pact named later, a membership frozen,
and a low-confidence fallback for lists near a bloc. :mod:`graphkit.extract.forms.structural`
calls them; :mod:`graphkit.extract.candidates` calls it."""
