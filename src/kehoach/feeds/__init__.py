"""Calendar feeds: iCalendar export and publishing. Imports the core below it
(base, dates, plan, reports), never review, render or cli."""
