#!/usr/bin/env python3
"""Writes a big records file for tools/bench: one session of PLAYERS players,
each with one finished play of "The Friend Request" and 26 answers (10,000
players: 260,000 answers).

usage: make_records.py SECONDLOOK PLAYERS OUT.sqlite

The file's schema is the real one: secondlook itself records a first play
(the safe path, through `run --records`), and SQL (recursive CTEs) copies
that play's first 26 answers and its objective points for every other player,
with their own play ids, statement ids and times, and every fourth player
choosing differently at the turn, so the report has something to count.
"""
import os
import sqlite3
import subprocess
import sys

ANSWERS_PER_PLAY = 26
SESSION = "BENCH"
# The first steps of the safe path the cli tests replay (tests/CMakeLists.txt), enough for 26 answers.
SAFE_PATH = ("flag:request-flattery,flag:skye.joined,flag:skye.mutual-friends,check-profile,flag:skye.friends,"
             "flag:skye.photos,flag:skye.posts,accept-anyway,flag:vague-friend,ask-which-friend,flag:dodge-question,"
             "keep-chatting,flag:known-for-ages,sure-tomorrow,flag:keep-it-secret,slow-down,flag:prove-it-call,"
             "call-to-prove,answer-call,flag:camera-broken,camera-suspicious,flag:looping-video,ignore-loop,"
             "flag:ask-on-camera,hesitate,flag:everyone-does-it,give-in-ask,calm,screenshot,dont-panic,screenshot,"
             "ignore-new-account,profile:skye,record:skye.id,screenshot,kept-everything,block-skye,to-block-anon,"
             "block-second-account,deactivate-account,report-call-account,report-video-threat,block-uploader,"
             "set-name-alert,tell-sam,thank-sam,report-ceop")

# A UUID-shaped text made from a number, so every copied row gets its own id.
UUID = "printf('%08x-%04x-4%03x-8%03x-%012x', {n}, {salt}, {n} % 4096, {n} % 4096, {n})"


def main():
    secondlook, players, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    source = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    subprocess.run([secondlook, "run", os.path.join(source, "scenarios", "friend-request.yaml"), "--choose",
                    SAFE_PATH, "--records", out, "--session", SESSION, "--player", "player-0"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, XDG_DATA_HOME=os.path.dirname(out)))
    db = sqlite3.connect(out)
    db.executescript(f"""
        PRAGMA journal_mode = DELETE;
        DELETE FROM answers WHERE seq > {ANSWERS_PER_PLAY};
        CREATE TEMP TABLE seed AS SELECT pl.id AS play, pl.player_id AS player FROM plays pl;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {players - 1})
        INSERT INTO players (id, session_code, nickname, created_at)
          SELECT 1000 + i, '{SESSION}', 'player-' || i, '2026-03-02T09:00:00.000Z' FROM n;
        INSERT INTO plays (id, player_id, scenario_id, started_at, finished_at, ending, outcome, total, max)
          SELECT {UUID.format(n="p.id", salt=1)}, p.id, pl.scenario_id,
                 strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-03-02 09:00:00', '+' || (p.id % 3600) || ' seconds'),
                 strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-03-02 09:00:00', '+' || (p.id % 3600 + 900) || ' seconds'),
                 pl.ending, pl.outcome, pl.total - (p.id % 4), pl.max
          FROM players p, plays pl WHERE p.id >= 1000 AND pl.id = (SELECT play FROM seed);
        INSERT INTO objective_points (play_id, objective, points, best)
          SELECT pl.id, o.objective, o.points, o.best FROM plays pl, objective_points o
          WHERE pl.player_id >= 1000 AND o.play_id = (SELECT play FROM seed);
        INSERT INTO answers (play_id, seq, at, node, action, kind, points, response_ms, statement_id)
          SELECT pl.id, a.seq, strftime('%Y-%m-%dT%H:%M:%S.000Z', pl.started_at, '+' || (a.seq * 20) || ' seconds'),
                 a.node, CASE WHEN a.action = 'hesitate' AND pl.player_id % 4 = 0 THEN 'refuse-end-call' ELSE a.action END,
                 a.kind, a.points, 900 + (pl.player_id * 37 + a.seq * 101) % 9000,
                 {UUID.format(n="(pl.player_id * 100 + a.seq)", salt=2)}
          FROM plays pl, answers a WHERE pl.player_id >= 1000 AND a.play_id = (SELECT play FROM seed);
    """)
    db.commit()
    answers = db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    db.execute("VACUUM")
    db.close()
    print(f"{out}: {players} players, {answers} answers")


main()
