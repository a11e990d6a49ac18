//! `/data/datapackage.json`: a Frictionless Data Package describing every CSV file (a
//! Table Schema each: types, titles in the site's language, primary and foreign keys)
//! and `site.json` (with its JSON Schema), so that standard tools read the data unaided.

use serde_json::{json, Value};

use super::labels;
use super::tables::{Kind, Table};
use crate::link::SiteIndex;

fn field_type(kind: Kind) -> Value {
    match kind {
        Kind::Text => json!({ "type": "string" }),
        Kind::Url => json!({ "type": "string", "format": "uri" }),
        Kind::Integer => json!({ "type": "integer" }),
        Kind::Number => json!({ "type": "number" }),
        Kind::Percent => {
            json!({ "type": "number", "constraints": { "minimum": 0, "maximum": 100 } })
        }
        Kind::Date => json!({ "type": "date" }),
        Kind::Boolean => {
            json!({ "type": "boolean", "trueValues": ["true"], "falseValues": ["false"] })
        }
    }
}

fn schema(site: &SiteIndex, table: &Table) -> Value {
    let language = site.config.language;
    let absolute = site.config.origin.is_some();
    let fields: Vec<Value> = table
        .columns
        .iter()
        .map(|c| {
            // Addresses are URIs only when the site has an absolute base.
            let kind = if c.kind == Kind::Url && !absolute { Kind::Text } else { c.kind };
            let mut field = field_type(kind);
            field["name"] = json!(c.name);
            field["title"] = json!(labels::column(c.name, language));
            field
        })
        .collect();
    let mut schema = json!({ "fields": fields, "missingValues": [""] });
    if let Some(key) = table.primary_key {
        schema["primaryKey"] = json!([key]);
    }
    if !table.foreign_keys.is_empty() {
        schema["foreignKeys"] = table
            .foreign_keys
            .iter()
            .map(|k| json!({ "fields": [k.column], "reference": { "resource": k.table, "fields": [k.references] } }))
            .collect();
    }
    schema
}

/// The data package describing `tables` (written beside it as `<name>.csv`).
pub(super) fn datapackage(site: &SiteIndex, name: &str, tables: &[Table]) -> Vec<u8> {
    let config = &site.config;
    let language = config.language;
    let mut resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            json!({
                "name": t.name,
                "path": format!("{}.csv", t.name),
                "profile": "tabular-data-resource",
                "title": labels::table(t.name, language),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "header": true },
                "schema": schema(site, t),
            })
        })
        .collect();
    resources.push(json!({
        "name": "site",
        "path": "site.json",
        "profile": "data-resource",
        "title": labels::table("site", language),
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        // Its JSON Schema, by address (a data package's `schema` is a Table Schema).
        "description": "JSON Schema: schema.json",
    }));
    let mut package = json!({
        "profile": "data-package",
        "name": name,
        "title": config.title,
        "licenses": [{ "name": config.data_licence.name, "path": config.data_licence.url }],
        "publisher": config.organisation,
        "language": language.code(),
        "created": format!("{}T00:00:00Z", crate::i18n::Formatter::iso_date(site.as_of)),
        "resources": resources,
    });
    if let Some(description) = &config.description {
        package["description"] = json!(description);
    }
    if config.origin.is_some() {
        package["homepage"] = json!(config.absolute_url(&config.base_path));
    }
    let mut out = serde_json::to_vec_pretty(&package).unwrap_or_default();
    out.push(b'\n');
    out
}
