"""The chair's console: the speaker clock, the timed speaker list, the meeting clock, the
presenter display, the statistics and the keyboard shortcuts that drive them."""
