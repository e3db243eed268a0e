"""What a plan says as of a day: selection of plans and tasks, the status bins and the
timeline's chart model. Imports kehoach.base, kehoach.dates and kehoach.plan."""
