#!/usr/bin/env node
// Entry point of `ai-employee`: `mcp` starts the MCP server (its own bundle), everything else the headless runner.
if (process.argv[2] === "mcp") require("../dist/mcp.cjs");
else require("../dist/cli.cjs");
