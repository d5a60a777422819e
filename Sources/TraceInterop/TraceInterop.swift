// Module TraceInterop.
