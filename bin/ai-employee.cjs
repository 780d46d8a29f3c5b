#!/usr/bin/env node
// Entry point for `npx ai-employee`: runs the headless engine built into dist/cli.cjs.
require("../dist/cli.cjs");
