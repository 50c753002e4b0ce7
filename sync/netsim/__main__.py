"""Command line: ``python -m sync.netsim --target HOST:PORT [--profile 2g] ...``.

A thin adapter over `NetSim`: it parses options, prints the proxy URL as
the first line of output, then reads control commands from stdin (type
``help``) until EOF, ``quit``, Ctrl-C or SIGTERM, and prints the counters
at exit.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from collections.abc import Sequence

from .profiles import DROP_DIRECTIONS, PROFILES, LinkProfile, get_profile, kbit
from .proxy import NetSim

COMMANDS = """commands:
  online | offline          switch the link; offline resets everything
  blackhole on|off          accept but pass nothing / resume
  reset                     reset (RST) all current connections
  profile NAME              switch to a named profile
  drop-after N|off          cut connections after N bytes downstream
  drop-rate P               random drop probability per KiB
  stats | zero              print counters | print and reset them
  quit"""


def parse_address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {text!r}")
    return host, int(port)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sync.netsim",
        description="Shaping loopback TCP proxy: simulates 2G/3G/flaky links for TutorClient.",
        epilog=COMMANDS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--target", type=parse_address, required=True, help="server HOST:PORT to forward to")
    parser.add_argument("--listen", type=parse_address, default=("127.0.0.1", 0), help="HOST:PORT (default 127.0.0.1:0)")
    parser.add_argument("--profile", default="none", choices=sorted(PROFILES), help="link profile (default none)")
    parser.add_argument("--down-kbit", type=float, help="override downstream rate, kbit/s")
    parser.add_argument("--up-kbit", type=float, help="override upstream rate, kbit/s")
    parser.add_argument("--rtt-ms", type=float, help="override round-trip time, ms")
    parser.add_argument("--drop-after", type=int, metavar="BYTES", help="cut each connection after BYTES")
    parser.add_argument("--drop-direction", choices=DROP_DIRECTIONS, help="direction --drop-after counts (default down)")
    parser.add_argument("--drop-rate", type=float, metavar="P", help="random drop probability per KiB")
    parser.add_argument("--seed", type=int, help="seed for random drops")
    parser.add_argument("--stats-every", type=float, metavar="S", help="print counters every S seconds")
    return parser


def _profile_from_args(args: argparse.Namespace) -> LinkProfile:
    changes: dict[str, object] = {}
    if args.down_kbit is not None:
        changes["down_bps"] = kbit(args.down_kbit)
    if args.up_kbit is not None:
        changes["up_bps"] = kbit(args.up_kbit)
    if args.rtt_ms is not None:
        changes["rtt_s"] = args.rtt_ms / 1000
    if args.drop_after is not None:
        changes["drop_after_bytes"] = args.drop_after
    if args.drop_direction is not None:
        changes["drop_direction"] = args.drop_direction
    if args.drop_rate is not None:
        changes["drop_rate_per_kb"] = args.drop_rate
    profile = get_profile(args.profile)
    return profile.replace(**changes) if changes else profile


def run_command(sim: NetSim, line: str) -> bool:
    """Apply one stdin command; return False to quit."""
    words = line.split()
    if not words:
        return True
    cmd, rest = words[0].lower(), words[1:]
    if cmd in ("quit", "exit"):
        return False
    if cmd == "online":
        sim.set_online(True)
    elif cmd == "offline":
        sim.set_online(False)
    elif cmd == "blackhole":
        sim.set_blackhole(not rest or rest[0].lower() != "off")
    elif cmd == "reset":
        print(f"reset {sim.reset_connections()} connection(s)", flush=True)
    elif cmd == "profile" and rest:
        sim.set_profile(rest[0])
    elif cmd == "drop-after" and rest:
        sim.set_drop_after(None if rest[0] == "off" else int(rest[0]))
    elif cmd == "drop-rate" and rest:
        sim.set_drop_rate(float(rest[0]))
    elif cmd == "stats":
        print(json.dumps(sim.snapshot()), flush=True)
    elif cmd == "zero":
        print(json.dumps(sim.reset_counters().as_dict()), flush=True)
    else:
        print(COMMANDS, flush=True)
    return True


def _serve(sim: NetSim, stats_every: float | None) -> None:
    stop = threading.Event()
    if stats_every:

        def report() -> None:
            while not stop.wait(stats_every):
                print(json.dumps(sim.snapshot()), flush=True)

        threading.Thread(target=report, name="netsim-stats", daemon=True).start()
    try:
        for line in sys.stdin:
            try:
                if not run_command(sim, line):
                    return
            except ValueError as exc:
                print(f"error: {exc}", flush=True)
        # stdin closed (e.g. run from a script): serve until a signal.
        while True:
            time.sleep(3600)  # interruptible by signals everywhere, unlike Event.wait
    finally:
        stop.set()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        profile = _profile_from_args(args)
        sim = NetSim(args.target, profile=profile, listen=args.listen, seed=args.seed).start()
    except (ValueError, OSError) as exc:
        print(f"netsim: error: {exc}", file=sys.stderr)
        return 2
    # SIGTERM ends the run like Ctrl-C, so the final counters get printed.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    print(f"{sim.url} -> {args.target[0]}:{args.target[1]} profile={profile.name}", flush=True)
    try:
        _serve(sim, args.stats_every)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        print(json.dumps(sim.snapshot()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
