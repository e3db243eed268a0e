"""The plan files: the pydantic model, reading YAML with positions, loading a repository,
the agency registry, settings, resolved milestones and the validation rules.
Imports kehoach.base and kehoach.dates."""

SCHEMA_VERSION = 1  # the plan file format this kehoach reads (`schema: 1`)
