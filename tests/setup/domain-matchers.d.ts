// Types of the domain matchers that tests/setup/matchers.ts registers (tests/helpers/matchers.ts holds them).
import "vitest";
import type { ExpectedLogLine, Reason } from "../helpers/matchers";

declare module "vitest" {
	interface Matchers<T> {
		/** The fake service (loopback requests or Odoo's calls) received no write at all. */
		toHaveSentNothing(): T;
		/** Exactly one write reached the fake service: one request to `route` (a path, or an Odoo call like account.move.create), or one write in all. */
		toHaveSentExactlyOnce(route?: string): T;
		/** The outcome of an approve/reject/retry is a refusal whose message says `reason`. */
		toBeRefusedWith(reason: Reason): T;
		/** The request note's front matter shows a dry-run preview in Completed: nothing was done for real. */
		toHaveCompletedInDryRun(): T;
		/** The request note's front matter is pending again, without an approval stamp, and its refused_reason says `reason`. */
		toBeBackForApprovalWith(reason: Reason): T;
		/** Some audit log line has these fields (an `error` may be a pattern it must contain). */
		toHaveLogged(expected: ExpectedLogLine): T;
	}
}
