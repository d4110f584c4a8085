//! Shared's Elo-MMR against an independent implementation: the `elommr` Python package
//! (installed by scripts/install-deps.sh in a venv named in scripts/env.sh) rates the same
//! random contests, from 2 to 5,000 players, with ties and with players of varied histories.
//! Tolerance: 1e-4 rating points on μ (shared tabulates the field's likelihood, see
//! rating/curve.rs; the observed gap is printed) and 1e-6 on σ (no approximation there).

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use algoarena_shared::rating::{rate, EloMmr, PlayerState, Round, Standing};
use serde_json::{json, Value};

const MU_TOLERANCE: f64 = 1e-4;
const SIG_TOLERANCE: f64 = 1e-6;

/// splitmix64: reproducible contests without a dependency.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One contest: who took part (best first) with their 0-based place range, as elommr wants.
struct Contest {
    at: i64,
    weight: f64,
    perf_ceiling: Option<f64>,
    /// (player, lo, hi), best first.
    places: Vec<(usize, usize, usize)>,
    sample: Option<Vec<usize>>,
}

/// A contest of `size` players from a pool of `pool`, with scores drawn from `0..levels`
/// (few levels: many ties).
fn contest(random: &mut Random, pool: usize, size: usize, levels: u64, at: i64) -> Contest {
    let mut ids: Vec<usize> = (0..pool).collect();
    for i in 0..size {
        let j = i + random.below((pool - i) as u64) as usize;
        ids.swap(i, j);
    }
    let mut scored: Vec<(u64, usize)> =
        ids[..size].iter().map(|&p| (random.below(levels), p)).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut places = Vec::with_capacity(size);
    let mut start = 0;
    while start < size {
        let end = start + scored[start..].iter().take_while(|s| s.0 == scored[start].0).count();
        places.extend(scored[start..end].iter().map(|&(_, p)| (p, start, end - 1)));
        start = end;
    }
    Contest { at, weight: 1.0, perf_ceiling: None, places, sample: None }
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn oracle_python() -> PathBuf {
    let root = repo_root();
    let out = Command::new("bash")
        .arg("-c")
        .arg("source scripts/env.sh && printf %s \"$ELOMMR_VENV\"")
        .current_dir(&root)
        .output()
        .expect("bash runs");
    let python = PathBuf::from(String::from_utf8(out.stdout).unwrap()).join("bin/python");
    assert!(python.exists(), "{} is missing: run scripts/install-deps.sh", python.display());
    python
}

/// The oracle's [player, mu, sig] per round.
fn run_oracle(params: Value, contests: &[Contest]) -> Vec<Vec<(usize, f64, f64)>> {
    let rounds: Vec<Value> = contests
        .iter()
        .map(|c| {
            json!({
                "at": c.at, "weight": c.weight, "perf_ceiling": c.perf_ceiling,
                "standings": c.places.iter().map(|&(p, lo, hi)| json!([p, lo, hi])).collect::<Vec<_>>(),
                "sample": c.sample,
            })
        })
        .collect();
    let input = json!({ "params": params, "rounds": rounds }).to_string();
    let mut child = Command::new(oracle_python())
        .arg(repo_root().join("tests/oracle/elommr_rounds.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the oracle starts");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the oracle failed");
    let parsed: Vec<Vec<(usize, f64, f64)>> = serde_json::from_slice(&out.stdout).unwrap();
    parsed
}

/// Rates the contests with shared, compares each with the oracle, returns the largest gaps.
fn compare(system: &EloMmr, params: Value, contests: &[Contest]) -> (f64, f64) {
    let oracle = run_oracle(params, contests);
    let mut states: HashMap<usize, PlayerState> = HashMap::new();
    let (mut worst_mu, mut worst_sig) = (0.0f64, 0.0f64);
    for (contest, expected) in contests.iter().zip(&oracle) {
        let standings = contest
            .places
            .iter()
            .map(|&(p, lo, _)| Standing {
                state: states.get(&p).cloned().unwrap_or_default(),
                rank: lo as u32 + 1,
            })
            .collect();
        let round =
            Round { at: contest.at, weight: contest.weight, perf_ceiling: contest.perf_ceiling };
        let changes = rate(system, &round, standings);
        let mine: HashMap<usize, _> =
            contest.places.iter().zip(changes).map(|(&(p, _, _), c)| (p, c)).collect();
        assert_eq!(expected.len(), contest.sample.as_ref().map_or(contest.places.len(), Vec::len));
        for &(p, mu, sig) in expected {
            let got = mine[&p].after;
            let (dmu, dsig) = ((got.mu - mu).abs(), (got.sig - sig).abs());
            assert!(
                dmu <= MU_TOLERANCE && dsig <= SIG_TOLERANCE,
                "round of {} players, player {p}: shared {got:?}, elommr ({mu}, {sig})",
                contest.places.len()
            );
            worst_mu = worst_mu.max(dmu);
            worst_sig = worst_sig.max(dsig);
        }
        states.extend(mine.into_iter().map(|(p, c)| (p, c.state)));
    }
    (worst_mu, worst_sig)
}

#[test]
fn random_contests_of_2_to_5000_players_rate_as_the_elommr_package_does() {
    let mut random = Random(20_210_419);
    let pool = 6000;
    // (players, score levels): everyone tied, heavy ties, some ties, almost none. Players are
    // drawn from one pool, so later rounds mix newcomers and players with several rounds.
    let shapes = [
        (2, 2),
        (2, 1),
        (3, 3),
        (5, 2),
        (9, 100),
        (40, 4),
        (150, 1000),
        (400, 12),
        (700, 5000),
        (1500, 40),
        (1000, 1_000_000),
    ];
    let mut contests: Vec<Contest> = shapes
        .iter()
        .enumerate()
        .map(|(i, &(size, levels))| contest(&mut random, pool, size, levels, 86_400 * i as i64))
        .collect();
    // The largest: the oracle rates a sample of its untied players (see elommr_rounds.py).
    let mut big = contest(&mut random, pool, 5000, 3000, 86_400 * 30);
    let untied: Vec<usize> =
        big.places.iter().filter(|(_, lo, hi)| lo == hi).map(|&(p, _, _)| p).collect();
    assert!(untied.len() > 100);
    big.sample = Some(untied.iter().step_by(untied.len() / 40).copied().collect());
    contests.push(big);

    let (mu, sig) = compare(&EloMmr::default(), json!({}), &contests);
    eprintln!("largest gap to elommr: {mu:.3e} on mu, {sig:.3e} on sigma");
}

#[test]
fn the_other_settings_rate_as_the_elommr_package_does() {
    // Split ties, drift in time, a newcomer delay, a bounded history, a slower transfer,
    // weighted rounds and a performance ceiling.
    let system = EloMmr {
        weight_limit: 0.3,
        sig_limit: 70.0,
        drift_per_sec: 0.001,
        split_ties: true,
        transfer_speed: 0.5,
        noob_delay: vec![0.4, 0.7],
        max_history: Some(3),
    };
    let params = json!({
        "weight_limit": 0.3, "sig_limit": 70.0, "drift_per_sec": 0.001, "split_ties": true,
        "transfer_speed": 0.5, "noob_delay": [0.4, 0.7], "max_history": 3,
    });
    let mut random = Random(7);
    let mut contests: Vec<Contest> = (0..8)
        .map(|i| {
            let size = [2, 7, 30, 120, 60, 250, 90, 200][i];
            let levels = 1 + random.below(50);
            let mut c = contest(&mut random, 300, size, levels, 50_000 * i as i64);
            c.weight = [1.0, 0.5, 1.0, 2.0, 1.0, 0.8, 1.0, 1.0][i];
            c
        })
        .collect();
    contests[5].perf_ceiling = Some(1700.0);
    let (mu, sig) = compare(&system, params, &contests);
    eprintln!("largest gap to elommr: {mu:.3e} on mu, {sig:.3e} on sigma");
}
