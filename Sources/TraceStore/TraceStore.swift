// Module TraceStore.
