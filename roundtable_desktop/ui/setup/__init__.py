"""Setting up a meeting: import and review a concept note, the meeting's properties, its
participants."""
