"""Benchmarks run by `make bench`: they print figures (medians), they do not pass or fail."""
