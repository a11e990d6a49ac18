//! Command-line interface: clap definitions only, no logic.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// retning: turns strategy documents (Markdown with YAML front matter) into a website.
#[derive(Debug, Parser)]
#[command(name = "retning", version, about, long_about = None)]
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
        /// Where to write the site.
        #[arg(long, short, default_value = "public")]
        output: PathBuf,
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

/// Problem output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// For people.
    Human,
    /// One JSON object per line.
    Json,
    /// GitHub Actions annotations.
    Github,
}
