//! Command-line interface: clap definitions only, no logic.

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use retning::i18n::{Message, Messages};

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
    /// The language of messages (da, nb, nn, sv, en); default: the site's language.
    #[arg(long, global = true, value_name = "LANGUAGE")]
    pub lang: Option<String>,
}

/// The command line in the reader's language: every command's and option's description
/// from the messages (`cli-…` ids), and the help page's headings.
pub fn localised_command(m: &Messages) -> clap::Command {
    localise(Cli::command(), "cli", m)
}

fn localise(command: clap::Command, path: &str, m: &Messages) -> clap::Command {
    let about = format!("{path}-about");
    let mut command = command.disable_help_flag(true).disable_help_subcommand(true).arg(
        clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help(m.say("cli-help-flag")),
    );
    if path == "cli" {
        command = command.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(m.say("cli-version-flag")),
        );
    }
    if m.has(&about) || Messages::english().has(&about) {
        command = command.about(m.text(&Message::new_dynamic(&about)));
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in ids {
        let key = format!("{path}-{}", id.replace('_', "-"));
        let text = m.text(&Message::new_dynamic(&key));
        command = command.mut_arg(id, |a| a.help(text));
    }
    let has_subcommands = command.get_subcommands().next().is_some();
    let has_positionals = command.get_positionals().next().is_some();
    let mut template = format!("{{about-with-newline}}\n{} {{usage}}\n", m.say("cli-usage"));
    if has_subcommands {
        template.push_str(&format!("\n{}\n{{subcommands}}\n", m.say("cli-commands")));
    }
    if has_positionals {
        template.push_str(&format!("\n{}\n{{positionals}}\n", m.say("cli-arguments")));
    }
    template.push_str(&format!("\n{}\n{{options}}\n", m.say("cli-options")));
    command = command.help_template(template);
    let names: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(name, |sub| localise(sub, &sub_path, m));
    }
    command
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and option has its description in the messages, and every `cli-`
    /// message describes one (the messages' own test leaves these ids to this one).
    #[test]
    fn every_command_and_option_is_described_in_the_messages() {
        fn ids(command: &clap::Command, path: &str, out: &mut Vec<String>) {
            out.push(format!("{path}-about"));
            for arg in command.get_arguments() {
                out.push(format!("{path}-{}", arg.get_id().as_str().replace('_', "-")));
            }
            for sub in command.get_subcommands() {
                ids(sub, &format!("{path}-{}", sub.get_name()), out);
            }
        }
        let mut wanted = Vec::new();
        ids(&Cli::command(), "cli", &mut wanted);
        let english = Messages::english();
        for id in &wanted {
            assert!(english.has(id), "no message `{id}`");
        }
        let headings = ["usage", "commands", "arguments", "options", "help-flag", "version-flag"];
        let source = include_str!("i18n/messages/en/retning.ftl");
        for line in source.lines().filter(|l| l.starts_with("cli-")) {
            let id = line.split(" =").next().unwrap_or_default();
            let heading = headings.iter().any(|h| id == format!("cli-{h}"));
            assert!(heading || wanted.iter().any(|w| w == id), "`{id}` describes nothing");
        }
        let danish = localised_command(Messages::for_tag("da")).render_help().to_string();
        assert!(danish.contains("Vis kun fejl"), "{danish}");
    }
}
