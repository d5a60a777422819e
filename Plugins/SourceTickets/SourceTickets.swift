// The SourceTickets audit plugin.
