"""Qt only: the main window, panels, item models, dialogs and the presenter display."""
