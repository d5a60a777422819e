// The Recall audit plugin.
