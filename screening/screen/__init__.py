"""Screening stages between records and decisions: party extraction, matching, list hits."""
