"""Benchmarks: `python -m tests.benchmarks --sizes 1000,10000,100000` prints one JSON."""
