"""Pure date logic that knows nothing of plans: the deadline language (phrase -> Deadline)
and its grammar. Imports only kehoach.base."""
