// Registers the domain matchers (tests/helpers/matchers.ts) for every test project; their types: tests/setup/matchers.d.ts.
import { expect } from "vitest";
import { domainMatchers } from "../helpers/matchers";

expect.extend(domainMatchers);
