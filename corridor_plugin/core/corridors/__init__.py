"""Corridors between protected areas: cost distance, least-cost paths, normalised corridors
(Linkage Mapper) and circuit theory (Circuitscape), computed window by window."""
