/**
 * npm run new:guide -- "Title of the guide"
 * Creates content/guides/<slug>.mdx as a draft whose frontmatter already passes the schema, so the
 * editor starts from a page that renders and replaces the placeholders.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import GithubSlugger from "github-slugger";
import { GUIDES_DIR } from "../lib/content/build.server";
import { TITLE_MAX } from "../lib/content/schema";

const title = process.argv.slice(2).join(" ").trim();
if (!title) {
  console.error('Give the guide a title: npm run new:guide -- "What to do when a parcel is stuck in customs"');
  process.exit(1);
}
if (title.length > TITLE_MAX) {
  console.error(`The title is ${title.length} characters; keep it to ${TITLE_MAX} or fewer.`);
  process.exit(1);
}
const slug = new GithubSlugger().slug(title).replace(/-+/g, "-").replace(/^-|-$/g, "");
const file = join(GUIDES_DIR, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists. Choose another title or edit that file.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const yamlTitle = JSON.stringify(title);

await writeFile(
  file,
  `---
title: ${yamlTitle}
description: Replace this with one or two sentences on who this guide is for and what it helps them do.
topic: problems
problems: []
jurisdictions: [global]
tags: []
published: ${today}
lastReviewed: ${today}
sources:
  - title: Replace with the title of the page the facts come from
    url: https://www.example.org/replace-me
    publisher: Replace with who published it
  - title: Replace with a second source, ideally an official one
    url: https://www.example.org/replace-me-too
    publisher: Replace with who published it
related: []
draft: true
---

## Replace this heading with the reader's first question

Write the answer here. See docs/writing-guides.md for the fields and components.
`,
);
console.log(`Created ${file} (a draft). Run npm run dev and open http://localhost:3000/guides/${slug}`);
