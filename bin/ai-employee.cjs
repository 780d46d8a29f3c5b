#!/usr/bin/env node
// Entry point of the runner (`node bin/ai-employee.cjs run …` from a clone, or `ai-employee` from an installed tarball): runs the headless engine built into dist/cli.cjs.
require("../dist/cli.cjs");
