//! Command-line interface: clap definitions only, no logic.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// retning: turns strategy documents (Markdown with YAML front matter) into a website.
#[derive(Debug, Parser)]
#[command(name = "retning", version = env!("RETNING_LONG_VERSION"), about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print only errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Print more about what happens.
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    pub verbose: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site's folder (with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: `public` in the site's folder).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Fail at once, instead of waiting, when another build is writing the same
        /// output folder.
        #[arg(long)]
        no_wait: bool,
        /// Publish draft strategies (`status: draft`) too; they are left out otherwise.
        #[arg(long)]
        drafts: bool,
        /// The changes page lists what changed since this date (YYYY-MM-DD) or git tag
        /// (default: the start of the reporting period before the current one).
        #[arg(long, value_name = "DATE|TAG")]
        since: Option<String>,
    },
    /// Build the site and serve it on this machine, rebuilding (and reloading the
    /// browser) when a file changes.
    Serve {
        /// The site's folder (with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port).
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this machine can connect to the default;
        /// 0.0.0.0 lets other machines in.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Watch files by polling instead of the system's file events (for network
        /// drives and containers where those do not arrive; also RETNING_WATCH_POLL=1).
        #[arg(long)]
        poll: bool,
    },
    /// Make a new strategy, initiative or director file, with notes explaining each
    /// line in the site's language.
    New {
        /// What to make.
        #[arg(value_enum)]
        kind: NewKind,
        /// Its id: lowercase letters a-z, digits and `-` (the file name and the web
        /// address), like `bedre-cykelstier`.
        id: String,
        /// The strategy an initiative belongs to (not needed when there is only one).
        #[arg(long)]
        strategy: Option<String>,
        /// The site's folder (with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Make a new site, ready to build, in a new or empty folder.
    Init {
        /// The folder for the new site (made if it does not exist; must be empty).
        dir: PathBuf,
        /// The site's language: texts on the pages, number and date formats, notes in
        /// the files.
        #[arg(long, default_value = "da", value_parser = ["da", "nb", "nn", "sv", "en"])]
        language: String,
        /// The site's title (can be changed later in site.yaml).
        #[arg(long)]
        title: Option<String>,
        /// The publishing organisation (can be changed later in site.yaml).
        #[arg(long)]
        organisation: Option<String>,
        /// The site's address, like https://strategi.kommune.dk (can be changed later
        /// in site.yaml; without it links start with `/` and there is no data catalogue).
        #[arg(long)]
        base_url: Option<String>,
        /// The address of the site's accessibility statement (in Denmark made in
        /// WAS-Tool, in Norway on uustatus.no); a public body's site must link one.
        #[arg(long)]
        accessibility_statement: Option<String>,
    },
    /// Check the site for errors and warnings without writing anything.
    Check {
        /// The site's folder (with site.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// How to print problems.
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
    },
}

/// What `retning new` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewKind {
    /// A strategy: content/ID/index.md.
    Strategy,
    /// An initiative: content/STRATEGY/ID.md.
    Initiative,
    /// A director: content/directors/ID.md.
    Director,
}

/// Problem output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// For people.
    Human,
    /// One JSON object per line.
    Json,
    /// GitHub Actions annotations.
    Github,
    /// A GitLab code-quality report (JSON), for merge requests.
    Gitlab,
}
