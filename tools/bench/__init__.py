"""The benchmark (`make bench`): every page type against its budget, throughput, editors at work."""
