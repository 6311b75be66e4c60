"""Errors the domain raises, each carrying one sentence a facilitator can read."""


class DomainError(ValueError):
    """A command the session refuses; the message is shown to the facilitator as is."""


class MethodError(ValueError):
    """A method definition that is not valid; the message names the file and the field."""
