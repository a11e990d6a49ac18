//! The last steps of linking: back-links and memberships, then each group's progress
//! (the mean of its initiatives') and budget (the sum of their lines).

use std::path::PathBuf;

use super::{BudgetSums, DirectorNode, InitiativeIx, InitiativeNode, StrategyNode, ThemeNode};
use crate::collections::HashMap;
use crate::model::{BudgetLine, FrontPage, Status};
use rust_decimal::Decimal;

/// Fills in who names each initiative as related, and each strategy's, theme's and
/// director's initiatives, in initiative order (so every list is stable).
pub(super) fn back_links(
    initiatives: &mut [InitiativeNode],
    strategies: &mut [StrategyNode],
    themes: &mut [ThemeNode],
    directors: &mut [DirectorNode],
) {
    for i in 0..initiatives.len() {
        let ix = InitiativeIx(i);
        for r in initiatives[i].related.clone() {
            initiatives[r.0].referenced_by.push(ix);
        }
        let node = &initiatives[i];
        strategies[node.strategy.0].initiatives.push(ix);
        for t in &node.themes {
            themes[t.0].initiatives.push(ix);
        }
        for d in &node.responsible {
            directors[d.0].initiatives.push(ix);
        }
    }
}

/// The mean progress of `list`, cancelled initiatives left out.
pub(super) fn mean_progress(
    initiatives: &[InitiativeNode],
    list: &[InitiativeIx],
) -> Option<Decimal> {
    crate::model::progress::mean(
        list.iter()
            .map(|i| &initiatives[i.0])
            .filter(|n| n.status != Status::Cancelled)
            .filter_map(InitiativeNode::percent),
    )
}

/// Each strategy's, theme's and director's progress and budget. A strategy's budget
/// has its own lines as well as its initiatives'.
pub(super) fn progress_and_budgets(
    initiatives: &[InitiativeNode],
    strategies: &mut [StrategyNode],
    themes: &mut [ThemeNode],
    directors: &mut [DirectorNode],
) {
    let lines_of = |list: &[InitiativeIx]| -> Vec<&BudgetLine> {
        list.iter().flat_map(|i| initiatives[i.0].doc.fields.budget.iter()).collect()
    };
    for strategy in strategies {
        strategy.progress = mean_progress(initiatives, &strategy.initiatives);
        let mut lines: Vec<&BudgetLine> = strategy.doc.fields.budget.iter().collect();
        lines.extend(lines_of(&strategy.initiatives));
        strategy.budget = BudgetSums::from_lines(lines);
    }
    for theme in themes {
        theme.progress = mean_progress(initiatives, &theme.initiatives);
        theme.budget = BudgetSums::from_lines(lines_of(&theme.initiatives));
    }
    for director in directors {
        director.progress = mean_progress(initiatives, &director.initiatives);
        director.budget = BudgetSums::from_lines(lines_of(&director.initiatives));
    }
}

/// The site path of each document's own source file (`content/a/b.md` → `/a/b/`), for
/// resolving `.md` links; an unpublished one (a draft, a file with an error) has an
/// empty path. An inline initiative has no file of its own.
pub(super) fn source_urls(
    base: &str,
    front_page: &FrontPage,
    strategies: &[StrategyNode],
    initiatives: &[InitiativeNode],
    directors: &[DirectorNode],
    unpublished: &[PathBuf],
) -> HashMap<PathBuf, String> {
    let files = strategies.len() + initiatives.len() + directors.len() + 1;
    let mut urls = HashMap::with_capacity_and_hasher(files, Default::default());
    for path in unpublished {
        urls.insert(path.clone(), String::new());
    }
    if let Some(origin) = &front_page.origin {
        urls.insert(origin.source.path.clone(), base.to_string());
    }
    for s in strategies {
        urls.insert(s.doc.origin.source.path.clone(), s.url.clone());
    }
    for i in initiatives.iter().filter(|i| i.doc.origin.inline_line.is_none()) {
        urls.insert(i.doc.origin.source.path.clone(), i.url.clone());
    }
    for d in directors {
        urls.insert(d.doc.origin.source.path.clone(), d.url.clone());
    }
    urls
}
