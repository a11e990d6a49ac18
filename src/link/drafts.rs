//! Drafts: a strategy with `status: draft` is not published by `build` unless asked
//! (`--drafts`), with its initiatives; so is an initiative with `status: draft` (of a
//! published strategy). `check` and `serve` show them, and say they are drafts.

use crate::error::{Diagnostic, Diagnostics, ProblemKind};
use crate::model::{Documents, StrategyStatus};
use crate::msg;

use super::located::locate;
use crate::yaml::Step::Key;

/// Whether drafts are published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Drafts {
    /// Left out: what `build` publishes by default.
    #[default]
    LeftOut,
    /// Shown, marked as drafts: `build --drafts`, `serve` and `check`.
    Included,
}

/// Leaves out the draft strategies and their initiatives (unless `drafts` includes
/// them): links to them from published pages are not reported as unknown, as if their
/// files had not loaded. Each draft is named in an advisory warning at its `status`.
pub fn apply(documents: &mut Documents, drafts: Drafts) -> Diagnostics {
    let mut notes = Diagnostics::new();
    let is_draft = |status: StrategyStatus| status == StrategyStatus::Draft;
    for strategy in documents.strategies.iter().filter(|s| is_draft(s.fields.status)) {
        let initiatives =
            documents.initiatives.iter().filter(|i| i.strategy == strategy.id).count();
        let message = match drafts {
            Drafts::LeftOut => {
                msg!("draft-strategy-left-out", id = &strategy.id, initiatives = initiatives)
            }
            Drafts::Included => {
                msg!("draft-strategy-included", id = &strategy.id, initiatives = initiatives)
            }
        };
        let help = match drafts {
            Drafts::LeftOut => msg!("draft-strategy-left-out-help"),
            Drafts::Included => msg!("draft-strategy-included-help"),
        };
        let at = locate(&strategy.origin, &[Key("status")], Some("draft"));
        notes.push(
            Diagnostic::warning(ProblemKind::Draft, at, message)
                .with_source(&strategy.origin.source.text)
                .with_help(help)
                .advisory(),
        );
    }
    let draft_strategy =
        |id: &str| documents.strategies.iter().any(|s| s.id == id && is_draft(s.fields.status));
    for initiative in
        documents.initiatives.iter().filter(|i| i.fields.is_draft() && !draft_strategy(&i.strategy))
    {
        let id = format!("{}/{}", initiative.strategy, initiative.id);
        let (message, help) = match drafts {
            Drafts::LeftOut => {
                (msg!("draft-initiative-left-out", id = id), msg!("draft-initiative-left-out-help"))
            }
            Drafts::Included => {
                (msg!("draft-initiative-included", id = id), msg!("draft-initiative-included-help"))
            }
        };
        let at = locate(&initiative.origin, &[Key("status")], Some("draft"));
        notes.push(
            Diagnostic::warning(ProblemKind::Draft, at, message)
                .with_source(&initiative.origin.source.text)
                .with_help(help)
                .advisory(),
        );
    }
    if drafts == Drafts::LeftOut {
        let (draft_initiatives, kept): (Vec<_>, Vec<_>) =
            std::mem::take(&mut documents.initiatives)
                .into_iter()
                .partition(|i| i.fields.is_draft());
        documents.initiatives = kept;
        for initiative in draft_initiatives {
            // Links to it keep their text, as if its file had not loaded.
            documents.failed_ids.push(format!("{}/{}", initiative.strategy, initiative.id));
            documents.failed_ids.push(initiative.id.clone());
            if initiative.origin.item.is_none() {
                // Its own file (an inline one's file is its strategy's, still published).
                documents.failed_paths.push(initiative.origin.source.path.clone());
            }
        }
        let draft_ids: Vec<String> = documents
            .strategies
            .iter()
            .filter(|s| is_draft(s.fields.status))
            .map(|s| s.id.clone())
            .collect();
        let (left_out, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut documents.strategies)
            .into_iter()
            .partition(|s| is_draft(s.fields.status));
        documents.strategies = kept;
        let (left_out_initiatives, kept): (Vec<_>, Vec<_>) =
            std::mem::take(&mut documents.initiatives)
                .into_iter()
                .partition(|i| draft_ids.contains(&i.strategy));
        documents.initiatives = kept;
        let paths = left_out
            .iter()
            .map(|s| &s.origin)
            .chain(left_out_initiatives.iter().map(|i| &i.origin))
            .map(|o| o.source.path.clone());
        documents.failed_paths.extend(paths);
        documents.failed_ids.extend(draft_ids);
    }
    notes
}
