//! Build stages as they happen, for whoever wants to watch: the binary's progress
//! spinner and its `--verbose` timings, or a test.
//!
//! The library does no terminal I/O. Instead, [`crate::build_observed`] and
//! [`crate::check_observed`] tell an [`Observer`] when each [`Stage`] starts and when it
//! finishes (with how long it took and how many things it handled). [`Silent`] ignores
//! everything (it is what [`crate::build`] uses); [`Timings`] records the finished
//! stages in order.
//!
//! A stage that fails (the build stops with errors) is started but never finished.

use std::fmt;
use std::time::Duration;

/// One stage of the pipeline, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Reading `site.yaml`, the content files and the theme.
    Load,
    /// Resolving ids, computing progress, status and budget sums.
    Link,
    /// Turning the linked site into output files in memory.
    Render,
    /// Writing the output folder (build only).
    Write,
}

impl Stage {
    /// The stage's name: `load`, `link`, `render` or `write`.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Load => "load",
            Stage::Link => "link",
            Stage::Render => "render",
            Stage::Write => "write",
        }
    }

    /// What [`StageReport::count`] counts for this stage: `documents` for load and
    /// link (the front page, directors, strategies and initiatives, inline ones
    /// included), `files` for render and write.
    pub fn counts(self) -> &'static str {
        match self {
            Stage::Load | Stage::Link => "documents",
            Stage::Render | Stage::Write => "files",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A finished stage: how long it took and how much it handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageReport {
    /// Which stage.
    pub stage: Stage,
    /// Wall-clock time it took.
    pub elapsed: Duration,
    /// How many things it handled; what they are is [`Stage::counts`].
    pub count: usize,
}

/// Watches a build or check. Both methods do nothing by default.
pub trait Observer {
    /// A stage begins.
    fn started(&mut self, stage: Stage) {
        let _ = stage;
    }

    /// A stage ended successfully.
    fn finished(&mut self, report: &StageReport) {
        let _ = report;
    }
}

/// An observer that ignores everything.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Observer for Silent {}

/// An observer that records every finished stage, in order.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// The finished stages.
    pub stages: Vec<StageReport>,
}

impl Observer for Timings {
    fn finished(&mut self, report: &StageReport) {
        self.stages.push(report.clone());
    }
}
