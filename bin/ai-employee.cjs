#!/usr/bin/env node
// Entry point of `ai-employee` (`node bin/ai-employee.cjs …` from a clone, or `ai-employee` from an installed tarball):
// `mcp` starts the MCP server (its own bundle, dist/mcp.cjs), everything else the headless runner (dist/cli.cjs).
if (process.argv[2] === "mcp") require("../dist/mcp.cjs");
else require("../dist/cli.cjs");
