"""Nothing is lost when the app is killed: the notes and clock layers in a child process,
killed with SIGKILL at random moments 10 times (``make soak`` does it 200 times)."""

from kill_harness import run_kills


def test_ten_kills_lose_no_saved_note_no_stored_typing_and_keep_the_clock(tmp_path):
    tally = run_kills(tmp_path, count=10, seed=8, shortest=0.3, longest=3.0)
    assert tally.failures == [], tally.summary()
    assert tally.integrity_ok == 10
    assert tally.notes_reported > 0 and tally.notes_found == tally.notes_reported
    assert tally.drafts_reported >= 5  # every other kill came after a stored draft: all were there
