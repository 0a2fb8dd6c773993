"""The window's side of the link between laptops: the meeting file actions, the live link's
adapter (events to signals) and its dialogs."""
