"""Review of plan edits in git: semantic diff, a task's history, and edits that keep
comments. Imports the core below it (base, dates, plan, reports), never feeds, render or cli."""
