"""The boards the runner shows, one per input kind."""
