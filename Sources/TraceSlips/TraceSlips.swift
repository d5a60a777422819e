// Module TraceSlips.
