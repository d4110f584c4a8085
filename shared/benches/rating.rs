//! Prints how long Elo-MMR takes at Codeforces scale: a rating round of 50,000 players (with
//! histories of a few rounds), and the live predictor at 50,000 participants (its start, the
//! cost of one verdict, the cost of one prediction). Figures, not a timed test:
//! `cargo bench -p algoarena-shared --bench rating` (PLAYERS=… to change the size).

use std::time::Instant;

use algoarena_shared::rating::{rate, EloMmr, PlayerState, Predictor, Round, Standing};
use algoarena_shared::scoring::{Penalty, Points, Total};

/// xorshift64*: reproducible boards without a dependency.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

/// A board's total: a few problems solved (many ties at 0), penalties spread over a contest.
fn random_total(random: &mut Random) -> Total {
    let solved = random.below(6);
    let penalty = if solved == 0 { 0 } else { random.below(7200) };
    Total { points: Points(solved * 100), penalty: Penalty(penalty) }
}

/// A total with at least one solve: few ties.
fn distinct_total(random: &mut Random) -> Total {
    Total { points: Points((1 + random.below(5)) * 100), penalty: Penalty(random.below(7200)) }
}

fn main() {
    let n: usize = std::env::var("PLAYERS").ok().and_then(|v| v.parse().ok()).unwrap_or(50_000);
    let system = EloMmr::default();
    let mut random = Random(0x5EED);
    let mut states = vec![PlayerState::new(); n];

    println!("Elo-MMR at {n} players (elommr defaults), one thread");
    for round in 0..4 {
        let standings: Vec<Standing> = states
            .iter()
            .map(|s| Standing { state: s.clone(), rank: random.below(n as u64) as u32 + 1 })
            .collect();
        let started = Instant::now();
        let changes = rate(&system, &Round::at(86_400 * round), standings);
        println!(
            "  rating round {} ({} earlier rounds per player): {:.2} s",
            round + 1,
            round,
            started.elapsed().as_secs_f64()
        );
        states = changes.into_iter().map(|c| c.state).collect();
    }

    let states_for_resume = states.clone();
    let started = Instant::now();
    let mut predictor = Predictor::new(&system, &Round::at(86_400 * 10), states);
    println!("  predictor start (every player readied): {:.2} s", started.elapsed().as_secs_f64());

    let started = Instant::now();
    for p in 0..n {
        predictor.set_total(p, Total::default());
    }
    let per_first = started.elapsed().as_secs_f64() / n as f64;
    println!("  first submission, a rejection (joins the field): {:.1} µs each", per_first * 1e6);

    // Everyone leaves the one big "nothing solved" group (tabulated, O(grid) to leave).
    let started = Instant::now();
    for p in 0..n {
        predictor.set_total(p, distinct_total(&mut random));
    }
    let per_first_accept = started.elapsed().as_secs_f64() / n as f64;
    println!(
        "  first accept (leaves the big tie group of those with nothing solved): {:.1} µs each",
        per_first_accept * 1e6
    );

    let verdicts = 200_000;
    let moves: Vec<(usize, Total)> = (0..verdicts)
        .map(|_| (random.below(n as u64) as usize, distinct_total(&mut random)))
        .collect();
    let started = Instant::now();
    for &(p, total) in &moves {
        predictor.set_total(p, total);
    }
    let per_verdict = started.elapsed().as_secs_f64() / verdicts as f64;
    println!(
        "  verdict that moves a player between small tie groups: {:.2} µs each over {verdicts}",
        per_verdict * 1e6
    );

    let moves: Vec<(usize, Total)> = (0..verdicts)
        .map(|_| (random.below(n as u64) as usize, random_total(&mut random)))
        .collect();
    let started = Instant::now();
    for &(p, total) in &moves {
        predictor.set_total(p, total);
    }
    let per_mixed = started.elapsed().as_secs_f64() / verdicts as f64;
    println!(
        "  verdict on a board where a sixth have nothing solved (big group in and out): {:.2} µs each",
        per_mixed * 1e6
    );

    let totals: Vec<Option<Total>> = (0..n).map(|_| Some(random_total(&mut random))).collect();
    let started = Instant::now();
    let resumed = Predictor::resume(&system, &Round::at(86_400 * 10), states_for_resume, &totals);
    println!(
        "  resume at {} players on the board (a restarted room): {:.2} s",
        resumed.len(),
        started.elapsed().as_secs_f64()
    );

    let asks = 50_000;
    let started = Instant::now();
    let mut sum = 0i64;
    for _ in 0..asks {
        let p = random.below(n as u64) as usize;
        sum += predictor.predict(p).map_or(0, |c| c.delta());
    }
    let per_ask = started.elapsed().as_secs_f64() / asks as f64;
    println!(
        "  prediction (one participant's change now): {:.2} µs each (checksum {sum})",
        per_ask * 1e6
    );
}
