"""The plan files: the pydantic model, reading YAML with positions, loading a repository,
the agency registry, settings, resolved milestones and the validation rules.
Imports kehoach.base and kehoach.dates."""
