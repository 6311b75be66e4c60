"""Cards the kill test types; ASCII so QTest can type them key by key."""

CARDS = [
    "Billing API slips by a quarter",
    "Nobody owns the migration <script> & rollback",
    "Support was never trained",
]
