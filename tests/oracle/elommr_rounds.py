"""Runs rating rounds through the `elommr` package, the independent oracle for shared's
Elo-MMR (shared/tests/rating_oracle.rs writes the rounds to stdin and reads the ratings back).

Input (JSON): {"params": {...EloMMR keyword arguments...}, "rounds": [{"at": seconds,
"weight": w, "perf_ceiling": null or x, "standings": [[player, lo, hi], ...] best first,
"sample": null or [player, ...]}]}. A round with a sample is rated only for those (untied)
players, each through `individual_update` on a copy, as a full `round_update` of thousands of
players takes minutes in pure Python; it must be the last round.
Output (JSON): one list per round of [player, mu, sig] after the round.
"""

import copy
import json
import sys

from elommr import EloMMR, Player


def main():
    spec = json.load(sys.stdin)
    system = EloMMR(**spec["params"])
    players = {}
    out = []
    for rnd in spec["rounds"]:
        standings = [(players.setdefault(p, Player()), lo, hi) for p, lo, hi in rnd["standings"]]
        kwargs = {"contest_time": rnd["at"], "weight": rnd["weight"], "perf_ceiling": rnd["perf_ceiling"]}
        if rnd["sample"] is None:
            system.round_update(standings, **kwargs)
            out.append([[p, players[p].approx_posterior.mu, players[p].approx_posterior.sig]
                        for p, _, _ in rnd["standings"]])
        else:
            place = {p: (lo, hi) for p, lo, hi in rnd["standings"]}
            results = []
            for p in rnd["sample"]:
                lo, hi = place[p]
                assert lo == hi, "individual_update is only right for untied players"
                me = copy.deepcopy(players[p])
                system.individual_update(me, lo, hi, standings, **kwargs)
                results.append([p, me.approx_posterior.mu, me.approx_posterior.sig])
            out.append(results)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
