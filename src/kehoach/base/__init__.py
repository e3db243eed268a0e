"""Leaf helpers every layer may use: text normalisation, located findings, atomic file
writes and running git. Imports nothing else of kehoach."""
