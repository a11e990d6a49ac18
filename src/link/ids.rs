//! The first steps of linking: every document gets its place (an index into the
//! site's tables) under its id, and ids that clash or are reserved are reported.
//! Directors first, then strategies with their themes, then initiatives, so that
//! every later reference can be resolved, forwards or backwards.

use std::collections::HashSet;
use std::path::PathBuf;

use super::goals::link_goals;
use super::located::{problem, problem_at, unknown, warning_at};
use super::{
    BudgetSums, DirectorIx, DirectorNode, InitiativeIx, StrategyIx, StrategyNode, ThemeIx,
    ThemeNode, RESERVED_IDS,
};
use crate::collections::HashMap;
use crate::error::{Diagnostic, Diagnostics, Location, ProblemKind};
use crate::model::{self, Director, Initiative, Strategy, ThemeDecl};
use crate::msg;
use crate::yaml::Step::{Item, Key};

/// References to documents whose files failed to load: not reported again as unknown.
pub(super) struct Failed(HashSet<String>);

impl Failed {
    pub(super) fn new(ids: Vec<String>) -> Failed {
        Failed(ids.into_iter().collect())
    }

    /// True for `reference` (`id`, or `strategy/id`) naming a document that failed.
    pub(super) fn names(&self, reference: &str) -> bool {
        self.0.contains(reference) || reference.split('/').any(|part| self.0.contains(part))
    }
}

/// The directors, each at its place.
pub(super) struct Directors {
    pub nodes: Vec<DirectorNode>,
    pub ix: HashMap<String, DirectorIx>,
}

impl Directors {
    /// Their ids in order, for "did you mean" suggestions.
    pub(super) fn ids(&self) -> Vec<&str> {
        self.nodes.iter().map(|d| d.doc.id.as_str()).collect()
    }
}

/// Places the directors; a second director with an id already taken is left out.
pub(super) fn directors(
    directors: Vec<Director>,
    base: &str,
    problems: &mut Diagnostics,
) -> Directors {
    let mut ix: HashMap<String, DirectorIx> = HashMap::default();
    let mut nodes: Vec<DirectorNode> = Vec::new();
    for director in directors {
        if let Some(&DirectorIx(first)) = ix.get(&director.id) {
            let other = nodes[first].doc.origin.source.path.display().to_string();
            let message = msg!("duplicate-director", id = &director.id, other = other);
            problems.push(
                problem(
                    ProblemKind::DuplicateId,
                    &director.origin,
                    Key("id"),
                    Some(&director.id),
                    message,
                )
                .with_help(msg!("duplicate-director-help")),
            );
            continue;
        }
        ix.insert(director.id.clone(), DirectorIx(nodes.len()));
        nodes.push(DirectorNode {
            url: format!("{base}directors/{}/", director.id),
            doc: director,
            initiatives: Vec::new(),
            owns: Vec::new(),
            progress: None,
            budget: BudgetSums::default(),
        });
    }
    Directors { nodes, ix }
}

/// The strategies and the themes they declare, each at its place.
pub(super) struct Strategies {
    pub nodes: Vec<StrategyNode>,
    pub ix: HashMap<String, StrategyIx>,
    pub themes: Vec<ThemeNode>,
    pub theme_ix: HashMap<String, ThemeIx>,
    /// Files of strategies left out as duplicates: their inline initiatives go too.
    pub dropped_sources: Vec<PathBuf>,
}

/// Places the strategies and their themes (a theme declared by several strategies is
/// one theme), resolves each strategy's owner and links its goals.
pub(super) fn strategies(
    strategies: Vec<Strategy>,
    directors: &mut Directors,
    failed: &Failed,
    base: &str,
    problems: &mut Diagnostics,
) -> Strategies {
    let mut out = Strategies {
        nodes: Vec::new(),
        ix: HashMap::default(),
        themes: Vec::new(),
        theme_ix: HashMap::default(),
        dropped_sources: Vec::new(),
    };
    for strategy in strategies {
        let origin = &strategy.origin;
        if RESERVED_IDS.contains(&strategy.id.as_str()) {
            problems.push(reserved_id(&strategy));
        }
        if let Some(&StrategyIx(first)) = out.ix.get(&strategy.id) {
            let other = out.nodes[first].doc.origin.source.path.display().to_string();
            problems.push(
                problem(
                    ProblemKind::DuplicateId,
                    origin,
                    Key("title"),
                    None,
                    msg!("duplicate-strategy", id = &strategy.id, other = other),
                )
                .with_help(msg!("duplicate-strategy-help")),
            );
            out.dropped_sources.push(origin.source.path.clone());
            continue;
        }
        if let Some(period) = strategy.fields.period {
            if period.start > period.end {
                let message = msg!("period-reversed", start = period.start, end = period.end);
                problems.push(
                    problem(ProblemKind::InvalidValue, origin, Key("period"), None, message)
                        .with_help(msg!("period-reversed-help")),
                );
            }
        }
        let sx = StrategyIx(out.nodes.len());
        let themes = strategy
            .fields
            .themes
            .iter()
            .enumerate()
            .filter_map(|(index, decl)| {
                place_theme(&mut out, base, sx, &strategy, index, decl, problems)
            })
            .collect();
        let owner = strategy.fields.owner.as_ref().and_then(|id| match directors.ix.get(id) {
            Some(&dx) => Some(dx),
            None => {
                if !failed.names(id) {
                    problems.push(unknown(origin, Key("owner"), "director", id, &directors.ids()));
                }
                None
            }
        });
        if let Some(owner) = owner {
            directors.nodes[owner.0].owns.push(sx);
        }
        let goals = link_goals(&strategy.fields.goals, origin, problems);
        out.ix.insert(strategy.id.clone(), sx);
        out.nodes.push(StrategyNode {
            url: format!("{base}{}/", strategy.id),
            doc: strategy,
            themes,
            initiatives: Vec::new(),
            owner,
            goals,
            progress: None,
            budget: BudgetSums::default(),
        });
    }
    out
}

/// A strategy id that one of the site's own pages uses.
fn reserved_id(strategy: &Strategy) -> Diagnostic {
    let origin = &strategy.origin;
    let message = msg!("reserved-id", id = &strategy.id);
    // An id from the file name has no line of its own: name the file.
    let reserved = match strategy.fields.id {
        Some(_) => problem(ProblemKind::ReservedId, origin, Key("id"), Some(&strategy.id), message),
        None => {
            Diagnostic::error(ProblemKind::ReservedId, Location::file(&origin.source.path), message)
        }
    };
    reserved.with_help(msg!(
        "reserved-id-help",
        id = &strategy.id,
        reserved = RESERVED_IDS.join(", ")
    ))
}

/// Places the theme `decl` (the `index`-th of strategy `sx`'s `themes:`): a new theme,
/// or one another strategy declared already. `None` when this strategy lists it twice.
fn place_theme(
    out: &mut Strategies,
    base: &str,
    sx: StrategyIx,
    strategy: &Strategy,
    index: usize,
    decl: &ThemeDecl,
    problems: &mut Diagnostics,
) -> Option<ThemeIx> {
    let origin = &strategy.origin;
    let at = |key| [Key("themes"), Item(index), Key(key)];
    if !model::is_valid_id(&decl.id) {
        let message = msg!("invalid-theme-id", id = &decl.id, rule = model::id_rule(&decl.id));
        problems.push(
            problem_at(ProblemKind::InvalidId, origin, &at("id"), Some(&decl.id), message)
                .with_help(msg!("invalid-id-help", suggestion = model::suggest_id(&decl.id))),
        );
    }
    let Some(&tx) = out.theme_ix.get(&decl.id) else {
        let tx = ThemeIx(out.themes.len());
        out.theme_ix.insert(decl.id.clone(), tx);
        out.themes.push(ThemeNode {
            id: decl.id.clone(),
            title: decl.title.clone(),
            summary: decl.summary.clone(),
            url: format!("{base}themes/{}/", decl.id),
            strategies: vec![sx],
            initiatives: Vec::new(),
            progress: None,
            budget: BudgetSums::default(),
        });
        return Some(tx);
    };
    let theme = &mut out.themes[tx.0];
    if theme.strategies.contains(&sx) {
        let message = msg!("theme-listed-twice", id = &decl.id);
        problems.push(
            problem_at(ProblemKind::DuplicateId, origin, &at("id"), Some(&decl.id), message)
                .with_help(msg!("theme-listed-twice-help")),
        );
        return None;
    }
    if theme.title != decl.title {
        let d = warning_at(
            ProblemKind::ThemeTitleMismatch,
            origin,
            &at("title"),
            Some(&decl.title),
            msg!("theme-title-mismatch", id = &decl.id, here = &decl.title, first = &theme.title),
        )
        .with_help(msg!("theme-title-mismatch-help"));
        problems.push(d);
    }
    if theme.summary.is_none() {
        theme.summary = decl.summary.clone();
    }
    theme.strategies.push(sx);
    Some(tx)
}

/// The initiatives, each at its place, before they are linked: their ids are all
/// known first, so that `related` can point forwards.
pub(super) struct Initiatives {
    pub docs: Vec<(Initiative, StrategyIx)>,
    pub ix: HashMap<(StrategyIx, String), InitiativeIx>,
    /// Inline initiatives left out with a duplicate strategy: not reported as unknown.
    pub dropped_refs: HashSet<String>,
}

/// Places the initiatives in their strategies; a second initiative with an id already
/// taken in its strategy is left out.
pub(super) fn initiatives(
    initiatives: Vec<Initiative>,
    strategies: &Strategies,
    problems: &mut Diagnostics,
) -> Initiatives {
    let mut out = Initiatives {
        docs: Vec::with_capacity(initiatives.len()),
        ix: HashMap::with_capacity_and_hasher(initiatives.len(), Default::default()),
        dropped_refs: HashSet::new(),
    };
    for initiative in initiatives {
        let Some(&sx) = strategies.ix.get(&initiative.strategy) else {
            // Its strategy failed to load; that error is already reported.
            continue;
        };
        if initiative.origin.inline_line.is_some()
            && strategies.dropped_sources.contains(&initiative.origin.source.path)
        {
            out.dropped_refs.insert(format!("{}/{}", initiative.strategy, initiative.id));
            out.dropped_refs.insert(initiative.id.clone());
            continue;
        }
        let key = (sx, initiative.id.clone());
        if let Some(&InitiativeIx(first)) = out.ix.get(&key) {
            problems.push(duplicate_initiative(&initiative, &out.docs[first].0));
            continue;
        }
        out.ix.insert(key, InitiativeIx(out.docs.len()));
        out.docs.push((initiative, sx));
    }
    out
}

fn duplicate_initiative(initiative: &Initiative, first: &Initiative) -> Diagnostic {
    let first = &first.origin;
    let other = match first.inline_line {
        Some(line) => format!("{}:{}", first.source.path.display(), first.source.file_line(line)),
        None => first.source.path.display().to_string(),
    };
    problem(
        ProblemKind::DuplicateId,
        &initiative.origin,
        Key("id"),
        Some(&initiative.id),
        msg!(
            "duplicate-initiative",
            id = &initiative.id,
            strategy = &initiative.strategy,
            other = other
        ),
    )
    .with_help(msg!("duplicate-initiative-help"))
}
