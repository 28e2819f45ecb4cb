"""`make stress`: a 5,000-step project saved in a loop and killed (SIGKILL) 100 times at random moments; the
file always loads as one whole saved version, and the next save leaves no temporary behind."""

from __future__ import annotations

import os

import pytest

from tests.io.test_atomic_edges import run_kill_campaign

KILLS = 100


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_hundred_kills_during_saves(tmp_path):
    figures = run_kill_campaign(tmp_path, kills=KILLS, seed=1414, max_delay=1.0)
    print(
        f"\nkill-during-save campaign: {figures['kills']} kills in {figures['seconds']:.0f} s — "
        f"{figures['checked']} files checked, all whole; {figures['leftovers']} temporaries seen after kills, "
        "none left after the next save"
    )
    assert figures["checked"] >= KILLS * 0.8
