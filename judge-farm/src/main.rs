//! `judge-farm` binary: subcommands `serve`, `worker`, `migrate`, `import`, `contest`,
//! `fit-difficulty`.

use std::path::PathBuf;

use algoarena_judge_farm::config::Settings;
use algoarena_judge_farm::{
    app, contests, curated, difficulty, edge_client, import, metrics, public_profiles, sandbox,
    startup, worker,
};
use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "judge-farm", about = "AlgoArena's judge farm")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve the internal API and health probes.
    Serve,
    /// Judge submissions from the queue.
    Worker,
    /// Apply database migrations and exit.
    Migrate,
    /// Validate and load problem and contest packages (folders, or folders of folders).
    Import {
        paths: Vec<PathBuf>,
        /// Change a contest that has already started (a setter's fix).
        #[arg(long)]
        force: bool,
        /// Judge every reference solution again, even of packages already proven (see
        /// `import::proofs`: proofs are cached in Postgres and under $ALGOARENA_CACHE).
        #[arg(long)]
        reprove: bool,
    },
    /// Fit the calibrated difficulty (practice ratings of users and problems) now and store
    /// it; `serve` also refits every DIFFICULTY_FIT_MINUTES.
    FitDifficulty,
    /// Contest tasks.
    Contest {
        #[command(subcommand)]
        action: ContestAction,
    },
}

#[derive(Subcommand)]
enum ContestAction {
    /// Apply a rated contest's Elo-MMR round, once (again: nothing happens).
    Finalise { slug: String },
    /// Recompute a contest's standings from its submissions (after a rejudge) and push the
    /// board to its room.
    Recompute { slug: String },
    /// Rejudge one problem of a contest (by letter): its submissions are judged again.
    Rejudge { slug: String, problem: char },
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    // The sandbox re-executes this binary to set up a run; that must happen before anything
    // else (no runtime, no threads), so it is checked ahead of argument parsing.
    if args.get(1).is_some_and(|a| a == sandbox::INIT_ARG) {
        sandbox::sandbox_init_main(&args);
    }
    if args.get(1).is_some_and(|a| a == sandbox::EXEC_ARG) {
        sandbox::sandbox_exec_main(&args);
    }
    init_logging();
    let cli = Cli::parse();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(run(cli.command))
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if std::env::var("LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(command: Command) -> Result<()> {
    let settings = Settings::from_env()?;
    match command {
        Command::Migrate => {
            let db = startup::connect_db(&settings).await?;
            startup::migrate(&db).await?;
            tracing::info!("migrations applied");
        }
        Command::Import { paths, force, reprove } => {
            let state = startup::app_state(settings).await?;
            startup::migrate(&state.db).await?;
            // Problems first: a contest or a problem set names its problems, which must be
            // imported already. Set files sit in `sets/` beside the problem packages.
            let set_files = curated::set_files::find_files(&paths)?;
            let paths = paths.into_iter().filter(|p| !curated::set_files::is_sets_path(p));
            let (contest_paths, problem_paths): (Vec<_>, Vec<_>) =
                paths.partition(|p| contests::import::is_contest_path(p));
            let mut changed = Vec::new();
            if !problem_paths.is_empty() {
                // Every reference solution is judged before anything is stored.
                let sandbox = startup::sandbox(&state.settings)?;
                let cache = import::proofs::ProofCache::from_env(reprove);
                let imported =
                    import::import_proven(&state.db, &problem_paths, sandbox.as_ref(), &cache)
                        .await?;
                tracing::info!(
                    changed = imported.changed.len(),
                    judged = imported.judged.len(),
                    proven_before = imported.reused.len(),
                    "problems imported"
                );
                changed = imported.changed;
            }
            if !contest_paths.is_empty() {
                let touched = contests::import::import(&state.db, &contest_paths, force).await?;
                tracing::info!(problems = touched.len(), "contests imported");
                changed.extend(touched);
                // Their rooms keep each contest's end and registrants; a re-import may change them.
                for slug in contests::import::slugs(&contest_paths)? {
                    if let Err(e) =
                        edge_client::contest_changed(&state.http, &state.settings, &slug).await
                    {
                        tracing::warn!(contest = %slug, error = %format!("{e:#}"), "could not tell the room");
                    }
                }
            }
            let mut sets_changed = false;
            if !set_files.is_empty() {
                let written = curated::set_files::import(&state.db, &set_files).await?;
                tracing::info!(sets = written, "problem sets imported");
                sets_changed = true;
            }
            // An empty purge still moves the edge's list generation, which keys the sets too.
            if !changed.is_empty() || sets_changed {
                if let Err(e) =
                    edge_client::purge_problems(&state.http, &state.settings, &changed).await
                {
                    tracing::warn!(error = %format!("{e:#}"), "could not purge the edge cache; it expires on its own");
                }
            }
        }
        Command::FitDifficulty => {
            let db = startup::connect_db(&settings).await?;
            startup::migrate(&db).await?;
            let done = difficulty::refit::refit(&db, None).await?;
            tracing::info!(?done, "difficulty fitted");
        }
        Command::Contest { action } => {
            let state = startup::app_state(settings).await?;
            startup::migrate(&state.db).await?;
            match action {
                ContestAction::Finalise { slug } => {
                    let done = contests::rating::finalise(&state.db, &slug).await?;
                    tracing::info!(contest = %slug, ?done, "contest finalised");
                    let purger =
                        public_profiles::Purger { http: &state.http, settings: &state.settings };
                    purger.forget_rated(&state.db, &slug).await;
                }
                ContestAction::Recompute { slug } => {
                    let live = contests::room::Live::from_state(&state);
                    let rows = contests::room::recompute(&live, &slug).await?;
                    tracing::info!(contest = %slug, rows, "standings recomputed and pushed");
                }
                ContestAction::Rejudge { slug, problem } => {
                    let live = contests::room::Live::from_state(&state);
                    let queued = contests::room::rejudge(&live, &slug, problem).await?;
                    tracing::info!(contest = %slug, %problem, queued, "contest problem rejudged");
                }
            }
        }
        Command::Serve => {
            settings.auth.totp_key()?;
            let state = startup::app_state(settings).await?;
            startup::migrate(&state.db).await?;
            let finalise_delay = contests::finalise_watch::delay_from_env()?;
            let fit_every = difficulty::refit::interval_from_env()?;
            tokio::spawn(contests::announce::run(state.clone()));
            tokio::spawn(curated::daily::run(state.clone()));
            tokio::spawn(contests::live::run(contests::room::Live::from_state(&state)));
            tokio::spawn(contests::finalise_watch::run(state.clone(), finalise_delay));
            tokio::spawn(difficulty::refit::run(state.db.clone(), fit_every));
            let listener = tokio::net::TcpListener::bind(state.settings.bind).await?;
            tracing::info!(addr = %listener.local_addr()?, "judge farm listening");
            axum::serve(listener, app::app(state))
                .with_graceful_shutdown(shutdown_signal())
                .await?;
        }
        Command::Worker => {
            let sandbox = startup::sandbox(&settings)?;
            let db = startup::connect_db(&settings).await?;
            let redis = startup::connect_redis(&settings).await?;
            if let Some(addr) = algoarena_judge_farm::config::metrics_bind()? {
                // Metrics are for operators: a port already taken costs them, not the judging.
                let (db, redis) = (db.clone(), redis.clone());
                tokio::spawn(async move {
                    if let Err(e) = metrics::serve_worker_metrics(addr, db, redis).await {
                        tracing::warn!(error = %format!("{e:#}"), %addr, "worker metrics not served");
                    }
                });
            }
            // On SIGTERM the worker finishes or releases its jobs before returning.
            worker::run_until(settings, db, redis, sandbox, shutdown_signal()).await?;
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .expect("installing the SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term.recv() => {},
    }
}
