"""`python -m kehoach`."""

from .cli import main

main()
