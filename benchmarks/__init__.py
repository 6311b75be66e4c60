"""Seam's benchmarks: `make bench` runs them, prints a table and writes benchmarks/latest.json.

They are not tests (pytest never collects them): each measures one thing a facilitator feels,
beside a baseline measured in the same run where one exists, and checks it against its budget.
"""
