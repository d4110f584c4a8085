//! Piped runs: two programs in two boxes, each one's stdout the other's stdin, as an
//! interactive problem's solution and interactor run. They talk line by line while both run;
//! one that waits forever for the other ends at its wall limit; one that leaves gives the
//! other end-of-file rather than a hang, and is stamped as having ended first.

use std::time::Duration;

use algoarena_judge_farm::sandbox::{cross_wired, Limits, Outcome, SandboxError, Termination};
use algoarena_shared::language::Language;

use super::{limits, spec, text, Backend};

/// Runs `first` and `second` (Python sources) at once, cross-wired, each under its limits.
async fn converse(
    b: &Backend,
    first: (&str, Limits),
    second: (&str, Limits),
) -> (Outcome, Outcome) {
    let (one, two) = cross_wired().unwrap();
    let (box_one, box_two) = (
        b.sandbox.create_box_for(Language::Python3).unwrap(),
        b.sandbox.create_box_for(Language::Python3).unwrap(),
    );
    std::fs::write(box_one.path().join("main.py"), first.0).unwrap();
    std::fs::write(box_two.path().join("main.py"), second.0).unwrap();
    let argv = ["/usr/bin/python3", "-S", "-B", "/box/main.py"];
    let both = async {
        tokio::join!(
            b.sandbox.run_piped(&box_one, spec(&argv, first.1), one),
            b.sandbox.run_piped(&box_two, spec(&argv, second.1), two),
        )
    };
    let (a, b2) =
        tokio::time::timeout(Duration::from_secs(30), both).await.expect("the conversation hung");
    (a.unwrap(), b2.unwrap())
}

const DOUBLER: &str = "import sys\nfor line in sys.stdin:\n    print(int(line) * 2, flush=True)\nprint('doubler done', file=sys.stderr)\n";

const ASKER: &str = "import sys\nfor n in range(1, 101):\n    print(n, flush=True)\n    assert int(sys.stdin.readline()) == 2 * n\nprint('all answers right', file=sys.stderr)\n";

pub async fn two_programs_talk_over_crossed_pipes(b: &Backend) {
    let (doubler, asker) = converse(b, (DOUBLER, limits()), (ASKER, limits())).await;
    assert_eq!(asker.termination, Termination::Exited(0), "{asker:?}");
    assert_eq!(text(&asker.stderr), "all answers right\n");
    // The asker's exit closed the doubler's stdin.
    assert_eq!(doubler.termination, Termination::Exited(0), "{doubler:?}");
    assert_eq!(text(&doubler.stderr), "doubler done\n");
    assert!(asker.ended_ns < doubler.ended_ns, "{asker:?} {doubler:?}");
    // Nothing of a piped stdout is captured.
    assert!(doubler.stdout.is_empty() && asker.stdout.is_empty());
}

pub async fn a_reader_nobody_writes_to_hits_the_wall_limit_and_frees_its_partner(b: &Backend) {
    let waiting = Limits { wall_time_ms: 1000, ..limits() };
    // The partner holds its stdout open without writing and reads until the waiter is gone.
    let partner = "import sys\nsys.stdin.read()\nprint('saw end of file', file=sys.stderr)\n";
    let (waiter, partner) =
        converse(b, ("import sys\nsys.stdin.read()\n", waiting), (partner, limits())).await;
    assert_eq!(waiter.termination, Termination::WallTimeLimit, "{waiter:?}");
    assert_eq!(partner.termination, Termination::Exited(0), "{partner:?}");
    assert_eq!(text(&partner.stderr), "saw end of file\n");
    assert!(waiter.ended_ns < partner.ended_ns, "{waiter:?} {partner:?}");
}

pub async fn a_partner_that_leaves_early_gives_end_of_file_not_a_hang(b: &Backend) {
    let reader = "import sys\ndata = sys.stdin.read()\nprint(repr(data), file=sys.stderr)\n";
    let (reader, leaver) =
        converse(b, (reader, limits()), ("print('bye', flush=True)\n", limits())).await;
    assert_eq!(leaver.termination, Termination::Exited(0), "{leaver:?}");
    assert_eq!(reader.termination, Termination::Exited(0), "{reader:?}");
    assert_eq!(text(&reader.stderr), "'bye\\n'\n");
    assert!(reader.wall_time_ms < limits().wall_time_ms / 2, "{reader:?}");
    assert!(leaver.ended_ns < reader.ended_ns, "{leaver:?} {reader:?}");
}

pub async fn a_piped_run_takes_no_stdin_file(b: &Backend) {
    let (one, _two) = cross_wired().unwrap();
    let bx = b.sandbox.create_box_for(Language::Python3).unwrap();
    let mut run = spec(&["/usr/bin/python3", "-S", "-B", "/box/main.py"], limits());
    run.stdin = Some("/dev/null".into());
    let refused = b.sandbox.run_piped(&bx, run, one).await;
    assert!(matches!(refused, Err(SandboxError::InvalidSpec(_))), "{refused:?}");
}
