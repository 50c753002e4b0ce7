"""A client process for tests/e2e/test_server_time.py, meant to run under faketime.

``python skewed_client.py PROFILE SERVER USER PASSWORD ACTIONS_JSON`` signs in
(first time only), pulls, then makes the local writes ACTIONS_JSON lists, in
order, and prints the new record ids and its clock as JSON. It does not push
them: the test runs ``tutorclient sync`` (the CLI) for that, under the same fake clock.
Actions: ``["case", title]``, ``["post", thread_id, body]``,
``["topic", course_id, partnership_id, title]``.
"""

from __future__ import annotations

import json
import sys
import time

from tutorclient import cases, discussions
from tutorclient.session import Profile


def main(profile_dir: str, server: str, username: str, password: str, actions: str) -> None:
    profile = Profile(profile_dir, token_file=True)
    try:
        if profile.user is None:
            profile.login(server, username, password)
        profile.sync()
        me = profile.user
        assert me is not None
        made: list[str] = []
        for action in json.loads(actions):
            if action[0] == "case":
                case_id = cases.new_draft(profile.store, me["id"], me["partnerships"][0],
                                          "emergency")
                cases.save_draft(profile.store, case_id, {"title": action[1],
                                                          "question": "What next?"})
                cases.submit(profile.store, case_id)
                made.append(case_id)
            elif action[0] == "post":
                made.append(discussions.reply(profile.store, me["id"], action[1], action[2]))
            elif action[0] == "topic":
                made.append(discussions.start_course_thread(
                    profile.store, me, action[1], action[2], action[3], "First post"))
            else:
                raise SystemExit(f"unknown action {action!r}")
        print(json.dumps({"made": made, "clock": time.time()}))
    finally:
        profile.close()


if __name__ == "__main__":
    main(*sys.argv[1:6])
